import Testing

@testable import ArdoiseCore

/// The report's last lines: what figures per server are for, citing the law of the restaurant's
/// jurisdiction from the legal registry (none where ardoise does not know the law).
@Suite struct WalkoutStatisticsReportTests {
  static let figures = WalkoutStatistics(WalkoutStatisticsTests.cases, today: WalkoutStatisticsTests.today)

  @Test(arguments: [Language.french, .english])
  func franceCitesTheLabourCode(language: Language) {
    let law = LegalRegistry.short("fr.labour-code.L1331-2")(language)
    #expect(law.contains("L1331-2") && law.contains("trav."))
    let lines = Self.figures.report(language, jurisdiction: .france, width: 200)
    #expect(lines.last == LocalizedText("Chiffres pour prévenir et former, jamais pour sanctionner un serveur (\(law)).",
                                        "Figures to prevent and to train, never to sanction a server (\(law)).")(language))
  }

  @Test(arguments: [Language.french, .english])
  func englandAndWalesCitesTheEmploymentRightsActNotTheFrenchCode(language: Language) {
    let law = LegalRegistry.short("gb-eng.era-1996.s13")(language)
    #expect(law.contains("ERA 1996") && law.contains("13"))
    #expect(LegalRegistry.fact("gb-eng.era-1996.s13")?.source.url == "https://www.legislation.gov.uk/ukpga/1996/18/section/13")
    let lines = Self.figures.report(language, jurisdiction: .englandAndWales, width: 200)
    #expect(!lines.joined().contains("L1331") && !lines.joined().contains("trav."))
    #expect(lines.last == LocalizedText("Chiffres pour prévenir et former, jamais pour sanctionner un serveur ni retenir la perte sur son salaire (\(law)).",
                                        "Figures to prevent and to train, never to sanction a server nor to take the loss out of their pay (\(law)).")(language))
  }

  @Test(arguments: [Language.french, .english])
  func anUnknownJurisdictionCitesNoLaw(language: Language) {
    let lines = Self.figures.report(language, jurisdiction: .unsupported("es"), width: 200)
    #expect(lines.last == LocalizedText("Chiffres pour prévenir et former, jamais pour sanctionner un serveur.",
                                        "Figures to prevent and to train, never to sanction a server.")(language))
    #expect(!lines.joined().contains("L1331") && !lines.joined().contains("ERA 1996"))
  }

  /// A group with sites under both laws names each law's line.
  @Test func sitesUnderTwoLawsHaveALineEach() {
    let lines = Self.figures.report(.english, jurisdictions: [.france, .englandAndWales, .france], width: 200)
    #expect(lines.suffix(2).map { $0.prefix(while: { $0 != ":" }) } == ["France", "England and Wales"])
    #expect(lines.last?.contains("ERA 1996") == true && lines.dropLast().last?.contains("L1331-2") == true)
  }
}
