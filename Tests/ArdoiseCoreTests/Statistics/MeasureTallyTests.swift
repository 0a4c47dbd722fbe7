import Testing
@testable import ArdoiseCore

/// The measures taken in a period, counted by kind, most taken first.
@Suite struct MeasureTallyTests {
  private func entry(_ kind: PreventionMeasure.Kind, on day: Int) -> MeasureEntry {
    // 23:40 on that day of November 2026.
    MeasureEntry(measure: PreventionMeasure(kind: kind), at: EventLog.start.adding(seconds: Int64(day - 29) * 86_400), by: "Claire")
  }

  @Test func measuresAreCountedByKindWithinThePeriodMostTakenFirst() {
    let entries = [entry(.cctv, on: 2), entry(.deposit, on: 10), entry(.cctv, on: 12), entry(.staffBriefing, on: 20), entry(.cctv, on: 28)]
    let all = MeasureTally(entries)
    #expect(all.total == 5)
    #expect(all.byKind.map(\.kind) == [.cctv, .deposit, .staffBriefing])
    #expect(all.byKind.map(\.count) == [3, 1, 1])
    let middle = MeasureTally(entries, in: StatisticsPeriod(from: CalendarDay(year: 2026, month: 11, day: 10), to: CalendarDay(year: 2026, month: 11, day: 20)))
    #expect(middle.total == 3)
    #expect(middle.line(.english) == "Measures taken: 3 (card guarantee or deposit for large parties 1, CCTV 1, staff briefing 1)")
    #expect(middle.line(.french) == "Mesures de prévention prises\u{202F}: 3 (empreinte de carte ou acompte pour les grandes tables 1, vidéosurveillance 1, consignes à l’équipe 1)")
    #expect(MeasureTally([]).line(.english) == "Measures taken: 0")
  }

  @Test func aMeasureDatedEarlierIsCountedOnTheDayItWasTaken() {
    // Recorded on 12 November, taken on 8 November: before a period starting on the 10th.
    var dated = entry(.deposit, on: 12)
    dated.measure.day = CalendarDay(year: 2026, month: 11, day: 8)
    let period = StatisticsPeriod(from: CalendarDay(year: 2026, month: 11, day: 10), to: CalendarDay(year: 2026, month: 11, day: 20))
    #expect(MeasureTally([dated, entry(.cctv, on: 12)], in: period).byKind.map(\.kind) == [.cctv])
    let before = StatisticsPeriod(from: CalendarDay(year: 2026, month: 11, day: 1), to: CalendarDay(year: 2026, month: 11, day: 9))
    #expect(MeasureTally([dated, entry(.cctv, on: 12)], in: before).byKind.map(\.kind) == [.deposit])
  }

  /// The figures screen splits its two periods on the last measure's day.
  @Test func theDaysOfTheMeasuresGiveTheLastOneAndACountPerPeriod() {
    var dated = entry(.deposit, on: 25)
    dated.measure.day = CalendarDay(year: 2026, month: 11, day: 4)
    let tally = MeasureTally([entry(.cctv, on: 12), dated, entry(.cctv, on: 2)])
    #expect(tally.days == [2, 4, 12].map { CalendarDay(year: 2026, month: 11, day: $0) })
    #expect(tally.lastDay == CalendarDay(year: 2026, month: 11, day: 12))
    #expect(tally.count(in: StatisticsPeriod(from: CalendarDay(year: 2026, month: 11, day: 3), to: CalendarDay(year: 2026, month: 11, day: 12))) == 2)
    #expect(MeasureTally([]).lastDay == nil)
  }
}

