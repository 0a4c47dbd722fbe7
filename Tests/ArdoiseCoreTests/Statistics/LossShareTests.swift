import Testing

@testable import ArdoiseCore

@Suite struct LossShareTests {
  static func statistics(lost euros: Int64) -> WalkoutStatistics {
    let moment = Timestamp(secondsSince1970: Int64(CalendarDay(year: 2026, month: 11, day: 20).daysSince1970) * 86_400, offsetSeconds: 0)
    let facts = IncidentFacts(occurredAt: moment, amount: Money(minorUnits: euros * 100))
    var incident = Incident(id: IncidentID(rawValue: "261120-AAAA"), facts: facts, openedAt: moment, openedBy: "test")
    incident.events = [Event(id: EventID(rawValue: "A"), occurredAt: moment, recordedAt: moment, actor: "test", body: .opened(facts))]
    return WalkoutStatistics([incident], today: CalendarDay(year: 2026, month: 11, day: 30))
  }

  @Test func givenTakingsComeFirstAndTheShareIsExact() throws {
    let share = try #require(LossShare(Self.statistics(lost: 210), takings: Money(minorUnits: 5_000_000), monthlyTakings: Money(minorUnits: 1), days: 30))
    #expect(!share.isEstimated)
    #expect(share.text(.english) == "Loss: 0.42% of takings (€210.00 of €50,000.00)")
    #expect(share.shareText(.french) == "0,42\u{202F}%")
  }

  @Test func monthlyTakingsAreProratedByDaysAndMarkedEstimated() throws {
    // 365.25 days are 12 months: 42,000 € a month over 365.25 / 12 days is exactly 42,000 €; over 61 days, 84,172.48 €.
    let share = try #require(LossShare(Self.statistics(lost: 100), takings: nil, monthlyTakings: Money(minorUnits: 4_200_000), days: 61))
    #expect(share.isEstimated && share.takings == Money(minorUnits: 8_417_248))
    #expect(share.text(.english).hasSuffix(", estimated from the monthly takings)"))
    #expect(LossShare(Self.statistics(lost: 100), takings: nil, monthlyTakings: nil, days: 61) == nil)
  }
}
