import Testing
@testable import ArdoiseCore

@Suite struct CourtRequestTests {
  typealias F = DocumentFixtures

  func request(_ fixture: Int, today: CalendarDay, customer: CustomerIdentity?? = nil) -> DocumentRequest {
    var request = F.request(.courtRequest, F.cases[fixture], .french)
    request.today = today
    if let customer { request.customer = customer }
    return request
  }

  @Test func noFormalDemandAndNoDebtorAreWarned() throws {
    let document = try DocumentGenerator.generate(request(1, today: F.today))
    #expect(document.warnings.contains(DocumentValues.debtorNameMissing))
    #expect(document.warnings.contains(DocumentValues.debtorAddressMissing))
    #expect(document.warnings.contains { $0.english.hasPrefix("No formal demand recorded") })
    #expect(document.text.contains("Aucune mise en demeure enregistrée"))
  }

  @Test func consumerTimeLimitWarnsWithin60DaysAndAfter() throws {
    // Meal on 14 March 2026: the 2-year limit ends on 14 March 2028.
    let far = try DocumentGenerator.generate(request(0, today: CalendarDay(year: 2028, month: 1, day: 13)))
    #expect(!far.warnings.contains { $0.english.hasPrefix("Time limit") })
    let close = try DocumentGenerator.generate(request(0, today: CalendarDay(year: 2028, month: 1, day: 14)))
    #expect(close.warnings.contains { $0.english.hasPrefix("Time limit close") && $0.english.contains("14 March 2028") && $0.english.contains("in 60 days") })
    #expect(close.text.contains("Prescription proche"))
    let lastDay = try DocumentGenerator.generate(request(0, today: CalendarDay(year: 2028, month: 3, day: 14)))
    #expect(lastDay.warnings.contains { $0.english.hasPrefix("Time limit close") })
    let passed = try DocumentGenerator.generate(request(0, today: CalendarDay(year: 2028, month: 3, day: 15)))
    #expect(passed.warnings.contains { $0.english.hasPrefix("The time limit has passed") })
  }

  @Test func businessHasFiveYearsAndTheCommercialCourt() throws {
    let document = try DocumentGenerator.generate(request(2, today: CalendarDay(year: 2029, month: 4, day: 2)))
    #expect(!document.warnings.contains { $0.english.contains("time limit") || $0.english.contains("Time limit") })
    #expect(document.text.contains("CERFA n°\u{A0}12946"))
    #expect(document.text.contains("tribunal de commerce"))
    // The part-payment of 8 April 2026 restarted the 5 years (art. 2240, 2231 C. civ.): last day 8 April 2031.
    let lastDay = try DocumentGenerator.generate(request(2, today: CalendarDay(year: 2031, month: 4, day: 8)))
    #expect(!lastDay.warnings.contains { $0.english.hasPrefix("The time limit has passed") })
    #expect(lastDay.text.contains("délai reparti du 8 avril 2026"))
    let late = try DocumentGenerator.generate(request(2, today: CalendarDay(year: 2031, month: 4, day: 9)))
    #expect(late.warnings.contains { $0.english.hasPrefix("The time limit has passed") && $0.english.contains("5 years") })
  }

  @Test func aNonTraderProfessionalGoesToTheJudicialCourtWithFiveYears() throws {
    var customer = F.partlyPaidCustomer
    customer.kind = .nonTrader
    let document = try DocumentGenerator.generate(request(2, today: F.today, customer: customer))
    #expect(document.text.contains("Formulaire\u{202F}: CERFA n°\u{A0}12948*06"))
    #expect(document.text.contains("Tribunal compétent\u{202F}: tribunal judiciaire du lieu où demeure le débiteur"))
    #expect(document.text.contains("(5\u{A0}ans, article 2224 du Code civil"))
  }

  @Test func theSheetStatesTheCourtRuleTheSmallDebtOptionAndNeverCallsTheOrderEnforceableEarly() throws {
    let document = try DocumentGenerator.generate(request(0, today: F.today))
    #expect(document.text.contains("Débiteur commerçant, artisan (depuis le 1er janvier 2022"))
    #expect(document.text.contains("procédure simplifiée de recouvrement des petites créances"))
    #expect(document.text.contains("elle ne devient exécutoire qu’une fois le mois d’opposition écoulé sans opposition"))
    #expect(!document.text.contains("demandez au greffe l’apposition de la formule exécutoire"))
    // No fee is added: for a consumer never, for a business not until the sources support it.
    #expect(document.text.contains("Frais et pénalités\u{202F}: aucun ajouté. Pénalités de retard et indemnité forfaitaire de 40\u{A0}€"))
    #expect(document.text.contains("**Total demandé\u{202F}: 86,75\u{A0}€**"))
    let english = try DocumentGenerator.generate(F.request(.courtRequest, F.cases[0], .english))
    #expect(!english.text.contains("ask the registry to make the order enforceable"))
    #expect(english.text.contains("it becomes enforceable only once the month to object has passed with no objection"))
  }

