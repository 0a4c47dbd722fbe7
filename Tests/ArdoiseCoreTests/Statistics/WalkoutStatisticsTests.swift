import Foundation
import Testing

@testable import ArdoiseCore

/// The prevention figures, computed from cases replayed in memory (no store, no clock).
@Suite struct WalkoutStatisticsTests {
  static let today = CalendarDay(year: 2026, month: 11, day: 29)

  /// A local time in Paris in winter (UTC+1).
  static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Timestamp {
    let local = Int64(CalendarDay(year: year, month: month, day: day).daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60)
    return Timestamp(secondsSince1970: local - 3600, offsetSeconds: 3600)
  }

  /// A case opened at `moment` and then changed by `bodies`, an hour apart each.
  static func incident(_ name: String, at moment: Timestamp, euros: Int64, table: String, covers: Int,
                       _ bodies: [(CalendarDay, EventBody)] = []) -> Incident {
    let facts = IncidentFacts(occurredAt: moment, amount: Money(minorUnits: euros * 100), table: table, covers: covers)
    var incident = Incident(id: IncidentID(rawValue: "261129-" + name), facts: facts, openedAt: moment, openedBy: "test")
    var counter = 0
    func event(_ when: Timestamp, _ body: EventBody) -> Event {
      counter += 1
      return Event(id: EventID(rawValue: name + String(counter)), occurredAt: when, recordedAt: when, actor: "test", body: body)
    }
    incident.events = [event(moment, .opened(facts))]
    for (day, body) in bodies { incident.apply(event(at(day.year, day.month, day.day, 12, 0), body)) }
    return incident
  }

  static func money(_ euros: Int64) -> Money { Money(minorUnits: euros * 100) }

  /// Four cases: recovered after a reminder, still open, an honest mistake, partly paid then
  /// written off.
  static let cases: [Incident] = [
    incident("AAAA", at: at(2026, 11, 23, 20, 30), euros: 100, table: "T4", covers: 2, [
      (CalendarDay(year: 2026, month: 11, day: 25), .stepRecorded(StepRecord(
        step: .contact, status: .done, outcome: "paid", payment: Payment(amount: money(100), method: .transfer), resolution: .recovered))),
    ]),
    incident("BBBB", at: at(2026, 11, 28, 22, 15), euros: 50, table: "T4", covers: 5),
    incident("CCCC", at: at(2026, 10, 2, 13, 0), euros: 30, table: "Terrasse", covers: 1, [
      (CalendarDay(year: 2026, month: 10, day: 3), .closed(.honestMistake, note: nil)),
    ]),
    incident("DDDD", at: at(2026, 11, 24, 23, 0), euros: 80, table: "T9", covers: 3, [
      (CalendarDay(year: 2026, month: 11, day: 26), .paymentRecorded(Payment(amount: money(20), method: .cash), closesAs: nil)),
      (CalendarDay(year: 2026, month: 11, day: 27), .closed(.writtenOff, note: nil)),
    ]),
  ]

  @Test func totalsRatesAndDelays() {
    let statistics = WalkoutStatistics(Self.cases, today: Self.today)
    #expect(statistics.count == 4 && statistics.openCount == 1)
    #expect(statistics.owed == Self.money(260))
    #expect(statistics.recovered == Self.money(120))
    #expect(statistics.outstanding == Self.money(50))
    // The honest mistake is not money lost; the written-off rest is.
    #expect(statistics.writtenOff == Self.money(60))
    #expect(statistics.closedCount == 3 && statistics.resolvedWellCount == 2)
    #expect(statistics.medianDaysToPayment == 2)
    #expect(abs(statistics.recoveryRateByValue - 120.0 / 260.0) < 1e-9)
  }

  @Test func breakdownsByWhenWhereAndHowMany() {
    let statistics = WalkoutStatistics(Self.cases, today: Self.today)
    // Monday, Tuesday, Friday, Saturday.
    #expect(statistics.byWeekday.map(\.count) == [1, 1, 0, 0, 1, 1, 0])
    // Lunch, evening, late, night.
    #expect(statistics.byTimeOfDay.map(\.count) == [1, 1, 2, 0])
    // 1, 2, 3–4, 5+ covers.
    #expect(statistics.byPartySize.map(\.count) == [1, 1, 1, 1])
    #expect(statistics.topTables.first.map { ($0.label(.english), $0.count, $0.owed) } ?? ("", 0, .zero(.euro)) == ("T4", 2, Self.money(150)))
    #expect(statistics.months.map(\.month) == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"])
    #expect(statistics.months.last.map { ($0.count, $0.owed, $0.recovered) } ?? (0, .zero(.euro), .zero(.euro)) == (3, Self.money(230), Self.money(120)))
  }

  /// Money is credited to the step last worked on when it came in; a payment before any step
  /// counts for catching up with the customer.
  @Test func whichStepBroughtTheMoneyIn() {
    let statistics = WalkoutStatistics(Self.cases, today: Self.today)
    #expect(statistics.recoveredBy.map { ($0.label(.english), $0.count, $0.owed) }.elementsEqual(
      [("Contact the guest", 1, Self.money(100)), ("Catch up with them", 1, Self.money(20))]) { $0 == $1 })
  }

  @Test(arguments: [Language.french, .english])
  func everyLineOfTheReportFitsTheWidth(language: Language) {
    let lines = WalkoutStatistics(Self.cases, today: Self.today).report(language, jurisdiction: .france, width: 76)
    for line in lines { #expect(line.count <= 76, "too wide: \(line)") }
    #expect(lines.contains { $0.contains(language == .french ? "Délai médian" : "Median days") })
  }
}
