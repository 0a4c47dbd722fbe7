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
    #expect(TimelineText.describe(event, playbook: .standard, language: .english)
      == "Prevention measure: card guarantee or deposit for large parties — from 6 covers")
    #expect(TimelineText.describe(event, playbook: .standard, language: .french)
      == "Mesure de prévention\u{202F}: empreinte de carte ou acompte pour les grandes tables — from 6 covers")
  }

  @Test func theKindsThatAnswerTheAdviceRules() {
    #expect(PreventionMeasure.Kind.allCases.compactMap(\.rule) == [.zoneAfterHour, .largeParties, .phoneWithin24Hours])
    #expect(Set(PreventionMeasure.Kind.allCases.map(\.rawValue)).count == PreventionMeasure.Kind.allCases.count)
  }
}
