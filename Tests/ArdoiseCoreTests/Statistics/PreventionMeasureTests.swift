import Testing
@testable import ArdoiseCore

/// A prevention measure: decided (an “other” measure needs a note), replayed into the case with
/// its day, and told in the timeline.
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
    #expect(TimelineText.describe(event, playbook: .standard, jurisdiction: .france, language: .english)
      == "Prevention measure: card guarantee or deposit for large parties — from 6 covers")
    #expect(TimelineText.describe(event, playbook: .standard, jurisdiction: .france, language: .french)
      == "Mesure de prévention\u{202F}: empreinte de carte ou acompte pour les grandes tables — from 6 covers")
  }

  @Test func aMeasureDatedFromTheWalkoutsDayToTodayAndNoOther() throws {
    // The walkout was on 29 November at 23:40; today is 30 November.
    let incident = try #require(EventLog().incident)
    func day(_ number: Int) -> CalendarDay { CalendarDay(year: 2026, month: 11, day: 1).adding(days: number - 1) }
    #expect(refusal(PreventionMeasure(kind: .cctv, day: day(28)), on: incident) == "the day of the measure is before the walkout")
    #expect(refusal(PreventionMeasure(kind: .cctv, day: day(29)), on: incident) == nil)
    #expect(refusal(PreventionMeasure(kind: .cctv, day: day(30)), on: incident) == nil)
    #expect(refusal(PreventionMeasure(kind: .cctv, day: day(31)), on: incident) == "the day of the measure is in the future")
    let decided = incident.decide(.recordMeasure(PreventionMeasure(kind: .cctv, day: day(29))), playbook: .standard, policy: policy)
    #expect(decided == .success(.measureTaken(PreventionMeasure(kind: .cctv, day: day(29)))))
  }

  @Test func aMeasureDatedEarlierCountsOnItsDayAndSaysIt() throws {
    // A walkout ten days before the log's first event, a measure recorded then but taken 3 days before.
    var facts = EventLog.facts
    facts.occurredAt = EventLog.start.adding(seconds: -10 * 86_400)
    var log = EventLog(facts: facts)
    let taken = CalendarDay(year: 2026, month: 11, day: 26)
    log.append(.measureTaken(PreventionMeasure(kind: .seating, day: taken)))
    log.append(.measureTaken(PreventionMeasure(kind: .cctv, day: CalendarDay(year: 2026, month: 11, day: 29))))
    let incident = try #require(log.incident)
    #expect(incident.measures.map(\.day) == [taken, CalendarDay(year: 2026, month: 11, day: 29)])
    #expect(TimelineText.describe(log.events[1], playbook: .standard, jurisdiction: .france, language: .english)
      == "Prevention measure: seating away from the exit (taken on \(taken.formatted(.english)))")
    #expect(TimelineText.describe(log.events[1], playbook: .standard, jurisdiction: .france, language: .french)
      == "Mesure de prévention\u{202F}: placement loin de la sortie (prise le \(taken.formatted(.french)))")
    // Taken the day it was recorded: nothing more to say.
    #expect(TimelineText.describe(log.events[2], playbook: .standard, jurisdiction: .france, language: .english) == "Prevention measure: CCTV")
  }

  @Test func theKindsThatAnswerTheAdviceRules() {
    #expect(PreventionMeasure.Kind.allCases.compactMap(\.rule) == [.zoneAfterHour, .largeParties, .phoneWithin24Hours])
    #expect(Set(PreventionMeasure.Kind.allCases.map(\.rawValue)).count == PreventionMeasure.Kind.allCases.count)
  }
}
