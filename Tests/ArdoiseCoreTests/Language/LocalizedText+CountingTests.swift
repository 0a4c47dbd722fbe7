import Testing
@testable import ArdoiseCore

@Suite struct LocalizedTextCountingTests {
  @Test(arguments: [(0, "0 erreur", "0 errors"), (1, "1 erreur", "1 error"), (2, "2 erreurs", "2 errors"),
                    (10_000, "10000 erreurs", "10000 errors")])
  func theNounAgreesWithTheCountInEachLanguage(count: Int, french: String, english: String) {
    let text = LocalizedText.counting(count, french: ("erreur", "erreurs"), english: ("error", "errors"))
    #expect(text(.french) == french)
    #expect(text(.english) == english)
  }
}