  /// The simplified small-debt procedure (France, up to 5 000 €): its fact names its source (art.
  /// L125-1 and R125-1 ff. of the Code des procédures civiles d’exécution, as the research notes
  /// give it), what it costs and how long it takes, and the sheet shows it before the payment order.
  @Test func theSmallDebtProcedureCarriesItsSourceCostAndTimeBesideThePaymentOrder() throws {
    let fact = try #require(LegalRegistry.fact("fr.small-debt.procedure"))
    #expect(fact.source.reference == "Code des procédures civiles d’exécution, art. L125-1 et R125-1 et suivants")
    #expect(fact.name.french.contains("art. L125-1 et R125-1 et suivants du Code des procédures civiles d’exécution"))
    #expect(fact.name.english.contains("articles L125-1 and R125-1 ff. of the French Code of Civil Enforcement Procedures"))
    #expect(fact.text.french.contains("un mois pour accepter") && fact.text.french.contains("frais sont à la charge du créancier"))
    #expect(fact.text.english.contains("one month to accept") && fact.text.english.contains("the creditor pays the fees"))
    for language in Language.allCases {
      let text = try DocumentGenerator.generate(F.request(.courtRequest, F.cases[0], language)).text
      let smallDebt = try #require(text.range(of: fact.name(language)), "\(language)")
      let paymentOrder = try #require(text.range(of: LegalRegistry.name("fr.civil-procedure.1405")(language)))
      #expect(smallDebt.lowerBound < paymentOrder.lowerBound, "beside the payment order, before it")
      #expect(text.contains(fact.text(language)))
    }
  }

  @Test func consumerFormAndInterest() throws {
    let document = try DocumentGenerator.generate(request(0, today: F.today))
    #expect(document.text.contains("CERFA n°\u{A0}12948*06"))
    // Demand on 25 March 2026, sheet on 4 May: 40 days in the first half of 2026, at 2.62 % (the
    // arrêté's rate for all other cases, not the 4.16 of recovery.interest_rate, which only covers
    // days the table lacks): 86.50 € × 2.62 % × 40 / 365 = 0.2484 € → 0,25 €.
    #expect(document.text.contains("du 25 mars 2026 au 3 mai 2026 (40\u{A0}jours) sur 86,50\u{A0}€\u{202F}: 2,62\u{A0}%"))
    #expect(document.text.contains("Total des intérêts\u{202F}: 0,25\u{A0}€"))
    #expect(document.text.contains("Total demandé\u{202F}: 86,75\u{A0}€"))
    #expect(document.warnings.isEmpty)
  }

  @Test func missingRateIsAPlaceholder() throws {
    // After the table's last half-year (June 2026) and with no recovery.interest_rate, the rate is missing.
    var request = request(0, today: CalendarDay(year: 2026, month: 7, day: 11))
    request.config.interestRate = nil
    let document = try DocumentGenerator.generate(request)
    #expect(document.text.contains("du 1er juillet 2026 au 10 juillet 2026 (10\u{A0}jours) sur 86,50\u{A0}€\u{202F}: [TAUX D’INTÉRÊT LÉGAL INCONNU POUR CETTE PÉRIODE]"))
    #expect(document.warnings.contains { $0.french.contains("recovery.interest_rate") })
    request.config.interestRate = "3"
    let withRate = try DocumentGenerator.generate(request)
    #expect(withRate.text.contains("(10\u{A0}jours) sur 86,50\u{A0}€\u{202F}: 3,00\u{A0}% (recovery.interest_rate) — 0,07\u{A0}€"))
  }

  /// England and Wales: an individual has the protocol's 30 days from the letter before claim.
  @Test func theProtocolsThirtyDaysAtTheirBoundary() throws {
    var config = F.config
    config.jurisdiction = .englandAndWales
    // The known fixture's demand was sent on 25 March 2026: no claim before 24 April.
    for (day, warned) in [(23, true), (24, false)] {
      var request = F.request(.courtRequest, F.cases[0], .english, config: config)
      request.today = CalendarDay(year: 2026, month: 4, day: day)
      let document = try DocumentGenerator.generate(request)
      #expect(document.warnings.contains { $0.english.hasPrefix("The protocol’s 30 days have not passed") } == warned, "\(day) April")
    }
  }
}
