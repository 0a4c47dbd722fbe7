import Testing
@testable import ArdoiseCore

/// French facts whose source the research notes do not carry say so, with the day that was found.
@Suite struct LegalRegistryFranceTests {
  typealias F = DocumentFixtures

  /// Art. L441-10 C. com. (late-payment penalties, €40 recovery indemnity between businesses) is
  /// not in the research notes (domain.md, re-checked on 2026-11-30), nor is any change to it in
  /// force or announced: the fact says it is not verified there, adds nothing, and is dated the
  /// day the notes were read for it, not the day they were re-checked.
  @Test func lateFeesBetweenBusinessesAreRecordedAsUnverifiedAndNeverAdded() throws {
    let fact = try #require(LegalRegistry.fact("fr.commercial-code.L441-10"))
    #expect(fact.source.reference.contains("absent des notes de recherche"))
    #expect(fact.source.reference.contains("aucune modification en vigueur ou annoncée"))
    #expect(fact.source.url == nil && fact.source.official == nil, "no page was checked for it")
    #expect(fact.checked == CalendarDay(year: 2026, month: 12, day: 6))
    #expect(fact.text.french.contains("ardoise ne les ajoute pas") && fact.text.english.contains("ardoise does not add them"))
    #expect(fact.text.french.contains("Jamais de frais pour un consommateur") && fact.text.english.contains("Never any fee for a consumer"))
    // A business debtor (the partly-paid fixture): the court sheet adds no fee or penalty.
    for language in Language.allCases {
      let text = try DocumentGenerator.generate(F.request(.courtRequest, F.cases[2], language)).text
      #expect(text.contains(language == .french ? "Frais et pénalités\u{202F}: aucun ajouté." : "Fees and penalties: none added."))
    }
  }
}
