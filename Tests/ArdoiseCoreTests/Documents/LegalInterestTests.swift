import Testing
@testable import ArdoiseCore

@Suite struct LegalInterestTests {
  typealias F = DocumentFixtures

  @Test func parsesRates() {
    #expect(LegalInterest.parseRate("4.16") == 41_600)
    #expect(LegalInterest.parseRate("4,16 %") == 41_600)
    #expect(LegalInterest.parseRate("8") == 80_000)
    #expect(LegalInterest.parseRate("3.123456") == 31_235)
    #expect(LegalInterest.parseRate("abc") == nil)
    #expect(LegalInterest.parseRate("-1") == nil)
    #expect(LegalInterest.parseRate("4.") == nil)
  }

  func incident(amount: Int64, payments: [(CalendarDay, Int64)] = []) -> Incident {
    var incident = Incident(id: IncidentID(rawValue: "260101-AAAA"),
                            facts: IncidentFacts(occurredAt: F.at(1, 1, 12, 0), amount: F.euros(amount)),
                            openedAt: F.at(1, 1, 12, 0), openedBy: "t")
    for (day, cents) in payments {
      let moment = Timestamp(secondsSince1970: Int64(day.daysSince1970) * 86_400 + 43_200, offsetSeconds: 0)
      incident.payments.append(PaymentEntry(payment: Payment(amount: F.euros(cents), method: .cash), at: moment, by: "t"))
    }
    return incident
  }

  @Test func aFullYearAtTheRateGivesTheRate() {
    let start = CalendarDay(year: 2025, month: 1, day: 1)
    let end = CalendarDay(year: 2026, month: 1, day: 1)
    #expect(LegalInterest.interest(on: incident(amount: 10_000), from: start, to: end, rate: 41_600).minorUnits == 416)
  }

  @Test func roundsHalfUpOnceAtTheEnd() {
    let start = CalendarDay(year: 2026, month: 1, day: 1)
    // 10 000 × 73 × 4.16 % / 365 = 83.2 cents.
    #expect(LegalInterest.interest(on: incident(amount: 10_000), from: start, to: start.adding(days: 73), rate: 41_600).minorUnits == 83)
    // 1 000 × 365 × 0.05 % / 365 = 0.5 cent → 1.
    #expect(LegalInterest.interest(on: incident(amount: 1_000), from: start, to: start.adding(days: 365), rate: 500).minorUnits == 1)
  }

  @Test func paymentsLowerTheBaseFromTheirDay() {
    let start = CalendarDay(year: 2026, month: 1, day: 1)
    let before = incident(amount: 20_000, payments: [(start.adding(days: -3), 10_000)])
    #expect(LegalInterest.interest(on: before, from: start, to: start.adding(days: 365), rate: 100_000).minorUnits == 1_000)
    // 20 000 for 100 days, then 5 000 for 265 days, at 10 %: (2 000 000 + 1 325 000) × 0.1 / 365 = 910.96 → 911.
    let after = incident(amount: 20_000, payments: [(start.adding(days: 100), 15_000)])
    #expect(LegalInterest.interest(on: after, from: start, to: start.adding(days: 365), rate: 100_000).minorUnits == 911)
  }

  @Test func nothingBeforeTheDemandOrWhenPaid() {
    let start = CalendarDay(year: 2026, month: 1, day: 1)
    #expect(LegalInterest.interest(on: incident(amount: 10_000), from: start, to: start, rate: 41_600).isZero)
    #expect(LegalInterest.interest(on: incident(amount: 10_000), from: start, to: start.adding(days: -5), rate: 41_600).isZero)
    let paid = incident(amount: 10_000, payments: [(start, 10_000)])
    #expect(LegalInterest.interest(on: paid, from: start, to: start.adding(days: 30), rate: 41_600).isZero)
  }
}
