import Testing
@testable import ArdoiseCore

@Suite struct IncidentPlanReportTests {
  private let first = CalendarDay(year: 2026, month: 12, day: 10)
  private let policy = RecoveryPolicy(today: CalendarDay(year: 2026, month: 12, day: 1))

  private func plan(_ cents: Int64, parts: Int, from day: CalendarDay) throws -> InstalmentPlan {
    try InstalmentPlan.make(outstanding: Money(minorUnits: cents), schedule: .every(.month, first: day, parts: parts)).get()
  }

  @Test func agreedPlan_setsTheFollowUpToTheNextDueDay() throws {
    var log = EventLog()
    log.append(.planAgreed(try plan(4_250, parts: 3, from: first)))
    var incident = try #require(log.incident)
    #expect(incident.followUp == first)
    #expect(incident.isOverdue(today: first) == false)
    #expect(incident.isOverdue(today: first.adding(days: 1)))
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 1_418), method: .card), closesAs: nil))
    incident = try #require(log.incident)
    #expect(incident.followUp == first.adding(months: 1))
    #expect(incident.planStandings(today: first).map(\.status) == [.paid, .due, .upcoming])
  }

  /// The next instalment unpaid is an instalment in the agenda (not a follow-up), with its
  /// number and amount, overdue from the day after its due day.
  @Test func theNextInstalmentIsAnInstalmentInTheAgenda() throws {
    var log = EventLog()
    log.append(.planAgreed(try plan(4_250, parts: 3, from: first)))
    let incident = try #require(log.incident)
    let rules = AgendaRules(clocks: .france(demandDays: 8, purgePaidAfterDays: 2))
    let onTheDay = rules.items(for: AgendaCase(incident, debtorKind: .consumer), today: first)
    #expect(!onTheDay.contains { $0.kind == .followUp })
    let instalments = onTheDay.filter { $0.kind == .instalment }
    #expect(instalments.map(\.day) == [first] && instalments.map(\.state) == [.today])
    #expect(instalments.map { $0.label(.english) } == ["instalment 1/3 due: €14.18"])
    let dayAfter = rules.items(for: AgendaCase(incident, debtorKind: .consumer), today: first.adding(days: 1)).filter { $0.kind == .instalment }
    #expect(dayAfter.map(\.state) == [.overdue])
  }

  @Test func renegotiation_replacesThePlanAndKeepsTheOldInTheLog() throws {
    var log = EventLog()
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 250), method: .cash), closesAs: nil))
    let firstPlan = try plan(4_000, parts: 2, from: first)
    log.append(.planAgreed(firstPlan))
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 1_000), method: .cash), closesAs: nil))
    let later = first.adding(months: 2)
    let secondPlan = try plan(3_000, parts: 3, from: later)
    log.append(.planAgreed(secondPlan))
    let incident = try #require(log.incident)
    #expect(incident.plan == secondPlan)
    #expect(incident.paidTowardsPlan.isZero)
    #expect(incident.followUp == later)
    #expect(incident.events.filter { if case .planAgreed = $0.body { true } else { false } }.count == 2)
    // What was paid before the new plan does not count towards it.
    #expect(incident.planStandings(today: later).map(\.status) == [.due, .upcoming, .upcoming])
  }

  @Test func cancelledPlan_isGone() throws {
    var log = EventLog()
    log.append(.planAgreed(try plan(4_250, parts: 2, from: first)))
    log.append(.planCancelled(note: "renegotiating"))
    let incident = try #require(log.incident)
    #expect(incident.plan == nil)
    #expect(incident.planStandings(today: first).isEmpty)
    #expect(incident.planLines(today: first, language: .english).isEmpty)
  }

  @Test func agreeingAPlan_mustCoverWhatIsOwed() throws {
    let incident = try #require(EventLog().incident)
    let short = try plan(4_000, parts: 2, from: first)
    guard case .failure(let refusal) = incident.decide(.agreePlan(short), playbook: .standard, policy: policy) else {
      Issue.record("a plan for less than the balance was accepted")
      return
    }
    #expect(refusal.message(.english) == "the plan adds up to €40.00 but €42.50 is owed")
    let exact = try plan(4_250, parts: 2, from: first)
    #expect(incident.decide(.agreePlan(exact), playbook: .standard, policy: policy) == .success(.planAgreed(exact)))
    guard case .failure = incident.decide(.cancelPlan(note: nil), playbook: .standard, policy: policy) else {
      Issue.record("cancelling without a plan was accepted")
      return
    }
  }

  @Test func planLines_showEachInstalmentAndTheRemainder() throws {
    var log = EventLog(facts: IncidentFacts(occurredAt: EventLog.start, amount: Money(minorUnits: 10_000)))
    log.append(.planAgreed(try plan(10_000, parts: 3, from: first)))
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 4_000), method: .card), closesAs: nil))
    let incident = try #require(log.incident)
    #expect(incident.planLines(today: first.adding(months: 1).adding(days: 1), language: .english) == [
      "1. 2026-12-10  €33.34  paid",
      "2. 2027-01-10  €33.33  late (€6.66 paid)",
      "3. 2027-02-10  €33.33  due",
      "remainder of €0.01 on the first instalment",
    ])
  }

  @Test func honestMistakePaid_recordsThePaymentAndClosesAsHonestMistake() throws {
    let incident = try #require(EventLog().incident)
    let result = incident.decide(.chooseOutcome(step: .review, outcome: "honest-mistake-paid", value: .paymentMethod(.card), note: nil),
                                 playbook: .standard, policy: policy)
    guard case .success(.stepRecorded(let record)) = result else {
      Issue.record("refused: \(result)")
      return
    }
    #expect(record.payment == Payment(amount: Money(minorUnits: 4_250), method: .card))
    #expect(record.resolution == .honestMistake)
    var log = EventLog()
    log.append(.stepRecorded(record))
    let closed = try #require(log.incident)
    #expect(closed.status == .closed && closed.outstanding.isZero)
    #expect(closed.settlementStatement?.english.hasPrefix("Everything is paid: the case is closed as an honest mistake.") == true)
  }

  @Test func settlingPayment_saysTheCaseIsClosedAndHowToReopen() throws {
    var log = EventLog()
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 1_000), method: .cash), closesAs: nil))
    #expect(try #require(log.incident).settlementStatement == nil)
    log.append(.paymentRecorded(Payment(amount: Money(minorUnits: 3_250), method: .cash), closesAs: .recovered))
    #expect(try #require(log.incident).settlementStatement?.english
      == "Everything is paid: the case is closed as recovered. To reopen it: key r in its checklist, or “ardoise reopen 261129-K7QF”.")
    log.append(.noteAdded("thanks"))
    #expect(try #require(log.incident).settlementStatement == nil)
  }
}
