import Foundation
import Testing
@testable import ArdoiseCore

/// Builds the events of one case, each recorded a minute after the previous one.
struct EventLog {
  static let id = IncidentID(rawValue: "261129-K7QF")
  static let start = Timestamp(secondsSince1970: 1_795_992_000, offsetSeconds: 3600)  // 2026-11-29T23:40:00+01:00
  static let facts = IncidentFacts(occurredAt: start, amount: Money(minorUnits: 4250), table: "T4", covers: 2)

  var events: [Event] = []

  init(facts: IncidentFacts = EventLog.facts) {
    append(.opened(facts))
  }

  /// Appends `body`, recorded one minute after the previous event, by `actor`.
  mutating func append(_ body: EventBody, actor: String = "Claire") {
    let index = events.count
    let moment = EventLog.start.adding(seconds: Int64(index) * 60)
    let id = EventID(rawValue: String(format: "01JDX%021d", index))
    events.append(Event(id: id, occurredAt: moment, recordedAt: moment, actor: actor, body: body))
  }

  var incident: Incident? { Incident.replay(id: EventLog.id, events: events).incident }
}

@Suite struct IncidentReplayTests {
  private func replay(_ log: EventLog) throws -> Incident {
    let result = Incident.replay(id: EventLog.id, events: log.events)
    #expect(result.conflicts.isEmpty, "\(result.conflicts)")
    return try #require(result.incident)
  }

