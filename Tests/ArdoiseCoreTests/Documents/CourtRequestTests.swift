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
    #expect(document.text.contains("CERFA n° 12946"))
    #expect(document.text.contains("tribunal de commerce"))
    let late = try DocumentGenerator.generate(request(2, today: CalendarDay(year: 2031, month: 4, day: 3)))
    #expect(late.warnings.contains { $0.english.hasPrefix("The time limit has passed") && $0.english.contains("5 years") })
  }

  @Test func consumerFormAndInterest() throws {
    let document = try DocumentGenerator.generate(request(0, today: F.today))
    #expect(document.text.contains("CERFA n° 12948*06"))
    // 86.50 € × 4.16 % × 40 / 365 = 0.394 € → 0,39 €.
    #expect(document.text.contains("soit 40 jours : 0,39 €"))
    #expect(document.text.contains("Total demandé : 86,89 €"))
    #expect(document.warnings.isEmpty)
  }

  @Test func missingRateIsAPlaceholder() throws {
    var request = request(0, today: F.today)
    request.config.interestRate = nil
    let document = try DocumentGenerator.generate(request)
    #expect(document.text.contains("[TAUX D’INTÉRÊT LÉGAL À COMPLÉTER] %"))
    #expect(document.warnings.contains { $0.french.contains("recovery.interest_rate") })
  }
}
