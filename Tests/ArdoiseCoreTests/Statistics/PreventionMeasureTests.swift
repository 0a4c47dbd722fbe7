import Testing
@testable import ArdoiseCore

/// A prevention measure: decided (an “other” measure needs a note), replayed into the case with
/// its day, told in the timeline, and counted by kind over a period.
@Suite struct PreventionMeasureTests {
  private let policy = RecoveryPolicy(today: CalendarDay(year: 2026, month: 11, day: 30))

  private func refusal(_ measure: PreventionMeasure, on incident: Incident) -> String? {
    guard case .failure(let refusal) = incident.decide(.recordMeasure(measure), playbook: .standard, policy: policy) else { return nil }
    return refusal.message(.english)
  }

  @Test func anOtherMeasureNeedsANoteAndAnEmptyNoteIsNone() throws {
    let incident = try #require(EventLog().incident)
    #expect(refusal(PreventionMeasure(kind: .other), on: incident) == "describe the measure in the note")
    #expect(refusal(PreventionMeasure(kind: .other, note: "  "), on: incident) == "describe the measure in the note")
    #expect(refusal(PreventionMeasure(kind: .other, note: "Bell on the door"), on: incident) == nil)
    let decided = incident.decide(.recordMeasure(PreventionMeasure(kind: .cctv, note: " ")), playbook: .standard, policy: policy)
    #expect(decided == .success(.measureTaken(PreventionMeasure(kind: .cctv))))
  }

  @Test func aClosedCaseTakesAMeasureToo() throws {
    var log = EventLog()
    log.append(.closed(.writtenOff, note: nil))
    let incident = try #require(log.incident)
    #expect(refusal(PreventionMeasure(kind: .deposit), on: incident) == nil)
  }

  @Test func theMeasureIsReplayedWithItsDayAndToldInTheTimeline() throws {
    var log = EventLog()
    log.append(.measureTaken(PreventionMeasure(kind: .deposit, note: "from 6 covers")))
    let incident = try #require(log.incident)
    #expect(incident.measures.map(\.measure) == [PreventionMeasure(kind: .deposit, note: "from 6 covers")])
    #expect(incident.measures.first?.at == log.events[1].occurredAt)
    #expect(incident.measures.first?.by == "Claire")
    let event = log.events[1]
    #expect(TimelineText.describe(event, playbook: .standard, language: .english)
      == "Prevention measure: card guarantee or deposit for large parties — from 6 covers")
    #expect(TimelineText.describe(event, playbook: .standard, language: .french)
      == "Mesure de prévention\u{202F}: empreinte de carte ou acompte pour les grandes tables — from 6 covers")
  }

  @Test func theKindsThatAnswerTheAdviceRules() {
    #expect(PreventionMeasure.Kind.allCases.compactMap(\.rule) == [.zoneAfterHour, .largeParties, .phoneWithin24Hours])
    #expect(Set(PreventionMeasure.Kind.allCases.map(\.rawValue)).count == PreventionMeasure.Kind.allCases.count)
  }

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
}