  /// A log that touches most of a case's state.
  private var busyLog: EventLog {
    var log = EventLog()
    log.append(.stepRecorded(StepRecord(step: .stayCalm, status: .done, outcome: "noted", next: .catchUp)))
    log.append(.subActionToggled(step: .review, subAction: "export-cctv", isDone: true))
    log.append(.subActionToggled(step: .review, subAction: "check-pos", isDone: true))
    log.append(.subActionToggled(step: .review, subAction: "check-pos", isDone: false))
    log.append(.stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "gone", next: .review)))
    log.append(.amended(FactsAmendment(amount: Money(minorUnits: 5000), table: "T5")))
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 1000), method: .cash), closesAs: nil))
    log.append(.contactRecorded(ContactAttempt(channel: .phone, outcome: .noAnswer, followUp: CalendarDay(year: 2026, month: 12, day: 1))))
    log.append(.noteAdded("Called twice"), actor: "Marc")
    log.append(.evidenceAdded(Evidence(kind: .cctv, location: "USB key")))
    log.append(.documentGenerated(kind: "reminder", file: "documents/reminder.txt"))
    log.append(.customerIdentified)
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 500), method: .card, reference: "R1"), closesAs: nil))
    return log
  }

  // MARK: - State from events

  @Test func stateIsTheReplayOfTheEvents() throws {
    let incident = try replay(busyLog)
    #expect(incident.id == EventLog.id)
    #expect(incident.facts.amount == Money(minorUnits: 5000))
    #expect(incident.facts.table == "T5")
    #expect(incident.facts.covers == 2)
    #expect(incident.openedAt == EventLog.start)
    #expect(incident.openedBy == "Claire")
    #expect(incident.isOpen && incident.resolution == nil)
    #expect(incident.paid == Money(minorUnits: 1500))
    #expect(incident.outstanding == Money(minorUnits: 3500))
    #expect(incident.payments.map(\.payment.method) == [.cash, .card])
    #expect(incident.contacts.count == 1)
    #expect(incident.notes.map(\.text) == ["Called twice"])
    #expect(incident.notes.first?.by == "Marc")
    #expect(incident.evidence.map(\.kind) == [.cctv])
    #expect(incident.documents.map(\.kind) == ["reminder"])
    #expect(incident.hasIdentifiedCustomer)
    #expect(incident.followUp == CalendarDay(year: 2026, month: 12, day: 1))
    #expect(incident.progress(of: .stayCalm).status == .done)
    #expect(incident.progress(of: .stayCalm).outcome == "noted")
    #expect(incident.progress(of: .review).ticked == ["export-cctv"])
    #expect(incident.progress(of: .review).status == .pending)
    #expect(incident.events.count == busyLog.events.count)
  }

  @Test func withoutAnOpenedEventThereIsNoCase() {
    var log = busyLog
    log.events.removeFirst()
    let result = Incident.replay(id: EventLog.id, events: log.events)
    #expect(result.incident == nil)
    #expect(Incident.replay(id: EventLog.id, events: []).incident == nil)
  }

  // MARK: - Order, duplicates, conflicts

  @Test func replayDoesNotDependOnTheOrderOfLines() throws {
    let log = busyLog
    let expected = try replay(log)
    var random = SplitMix64(seed: 2026)
    for _ in 0..<300 {
      let shuffled = log.events.shuffled(using: &random)
      let result = Incident.replay(id: EventLog.id, events: shuffled)
      #expect(result.conflicts.isEmpty)
      #expect(result.incident == expected)
      #expect(result.incident?.events.map(\.id) == log.events.map(\.id))
    }
  }

  @Test func eventsOfTheSameSecondAreOrderedByID() throws {
    var log = EventLog()
    log.append(.noteAdded("first"))
    log.append(.noteAdded("second"))
    log.events[2].recordedAt = log.events[1].recordedAt
    let forwards = try replay(log)
    log.events.reverse()
    let backwards = try replay(log)
    #expect(forwards.notes.map(\.text) == ["first", "second"])
    #expect(backwards == forwards)
  }

  @Test func duplicatedLinesAreIgnored() throws {
    let log = busyLog
    var doubled = log
    doubled.events += log.events + log.events.prefix(3)
    var random = SplitMix64(seed: 5)
    doubled.events.shuffle(using: &random)
    #expect(try replay(doubled) == (try replay(log)))
  }

  @Test func theSameIDWithOtherContentIsAConflict() throws {
    let log = busyLog
    var altered = log.events[7]
    altered.body = .paymentRecorded(Payment(amount: Money(minorUnits: 2000), method: .cash), closesAs: nil)
    for events in [log.events + [altered], [altered] + log.events] {
      let result = Incident.replay(id: EventLog.id, events: events)
      #expect(result.conflicts.map(\.eventID) == [altered.id])
      #expect(result.incident != nil)
      #expect(result.incident?.payments.count == 2)
    }
  }

  @Test func aSecondOpenedEventIsAConflictAndChangesNothing() throws {
    var log = EventLog()
    log.append(.opened(IncidentFacts(occurredAt: EventLog.start, amount: Money(minorUnits: 99_900))))
    let result = Incident.replay(id: EventLog.id, events: log.events)
    #expect(result.conflicts.count == 1)
    #expect(result.incident?.facts.amount == Money(minorUnits: 4250))
  }

  // MARK: - Money, closing and reopening

  @Test func aSettlingPaymentClosesAndReopeningClearsTheResolution() throws {
    var log = EventLog()
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 4250), method: .card), closesAs: .recovered))
    let closed = try replay(log)
    #expect(closed.status == .closed && closed.resolution == .recovered)
    #expect(closed.closedAt == log.events[1].occurredAt)
    #expect(closed.outstanding.isZero && !closed.hasOutstandingBalance)
    log.append(.reopened(note: "Cheque bounced"))
    let reopened = try replay(log)
    #expect(reopened.isOpen && reopened.resolution == nil && reopened.closedAt == nil)
    log.append(.closed(.writtenOff, note: nil))
    #expect(try replay(log).resolution == .writtenOff)
  }

  @Test func theOutstandingBalanceNeverGoesBelowZero() throws {
    var log = EventLog()
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 4000), method: .cash), closesAs: nil))
    log.append(.amended(FactsAmendment(amount: Money(minorUnits: 3000))))
    let incident = try replay(log)
    #expect(incident.paid == Money(minorUnits: 4000))
    #expect(incident.outstanding == .zero(.euro))
  }

  @Test func aStepOutcomeWithAPaymentAndAResolutionRecordsBoth() throws {
    var log = EventLog()
    log.append(.stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "paid-on-the-spot",
                                        payment: Payment(amount: Money(minorUnits: 4250), method: .card), resolution: .recovered)))
    let incident = try replay(log)
    #expect(incident.paid == Money(minorUnits: 4250))
    #expect(incident.resolution == .recovered && !incident.isOpen)
  }

  // MARK: - Follow-ups

  @Test func followUpComesFromTheLatestContactPromiseOrDeadline() throws {
    var log = EventLog()
    let december = { (day: Int) in CalendarDay(year: 2026, month: 12, day: day) }
    log.append(.contactRecorded(ContactAttempt(channel: .phone, outcome: .noAnswer, followUp: december(1))))
    #expect(try replay(log).followUp == december(1))
    log.append(.contactRecorded(ContactAttempt(channel: .email, outcome: .leftMessage)))
    #expect(try replay(log).followUp == december(1))
    log.append(.stepRecorded(StepRecord(step: .contact, status: .done, outcome: "promised-to-pay", promisedDay: december(5))))
    let promised = try replay(log)
    #expect(promised.followUp == december(5) && promised.promisedDay == december(5))
    log.append(.stepRecorded(StepRecord(step: .authorities, status: .pending, outcome: "demand-sent",
                                        legal: LegalRecord(action: .formalDemand, day: december(10), deadline: december(18)))))
    let demanded = try replay(log)
    #expect(demanded.followUp == december(19))
    #expect(demanded.legal.map(\.action) == [.formalDemand])
    #expect(demanded.promisedDay == december(5))
    log.append(.followUpScheduled(december(24)))
    #expect(try replay(log).followUp == december(24))
    log.append(.followUpScheduled(nil))
    #expect(try replay(log).followUp == nil)
  }

  @Test func overdueOnlyWhileOpenAndAfterTheDay() throws {
    var log = EventLog()
    log.append(.followUpScheduled(CalendarDay(year: 2026, month: 12, day: 1)))
    let open = try replay(log)
    #expect(!open.isOverdue(today: CalendarDay(year: 2026, month: 12, day: 1)))
    #expect(open.isOverdue(today: CalendarDay(year: 2026, month: 12, day: 2)))
    log.append(.closed(.writtenOff, note: nil))
    #expect(!(try replay(log)).isOverdue(today: CalendarDay(year: 2026, month: 12, day: 2)))
  }

  // MARK: - Steps, ticks, amendments

  @Test func subActionTicksToggle() throws {
    var log = EventLog()
    log.append(.subActionToggled(step: .catchUp, subAction: "look-outside", isDone: true))
    log.append(.subActionToggled(step: .catchUp, subAction: "note-plate", isDone: true))
    log.append(.subActionToggled(step: .catchUp, subAction: "look-outside", isDone: false))
    let incident = try replay(log)
    #expect(incident.progress(of: .catchUp).ticked == ["note-plate"])
    #expect(incident.progress(of: .catchUp).status == .pending)
  }

  @Test func aStepKeepsItsTicksAndLastNoteWhenMarkedAgain() throws {
    var log = EventLog()
    log.append(.subActionToggled(step: .review, subAction: "check-pos", isDone: true))
    log.append(.stepRecorded(StepRecord(step: .review, status: .done, note: "POS checked")), actor: "Marc")
    log.append(.stepRecorded(StepRecord(step: .review, status: .pending)))
    let progress = try replay(log).progress(of: .review)
    #expect(progress.status == .pending)
    #expect(progress.note == "POS checked")
    #expect(progress.ticked == ["check-pos"])
    #expect(progress.by == "Claire")
    #expect(progress.at == log.events[3].occurredAt)
  }

  @Test func amendmentsChangeOnlyWhatTheyName() throws {
    var log = EventLog(facts: IncidentFacts(occurredAt: EventLog.start, amount: Money(minorUnits: 4250), table: "T4", covers: 2,
                                            server: "Léa", bill: "12", summary: "Left", customerDescription: "Two adults"))
    let earlier = EventLog.start.adding(seconds: -3600)
    log.append(.amended(FactsAmendment(occurredAt: earlier, covers: 3, summary: "Left by the terrace")))
    let facts = try replay(log).facts
    #expect(facts == IncidentFacts(occurredAt: earlier, amount: Money(minorUnits: 4250), table: "T4", covers: 3, server: "Léa",
                                   bill: "12", summary: "Left by the terrace", customerDescription: "Two adults"))
  }

  @Test func purgingClearsTheIdentifiedCustomer() throws {
    var log = EventLog()
    log.append(.customerIdentified)
    log.append(.personalDataPurged(reason: "retention"))
    let incident = try replay(log)
    #expect(incident.isPurged && !incident.hasIdentifiedCustomer)
  }

  // MARK: - The current step

  @Test func aNewCaseStartsAtTheFirstStep() throws {
    #expect(try replay(EventLog()).currentStep(in: .standard) == .stayCalm)
  }

  @Test func theOutcomesNextStepWinsWhileItIsPending() throws {
    var log = EventLog()
    log.append(.stepRecorded(StepRecord(step: .stayCalm, status: .done, outcome: "noted", next: .review)))
    #expect(try replay(log).currentStep(in: .standard) == .review)
    // Once the suggested step is settled, the first pending step in order comes back.
    log.append(.stepRecorded(StepRecord(step: .review, status: .done)))
    #expect(try replay(log).currentStep(in: .standard) == .catchUp)
  }

  @Test func aSuggestedStepThatIsDoneIsSkipped() throws {
    var log = EventLog()
    log.append(.stepRecorded(StepRecord(step: .stayCalm, status: .done)))
    log.append(.stepRecorded(StepRecord(step: .catchUp, status: .done, next: .stayCalm)))
    #expect(try replay(log).currentStep(in: .standard) == .review)
  }

  @Test func anOutcomeThatKeepsItsStepPendingStaysThere() throws {
    var log = EventLog()
    for step in [StepID.stayCalm, .catchUp, .review] { log.append(.stepRecorded(StepRecord(step: step, status: .done))) }
    log.append(.stepRecorded(StepRecord(step: .contact, status: .pending, outcome: "no-answer", next: .contact)))
    #expect(try replay(log).currentStep(in: .standard) == .contact)
  }

  @Test func preventionComesLastUnlessSuggested() throws {
    var log = EventLog()
    log.append(.stepRecorded(StepRecord(step: .stayCalm, status: .done)))
    #expect(try replay(log).currentStep(in: .standard) == .catchUp)
    log.append(.stepRecorded(StepRecord(step: .catchUp, status: .done, next: .prevention)))
    #expect(try replay(log).currentStep(in: .standard) == .prevention)
    log.append(.noteAdded("nothing else"))
    for step in [StepID.review, .contact, .paymentOptions, .authorities] {
      log.append(.stepRecorded(StepRecord(step: step, status: .notApplicable)))
    }
    #expect(try replay(log).currentStep(in: .standard) == .prevention)
    log.append(.stepRecorded(StepRecord(step: .prevention, status: .done)))
    #expect(try replay(log).currentStep(in: .standard) == nil)
  }

  @Test func aClosedCaseOnlyOffersPrevention() throws {
    var log = EventLog()
    log.append(.stepRecorded(StepRecord(step: .stayCalm, status: .done, next: .review)))
    log.append(.closed(.honestMistake, note: nil))
    let closed = try replay(log)
    #expect(closed.currentStep(in: .standard) == .prevention)
    #expect(closed.stepSummary(in: .standard, language: .english) == "7/7 " + Playbook.standard.steps[6].title(.english))
    log.append(.stepRecorded(StepRecord(step: .prevention, status: .skipped)))
    let done = try replay(log)
    #expect(done.currentStep(in: .standard) == nil)
    #expect(done.stepSummary(in: .standard, language: .french) == "–")
  }

  @Test func statusLabels() throws {
    var log = EventLog()
    #expect(try replay(log).statusLabel(.english) == "open")
    #expect(try replay(log).statusLabel(.french) == "ouvert")
    log.append(.closed(.partlyRecovered, note: nil))
    #expect(try replay(log).statusLabel(.english) == "closed: partly recovered")
    #expect(try replay(log).statusLabel(.french) == "clos\u{202F}: récupéré en partie")
  }
}
