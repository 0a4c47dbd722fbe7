import Foundation
import Testing
@testable import ArdoiseCore

/// What `decide` writes or refuses, state by state, with the standard playbook.
@Suite struct IncidentDecisionsTests {
  static let today = CalendarDay(year: 2026, month: 11, day: 30)
  let policy = RecoveryPolicy(demandDays: 8, today: IncidentDecisionsTests.today)
  let playbook = Playbook.standard

  private func euros(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .euro) }

  /// A case replayed from a fresh log plus `bodies`.
  private func incident(_ bodies: EventBody...) throws -> Incident {
    var log = EventLog()
    for body in bodies { log.append(body) }
    return try #require(log.incident)
  }

  /// The case after applying `intent`, which must be accepted.
  private func applying(_ intent: Intent, to incident: Incident, sourceLocation: SourceLocation = #_sourceLocation) throws -> Incident {
    guard case .success(let body) = incident.decide(intent, playbook: playbook, policy: policy) else {
      Issue.record("\(intent) was refused", sourceLocation: sourceLocation)
      return incident
    }
    var log = EventLog()
    log.events = incident.events
    log.append(body)
    return try #require(log.incident)
  }

  private func decide(_ intent: Intent, on incident: Incident) -> Result<EventBody, Refusal> {
    incident.decide(intent, playbook: playbook, policy: policy)
  }

  /// The English reason of a refusal, or nil when accepted.
  private func refusal(_ intent: Intent, on incident: Incident) -> String? {
    guard case .failure(let refusal) = decide(intent, on: incident) else { return nil }
    #expect(refusal.message(.french) != refusal.message(.english))
    return refusal.message(.english)
  }

  private func outcome(_ step: StepID, _ outcome: String, _ value: OutcomeValue? = nil, note: String? = nil) -> Intent {
    .chooseOutcome(step: step, outcome: outcome, value: value, note: note)
  }

  // MARK: - Payments

  @Test func aPartPaymentIsRecordedAndKeepsTheCaseOpen() throws {
    let open = try incident()
    let payment = Payment(amount: euros(2000), method: .cash, reference: "R-1")
    #expect(decide(.recordPayment(payment), on: open) == .success(.paymentRecorded(payment, closesAs: nil)))
    let after = try applying(.recordPayment(payment), to: open)
    #expect(after.isOpen && after.outstanding == euros(2250))
  }

  @Test func aPaymentThatSettlesClosesAsRecovered() throws {
    let open = try incident(.paymentRecorded(Payment(amount: euros(2000), method: .cash), closesAs: nil))
    let rest = Payment(amount: euros(2250), method: .transfer)
    #expect(decide(.recordPayment(rest), on: open) == .success(.paymentRecorded(rest, closesAs: .recovered)))
    let after = try applying(.recordPayment(rest), to: open)
    #expect(after.status == .closed && after.resolution == .recovered && after.outstanding.isZero)
  }

  @Test func aPaymentAboveTheOutstandingBalanceIsRefusedWithTheBalance() throws {
    let open = try incident(.paymentRecorded(Payment(amount: euros(2000), method: .cash), closesAs: nil))
    let reason = try #require(refusal(.recordPayment(Payment(amount: euros(2251), method: .cash)), on: open))
    #expect(reason == "payment above the outstanding balance (€22.50)")
    guard case .failure(let french) = decide(.recordPayment(Payment(amount: euros(2251), method: .cash)), on: open) else { return }
    #expect(french.message(.french) == "paiement supérieur au reste dû (22,50\u{A0}€)")
  }

  @Test func aZeroPaymentIsRefused() throws {
    #expect(refusal(.recordPayment(Payment(amount: euros(0), method: .cash)), on: try incident()) == "the amount must be more than zero")
    #expect(refusal(.recordPayment(Payment(amount: euros(-100), method: .cash)), on: try incident()) == "the amount must be more than zero")
  }

  @Test func aPaymentInAnotherCurrencyIsRefused() throws {
    let pounds = Money(minorUnits: 100, currency: .poundSterling)
    #expect(refusal(.recordPayment(Payment(amount: pounds, method: .cash)), on: try incident())?.contains("EUR") == true)
  }

  @Test func aClosedCaseRefusesPayments() throws {
    let closed = try incident(.closed(.writtenOff, note: nil))
    #expect(refusal(.recordPayment(Payment(amount: euros(100), method: .cash)), on: closed)
      == "the case is closed: reopen it before recording a payment")
  }

  // MARK: - Outcomes of the standard playbook

  @Test(arguments: [
    ("paid-on-the-spot", StepID.catchUp), ("paid-after-reminder", .contact), ("paid", .paymentOptions), ("paid-after-demand", .authorities),
  ])
  func paidInFullRecordsTheOutstandingBalanceAndRecovers(outcomeID: String, step: StepID) throws {
    let open = try incident(.paymentRecorded(Payment(amount: euros(1250), method: .cash), closesAs: nil))
    let expected = StepRecord(step: step, status: .done, outcome: outcomeID, note: "at the door",
                              next: playbook.step(step)?.outcome(outcomeID)?.next,
                              payment: Payment(amount: euros(3000), method: .card), resolution: .recovered)
    #expect(decide(outcome(step, outcomeID, .paymentMethod(.card), note: " at the door "), on: open) == .success(.stepRecorded(expected)))
    let after = try applying(outcome(step, outcomeID), to: open)
    #expect(after.resolution == .recovered && after.outstanding.isZero)
    #expect(after.payments.last?.payment == Payment(amount: euros(3000), method: .other))
  }

  @Test func paidInFullWhenNothingIsOwedIsRefused() throws {
    let reopened = try incident(.paymentRecorded(Payment(amount: euros(4250), method: .cash), closesAs: .recovered), .reopened(note: nil))
    #expect(refusal(outcome(.catchUp, "paid-on-the-spot"), on: reopened) == "nothing is owed")
  }

  @Test(arguments: [("paid-elsewhere", StepID.stayCalm), ("honest-mistake", .review)])
  func anHonestMistakeCloses(outcomeID: String, step: StepID) throws {
    let after = try applying(outcome(step, outcomeID), to: try incident())
    #expect(after.status == .closed && after.resolution == .honestMistake)
    #expect(after.progress(of: step).status == .done && after.progress(of: step).outcome == outcomeID)
    #expect(after.payments.isEmpty)
  }

  @Test func closingOutcomesAreRefusedOnAClosedCase() throws {
    let closed = try incident(.closed(.writtenOff, note: nil))
    for (step, id) in [(StepID.review, "honest-mistake"), (.catchUp, "paid-on-the-spot"), (.authorities, "write-off")] {
      #expect(refusal(outcome(step, id), on: closed) == "the case is already closed")
    }
  }

  @Test(arguments: [("promised-on-site", StepID.catchUp), ("promised-to-pay", .contact), ("instalments-agreed", .paymentOptions)])
  func aPromiseNeedsADayThatIsNotPast(outcomeID: String, step: StepID) throws {
    let open = try incident()
    #expect(refusal(outcome(step, outcomeID), on: open) == "give the promised day")
    #expect(refusal(outcome(step, outcomeID, .reference("soon")), on: open) == "give the promised day")
    #expect(refusal(outcome(step, outcomeID, .day(Self.today.adding(days: -1))), on: open) == "the promised day is in the past")
    let promised = Self.today.adding(days: 5)
    let after = try applying(outcome(step, outcomeID, .day(promised)), to: open)
    #expect(after.promisedDay == promised && after.followUp == promised)
    #expect(after.isOpen)
    #expect(try applying(outcome(step, outcomeID, .day(Self.today)), to: open).promisedDay == Self.today)
  }

  @Test(arguments: [8, 14, 30])
  func aFormalDemandSetsItsDeadlineFromThePolicy(days: Int) throws {
    let open = try incident()
    let policy = RecoveryPolicy(demandDays: days, today: Self.today)
    let sent = Self.today.adding(days: -2)
    let decision = open.decide(outcome(.authorities, "demand-sent", .day(sent)), playbook: playbook, policy: policy)
    let expected = StepRecord(step: .authorities, status: .pending, outcome: "demand-sent", next: .authorities,
                              legal: LegalRecord(action: .formalDemand, day: sent, deadline: sent.adding(days: days)))
    #expect(decision == .success(.stepRecorded(expected)))
  }

  @Test func aFormalDemandNeedsADayNotInTheFuture() throws {
    let open = try incident()
    #expect(refusal(outcome(.authorities, "demand-sent"), on: open) == "give the day it was sent")
    #expect(refusal(outcome(.authorities, "demand-sent", .day(Self.today.adding(days: 1))), on: open) == "the sending day is in the future")
    let after = try applying(outcome(.authorities, "demand-sent", .day(Self.today)), to: open)
    #expect(after.followUp == Self.today.adding(days: 9))
    #expect(after.progress(of: .authorities).status == .pending)
    #expect(after.currentStep(in: playbook) == .authorities)
  }

  /// England and Wales: the letter before claim's 30 days run from its date, the day it is sent
  /// (Pre-Action Protocol for Debt Claims); the day received is kept but moves nothing, and the
  /// deadline is never an estimate.
  @Test func aLetterBeforeClaimsDeadlineCountsFromItsDateNotItsReceipt() throws {
    let open = try incident()
    let sent = Self.today.adding(days: -5)
    let english = RecoveryPolicy(demandDays: 30, today: Self.today, demandTimeRunsFromReceipt: false)
    let intent = outcome(.authorities, "demand-sent", .sentAndReceived(sent: sent, received: sent.adding(days: 3)))
    guard case .success(.stepRecorded(let record)) = open.decide(intent, playbook: playbook, policy: english) else {
      Issue.record("refused")
      return
    }
    #expect(record.legal == LegalRecord(action: .formalDemand, day: sent, deadline: sent.adding(days: 30), received: sent.adding(days: 3)))
    let unreceived = LegalRecord(action: .formalDemand, day: sent, deadline: sent.adding(days: 30))
    #expect(!unreceived.deadlineIsEstimate(under: .englandAndWales))
    #expect(unreceived.deadlineIsEstimate(under: .france))
    #expect(unreceived.deadlineIsEstimate(under: .unsupported("xx")))
  }

  @Test func theDemandDeadlineCountsFromTheDayReceivedAndIsAnEstimateUntilThen() throws {
    let open = try incident()
    let sent = Self.today.adding(days: -5)
    let estimated = try applying(outcome(.authorities, "demand-sent", .day(sent)), to: open)
    #expect(estimated.legal.first?.deadline == sent.adding(days: 8) && estimated.legal.first?.deadlineIsEstimate(under: .france) == true)
    let received = sent.adding(days: 2)
    // Recorded again with the day received: the same demand, its deadline now from receipt.
    let known = try applying(outcome(.authorities, "demand-sent", .sentAndReceived(sent: sent, received: received)), to: estimated)
    #expect(known.legal == [LegalRecord(action: .formalDemand, day: sent, deadline: received.adding(days: 8), received: received)])
    #expect(known.legal.first?.deadlineIsEstimate(under: .france) == false)
    #expect(known.followUp == received.adding(days: 9))
    #expect(refusal(outcome(.authorities, "demand-sent", .sentAndReceived(sent: sent, received: sent.adding(days: -1))), on: open)
      == "the day received is before the day sent")
    #expect(refusal(outcome(.authorities, "demand-sent", .sentAndReceived(sent: sent, received: Self.today.adding(days: 1))), on: open)
      == "the day received is in the future")
  }

  @Test func aComplaintNeedsItsReceiptNumber() throws {
    let open = try incident()
    #expect(refusal(outcome(.authorities, "complaint-filed"), on: open) == "give the complaint receipt number")
    #expect(refusal(outcome(.authorities, "complaint-filed", .reference("   ")), on: open) == "give the complaint receipt number")
    #expect(refusal(outcome(.authorities, "court-requested"), on: open) == "give the court and the reference")
    let after = try applying(outcome(.authorities, "complaint-filed", .reference(" PV 2026/123 ")), to: open)
    #expect(after.legal == [LegalRecord(action: .complaint, day: Self.today, reference: "PV 2026/123")])
    #expect(after.isOpen && after.progress(of: .authorities).status == .done)
    let court = try applying(outcome(.authorities, "court-requested", .reference("TJ Lyon 26/1")), to: open)
    #expect(court.legal.first?.action == .courtRequest)
  }

  @Test func aCourtOrderIsRecordedWithItsDayThenItsService() throws {
    let open = try incident()
    #expect(refusal(outcome(.authorities, "court-order"), on: open) == "give the day the order was made")
    #expect(refusal(outcome(.authorities, "court-order", .day(Self.today.adding(days: 1))), on: open) == "the day of the order is in the future")
    #expect(refusal(outcome(.authorities, "court-order", .day(open.facts.occurredAt.day.adding(days: -1))), on: open)
      == "the day of the order is before the meal")
    let made = open.facts.occurredAt.day
    #expect(refusal(outcome(.authorities, "court-order", .sentAndReceived(sent: made, received: made.adding(days: -1))), on: open)
      == "the day served is before the day of the order")
    #expect(refusal(outcome(.authorities, "court-order", .sentAndReceived(sent: made, received: Self.today.adding(days: 1))), on: open)
      == "the day served is in the future")
    let ordered = try applying(outcome(.authorities, "court-order", .day(made)), to: open)
    #expect(ordered.legal == [LegalRecord(action: .courtOrder, day: made)])
    // The step stays open: the order still has to be served.
    #expect(ordered.progress(of: .authorities).status == .pending && ordered.currentStep(in: playbook) == .authorities)
    // Recorded again with its service, it replaces the first record.
    let served = try applying(outcome(.authorities, "court-order", .sentAndReceived(sent: made, received: Self.today)), to: ordered)
    #expect(served.legal == [LegalRecord(action: .courtOrder, day: made, received: Self.today)])
  }

  @Test func writingOffClosesAsWrittenOffOrPartlyRecovered() throws {
    let unpaid = try applying(outcome(.authorities, "write-off"), to: try incident())
    #expect(unpaid.resolution == .writtenOff)
    let part = try incident(.paymentRecorded(Payment(amount: euros(1000), method: .cash), closesAs: nil))
    #expect(try applying(outcome(.authorities, "write-off"), to: part).resolution == .partlyRecovered)
  }

  @Test func anOutcomeThatDoesNotCompleteKeepsTheStepPending() throws {
    let after = try applying(outcome(.contact, "no-answer"), to: try incident())
    #expect(after.progress(of: .contact).status == .pending)
    #expect(after.progress(of: .contact).outcome == "no-answer")
    #expect(after.currentStep(in: playbook) == .contact)
    let completed = try applying(outcome(.contact, "unreachable"), to: after)
    #expect(completed.progress(of: .contact).status == .done)
    #expect(completed.currentStep(in: playbook) == .authorities)
  }

  @Test func everyMoveOnOutcomeRecordsItsNextStep() throws {
    let open = try incident()
    for step in playbook.steps {
      for choice in step.outcomes where choice.effect == .moveOn {
        let expected = StepRecord(step: step.id, status: choice.completesStep ? .done : .pending, outcome: choice.id, next: choice.next)
        #expect(decide(outcome(step.id, choice.id), on: open) == .success(.stepRecorded(expected)), "\(step.id) \(choice.id)")
      }
    }
  }

  @Test func anUnknownOutcomeIsRefusedListingTheKnownOnes() throws {
    let reason = try #require(refusal(outcome(.catchUp, "flew-away"), on: try incident()))
    #expect(reason.contains("“flew-away”"))
    for known in playbook.step(.catchUp)!.outcomes.map(\.id) { #expect(reason.contains(known)) }
  }

  @Test func anUnknownStepIsRefusedListingTheKnownOnes() throws {
    let open = try incident()
    for intent in [outcome("nowhere", "noted"), .markStep("nowhere", .done, note: nil), .toggleSubAction(step: "nowhere", subAction: "x")] {
      let reason = try #require(refusal(intent, on: open))
      #expect(reason.contains("“nowhere”"))
      for known in playbook.stepIDs { #expect(reason.contains(known.rawValue), "\(reason)") }
    }
  }

  // MARK: - Marking steps and ticking

  @Test func markingAStepTrimsItsNote() throws {
    #expect(decide(.markStep(.review, .skipped, note: "  later  "), on: try incident())
      == .success(.stepRecorded(StepRecord(step: .review, status: .skipped, note: "later"))))
    #expect(decide(.markStep(.review, .notApplicable, note: "   "), on: try incident())
      == .success(.stepRecorded(StepRecord(step: .review, status: .notApplicable))))
  }

  @Test func aStepNoLongerInThePlaybookCanStillBeMarked() throws {
    let legacy = try incident(.stepRecorded(StepRecord(step: "call-owner", status: .done)))
    #expect(decide(.markStep("call-owner", .pending, note: nil), on: legacy)
      == .success(.stepRecorded(StepRecord(step: "call-owner", status: .pending))))
  }

  @Test func tickingToggles() throws {
    let open = try incident()
    #expect(decide(.toggleSubAction(step: .review, subAction: "check-pos"), on: open)
      == .success(.subActionToggled(step: .review, subAction: "check-pos", isDone: true)))
    let ticked = try applying(.toggleSubAction(step: .review, subAction: "check-pos"), to: open)
    #expect(decide(.toggleSubAction(step: .review, subAction: "check-pos"), on: ticked)
      == .success(.subActionToggled(step: .review, subAction: "check-pos", isDone: false)))
    #expect(refusal(.toggleSubAction(step: .review, subAction: "dance"), on: open) == "no action “dance” at this step")
  }

  // MARK: - Contacts, notes, evidence, follow-ups

  @Test func contactsAndFollowUpsMayNotPointToThePast() throws {
    let open = try incident()
    let past = ContactAttempt(channel: .phone, outcome: .noAnswer, followUp: Self.today.adding(days: -1))
    #expect(refusal(.recordContact(past), on: open) == "the follow-up day is in the past")
    #expect(refusal(.scheduleFollowUp(Self.today.adding(days: -1)), on: open) == "the follow-up day is in the past")
    #expect(decide(.scheduleFollowUp(Self.today), on: open) == .success(.followUpScheduled(Self.today)))
    #expect(decide(.scheduleFollowUp(nil), on: open) == .success(.followUpScheduled(nil)))
    let fine = ContactAttempt(channel: .email, outcome: .leftMessage, note: "  ", followUp: Self.today)
    #expect(decide(.recordContact(fine), on: open)
      == .success(.contactRecorded(ContactAttempt(channel: .email, outcome: .leftMessage, followUp: Self.today))))
  }

  @Test func emptyNotesAndEvidenceWithoutAPlaceAreRefused() throws {
    let open = try incident()
    #expect(refusal(.addNote(" \n "), on: open) == "the note is empty")
    #expect(decide(.addNote("  Called  "), on: open) == .success(.noteAdded("Called")))
    #expect(refusal(.addEvidence(Evidence(kind: .cctv, location: "  ")), on: open) == "say where the evidence is kept")
  }

  // MARK: - Closing and reopening

  @Test func closingAsRecoveredWithABalanceIsRefused() throws {
    let open = try incident(.paymentRecorded(Payment(amount: euros(1000), method: .cash), closesAs: nil))
    #expect(refusal(.close(.recovered, note: nil), on: open)
      == "€32.50 is still owed: record the payment, or close as partly recovered or written off")
  }

  @Test func closingAsPartlyRecoveredNeedsAPaymentAndABalance() throws {
    #expect(refusal(.close(.partlyRecovered, note: nil), on: try incident()) == "no payment recorded: nothing was recovered")
    let part = try incident(.paymentRecorded(Payment(amount: euros(1000), method: .cash), closesAs: nil))
    #expect(decide(.close(.partlyRecovered, note: " rest lost "), on: part) == .success(.closed(.partlyRecovered, note: "rest lost")))
    let paid = try incident(.paymentRecorded(Payment(amount: euros(4250), method: .cash), closesAs: nil))
    #expect(refusal(.close(.partlyRecovered, note: nil), on: paid) == "everything is paid: close as recovered")
    #expect(decide(.close(.recovered, note: nil), on: paid) == .success(.closed(.recovered, note: nil)))
  }

  @Test(arguments: [Resolution.writtenOff, .honestMistake, .handedToAuthorities])
  func otherResolutionsCloseAnOpenCase(resolution: Resolution) throws {
    let after = try applying(.close(resolution, note: nil), to: try incident())
    #expect(after.status == .closed && after.resolution == resolution)
    #expect(refusal(.close(resolution, note: nil), on: after) == "the case is already closed")
  }

  @Test func reopeningOnlyAClosedCase() throws {
    #expect(refusal(.reopen(note: nil), on: try incident()) == "the case is already open")
    let closed = try incident(.closed(.writtenOff, note: nil))
    #expect(decide(.reopen(note: "  paid after all "), on: closed) == .success(.reopened(note: "paid after all")))
  }

  // MARK: - Amendments

  @Test func amendingBelowWhatWasPaidIsRefused() throws {
    let part = try incident(.paymentRecorded(Payment(amount: euros(2000), method: .cash), closesAs: nil))
    #expect(refusal(.amend(FactsAmendment(amount: euros(1999))), on: part)
      == "the amount cannot be less than what was already paid (€20.00)")
    #expect(decide(.amend(FactsAmendment(amount: euros(2000))), on: part) == .success(.amended(FactsAmendment(amount: euros(2000)))))
    #expect(refusal(.amend(FactsAmendment(amount: euros(0))), on: part) == "the amount must be more than zero")
    #expect(refusal(.amend(FactsAmendment()), on: part) == "nothing to correct")
    #expect(decide(.amend(FactsAmendment(table: "T9")), on: part) == .success(.amended(FactsAmendment(table: "T9"))))
  }
}
