import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The figures screen's two periods: before and after the last measure taken, else the last 90
/// days and the 90 before; figures worked out by hand from the three fixture cases (29 November:
/// €42.50 open; 20 November: €128.60, €50.00 paid; 1 November: €36.00 recovered).
@Suite struct StatisticsComparisonTests {
  static let summaries = Fixtures.threeCases.map { IncidentSummary($0.incident) }

  static func measures(daysAgo: [Int]) -> MeasureTally {
    MeasureTally(daysAgo.map { ago in
      MeasureEntry(measure: PreventionMeasure(kind: .cctv, day: Fixtures.today.adding(days: -ago)),
                   at: Timestamp(Fixtures.now, in: Fixtures.utc), by: "Claire")
    })
  }

  @Test func theLastMeasureSplitsThePeriodsOfEqualLength() {
    // Measures on 14 and 20 November: after = 20–29 November (10 days), before = 10–19 November.
    let comparison = StatisticsComparison(Self.summaries, measures: Self.measures(daysAgo: [15, 9]), currency: .euro,
                                          monthlyTakings: Money(minorUnits: 300_000), today: Fixtures.today)
    #expect(comparison.measureDay == CalendarDay(year: 2026, month: 11, day: 20))
    #expect((comparison.after.from, comparison.after.to) == (CalendarDay(year: 2026, month: 11, day: 20), Fixtures.today))
    #expect((comparison.before.from, comparison.before.to) == (CalendarDay(year: 2026, month: 11, day: 10), CalendarDay(year: 2026, month: 11, day: 19)))
    #expect(comparison.after.statistics.count == 2 && comparison.before.statistics.count == 0)
    #expect((comparison.before.measures, comparison.after.measures) == (1, 1))
    // €3,000 a month over 10 days: 300 000 × 10 × 12 / 365.25 = 98 563 cents; €121.10 lost is 12.3 %.
    #expect(comparison.after.lossShare?.takings == Money(minorUnits: 98_563))
    #expect(comparison.lines(.english) == [
      "Before and after the last measure taken (2026-11-20)",
      "  Before  from 2026-11-10 to 2026-11-19",
      "  After   from 2026-11-20 to 2026-11-29",
      "                            Before         After",
      "  Walkouts                       0             2",
      "  Bills left unpaid          €0.00       €171.10",
      "  Recovered (by value)  €0.00 (0%)  €50.00 (29%)",
      "  Lost or still owed         €0.00       €121.10",
      "  Measures taken                 1             1",
      "  Share of takings           0.00%         12.3%",
    ])
  }

  @Test func withNoMeasureTheLastNinetyDaysAreComparedWithTheNinetyBefore() {
    let comparison = StatisticsComparison(Self.summaries, measures: MeasureTally([]), currency: .euro, monthlyTakings: nil, today: Fixtures.today)
    #expect(comparison.measureDay == nil)
    #expect(comparison.after.from == CalendarDay(year: 2026, month: 9, day: 1))
    #expect(comparison.before.from == CalendarDay(year: 2026, month: 6, day: 3) && comparison.before.to == CalendarDay(year: 2026, month: 8, day: 31))
    #expect(comparison.after.statistics.count == 3)
    let french = comparison.lines(.french)
    #expect(french.first == "Les 90 derniers jours et les 90 d’avant (aucune mesure prise)")
    #expect(french.contains("  Récents  du 01/09/2026 au 29/11/2026"))
    // No takings in the settings: no share row.
    #expect(!french.contains { $0.contains("chiffre d’affaires") })
  }
}
