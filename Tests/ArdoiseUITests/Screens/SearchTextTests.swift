import Foundation
import Testing

@testable import ArdoiseUI

/// The filter's folded text: the same answers as folding case and accents and `contains`, from
/// bytes.
struct SearchTextTests {
  private func matches(_ text: String, _ word: String) -> Bool { SearchText(text).contains(SearchText(word)) }

  @Test func foldsASCIIAndFrenchCapitals() {
    #expect(matches("Table T12 · Terrasse", "t12"))
    #expect(matches("ÉTÉ À LA PLAGE, ÇA VA", "été à"))
    #expect(matches("clos : récupéré", "RÉCUP"))
    #expect(SearchText("ÀÉÎÕÜÇŒ").bytes == Array("aeiouc\u{153}".utf8))
    #expect(SearchText("àéèêëîïôöùûüÿçñ").bytes == Array("aeeeeiioouuuycn".utf8))
    // Punctuation of the U+2000 block passes as it is: narrow no-break space, dash, euro.
    #expect(SearchText("1\u{202F}234,56 € — OK").bytes == Array("1\u{202F}234,56 € — ok".utf8))
    // × (U+00D7) has no lower case; ß, æ and ø stay (Æ and Ø are lowered).
    #expect(SearchText("2×3 ß ÷ ÆØ").bytes == Array("2×3 ß ÷ æø".utf8))
  }

  /// Typed without accents, or with other ones, a word finds the text: « cafe » finds « Café ».
  @Test func accentsDoNotMatter() {
    #expect(matches("Café de la Gare", "cafe"))
    #expect(matches("Cafe de la Gare", "café"))
    #expect(matches("HÔTEL", "hotel"))
    #expect(matches("Noël Léa", "noel"))
  }

  @Test func otherScriptsGoThroughLowercased() {
    #expect(matches("ĞÜL Ünlü", "ğül"))
    #expect(matches("ΟΔΟΣ", "οδο"))
    // Their Latin-1 letters are folded too, so an ASCII word still finds them.
    #expect(SearchText("ĞÜL").bytes == Array("ğul".utf8))
    #expect(matches("ĞÜL Ünlü", "unlu"))
  }

  @Test func edgesOfTheSearch() {
    #expect(matches("abc", ""))
    #expect(!matches("ab", "abc"))
    #expect(matches("aab", "ab"))
    #expect(matches("xyz", "z"))
    #expect(!matches("", "a"))
    #expect(matches("€42.50", "42.5"))
  }

  /// Over a mix of texts and words, the same answer as folding case and accents and `contains`.
  @Test func agreesWithFoldedContains() {
    let texts = ["261129-K7QF", "ŒUF — 1\u{202F}234,56 €", "Deux clients partis sans payer — table près de la fenêtre", "ÉTÉ", "Léa", "42,50 €",
                 "clos : erreur de bonne foi", "Homme, veste bleue", "TERRASSE", "Sofia", "2026-11-29"]
    let words = ["œuf", "234,56 €", "k7", "PRÈS", "été", "léa", "50 €", "bonne", "veste b", "rass", "x", "11-2", "È", "—", "pres", "ete", "lea", "e", "recupere"]
    for text in texts {
      for word in words {
        let fold = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        #expect(matches(text, word) == fold(text).contains(fold(word)), "\(text) / \(word)")
      }
    }
  }
}
