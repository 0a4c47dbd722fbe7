import ArdoiseCore
import Foundation
@testable import ArdoiseUI

/// Cases built in memory, with a fixed clock, for update and screen tests.
enum Fixtures {
  static let utc = TimeZone(identifier: "UTC") ?? .current
  /// 2026-11-29 23:40 UTC, a Sunday.
  static let now = Date(timeIntervalSince1970: 1_795_995_600)
  static var today: CalendarDay { Timestamp(now, in: utc).day }

  static func moment(_ day: CalendarDay, _ hour: Int, _ minute: Int) -> Timestamp {
    Timestamp.makeLocal(day: day, hour: hour, minute: minute, timeZone: utc)
  }

  /// Builds a case from bodies recorded one minute apart after the opening.
  static func incident(_ id: String, at occurred: Timestamp, amount: Int64, table: String? = "T7", covers: Int? = 2,
                       server: String? = "Léa", bill: String? = "4512", summary: String? = nil,
                       then bodies: [EventBody] = []) -> StoredIncident {
    let facts = IncidentFacts(occurredAt: occurred, amount: Money(minorUnits: amount), table: table, covers: covers, server: server,
                              bill: bill, summary: summary)
    var events = [Event(id: EventID(rawValue: id + "-00"), occurredAt: occurred, recordedAt: occurred, actor: "Claire", body: .opened(facts))]
    for (index, body) in bodies.enumerated() {
      let at = occurred.adding(seconds: Int64(60 * (index + 1)))
      events.append(Event(id: EventID(rawValue: id + String(format: "-%02d", index + 1)), occurredAt: at, recordedAt: at, actor: "Claire", body: body))
    }
    let (incident, _) = Incident.replay(id: IncidentID(rawValue: id), events: events)
    guard let incident else { fatalError("fixture without an opening") }
    return StoredIncident(incident: incident, readOnlyReason: nil, problems: [])
  }

  /// Three cases: a fresh one, one with a promise and an overdue follow-up, one recovered.
  static var threeCases: [StoredIncident] {
    let day = today
    return [
      incident("261129-K7QF", at: moment(day, 23, 12), amount: 4250, summary: "Partis fumer, jamais revenus"),
      incident("261120-B2CD", at: moment(day.adding(days: -9), 21, 5), amount: 12_860, table: "Terrasse 3", covers: 4, server: "Karim",
               bill: "4388", then: [
                 .stepRecorded(StepRecord(step: .stayCalm, status: .done)),
                 .stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "gone", next: .review)),
                 .stepRecorded(StepRecord(step: .review, status: .done, outcome: "confirmed-unpaid", next: .contact)),
                 .paymentRecorded(Payment(amount: Money(minorUnits: 5000), method: .cash), closesAs: nil),
                 .contactRecorded(ContactAttempt(channel: .phone, outcome: .promisedToPay, followUp: day.adding(days: -2))),
               ]),
      incident("261101-X9YZ", at: moment(day.adding(days: -28), 20, 30), amount: 3600, table: "Bar", covers: 1, server: "Tom",
               bill: "4001", then: [
                 .stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "paid-on-the-spot",
                                          payment: Payment(amount: Money(minorUnits: 3600), method: .card), resolution: .recovered)),
               ]),
    ]
  }

  static func state(_ language: Language = .english, size: Size = Size(width: 80, height: 24),
                    cases: [StoredIncident] = threeCases) -> AppState {
    var state = AppState(language: language, size: size, playbook: .standard, clock: now, timeZone: utc,
                         restaurantName: "Le Petit Zinc", currency: .euro, demandDays: language == .french ? 8 : 14)
    _ = state.update(.casesChanged(cases.map(IncidentSummary.init), removed: []))
    for stored in cases { _ = state.update(.caseLoaded(stored)) }
    return state
  }
}

extension AppState {
  /// Sends keys one by one, collecting the effects.
  @discardableResult
  mutating func press(_ keys: Key...) -> [Effect] {
    keys.flatMap { update(.key($0)) }
  }

  /// Types text into whatever has the keyboard.
  @discardableResult
  mutating func type(_ text: String) -> [Effect] {
    text.flatMap { update(.key(.character($0))) }
  }
}
