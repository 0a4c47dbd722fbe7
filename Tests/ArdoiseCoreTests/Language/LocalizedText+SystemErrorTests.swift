import Foundation
import Testing

@testable import ArdoiseCore

/// A failed system call is said in French words in French, never the system's English in a French
/// message; in English, as the system says it.
@Suite struct LocalizedTextSystemErrorTests {
  @Test func commonCodesAreSaidInBothLanguages() {
    #expect(LocalizedText.systemError(EACCES)(.french) == "permission refusée")
    #expect(LocalizedText.systemError(EACCES)(.english) == String(cString: strerror(EACCES)))
    #expect(LocalizedText.systemError(ENOSPC)(.english) == String(cString: strerror(ENOSPC)))
    #expect(LocalizedText.systemError(ENOSPC)(.french) == "plus de place sur le disque")
    #expect(LocalizedText.systemError(EISDIR)(.french) == "c’est un dossier")
    #expect(LocalizedText.systemError(EILSEQ)(.french) == "pas en UTF-8")
  }

  @Test func anUnusualCodeKeepsItsNumber() {
    let text = LocalizedText.systemError(EXDEV)
    #expect(text(.french).hasPrefix("erreur système \(EXDEV) ("))
    #expect(text(.french).hasSuffix("(\(String(cString: strerror(EXDEV))))"))
    #expect(text(.english) == String(cString: strerror(EXDEV)))
  }

  @Test func aStoreErrorInFrenchHasNoEnglishReason() {
    let message = StoreError.io(operation: "open", path: "config.toml", code: EACCES).message(.french)
    #expect(message == "impossible d’ouvrir config.toml\u{202F}: permission refusée — rien n’a été enregistré")
  }
}
