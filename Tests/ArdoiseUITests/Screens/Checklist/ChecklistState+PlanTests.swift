import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The payment plan in the step of the ways to pay, "honest mistake, paid in full" in the review,
/// the day a formal demand was received, and what a settling payment says.
@Suite struct ChecklistStatePlanTests {
  private let id = IncidentID(rawValue: "261129-K7QF")

  @Test func theWaysToPayOfferAPlanFormThatRecordsThePlan() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let stored = try #require(state.openIncident)
    var checklist = try #require(state.checklist)
    checklist.selectedStep = try #require(Playbook.standard.index(of: .paymentOptions))
    let items = ChecklistState.actionItems(stepIndex: checklist.selectedStep, in: .standard)
    checklist.selectedItem = try #require(items.firstIndex(of: .agreePlan))
    guard case .present(.form(var form))? = checklist.update(.activate, on: stored, context: state.screenContext).first else {
      Issue.record("no plan form")
      return
    }
    #expect(form.purpose == .plan(id))
    #expect(form.fields.map(\.key) == [.parts, .day, .rhythm])
    // Every two weeks.
    _ = form.update(.tab, command: .nextField, context: state.screenContext)
    _ = form.update(.tab, command: .nextField, context: state.screenContext)
    _ = form.update(.right, command: nil, context: state.screenContext)
    guard case .run(.record(let request))? = form.submit(context: state.screenContext).first,
      case .agreePlan(let plan) = request.intent
    else {
      Issue.record("no plan recorded")
      return
    }
    let first = Fixtures.today.adding(days: 7)
    // €42.50 in three: the odd cents on the first.
    #expect(plan.instalments == [
      Instalment(due: first, amount: Money(minorUnits: 1418)),
      Instalment(due: first.adding(days: 14), amount: Money(minorUnits: 1416)),
      Instalment(due: first.adding(days: 28), amount: Money(minorUnits: 1416)),
    ])
    #expect(request.message.english == "payment plan agreed: 3 instalments")
  }

  @Test func aPlanForMoreInstalmentsThanCentsIsRefusedOnItsField() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let stored = try #require(state.openIncident)
    var form = FormState.plan(stored.incident, context: state.screenContext)
    form.fields[0].input = TextInput("61")
    #expect(form.submit(context: state.screenContext).isEmpty)
    #expect(form.field(.parts)?.error == "a number from 1 to 60")
  }

  @Test func theChecklistShowsEachInstalmentWithItsStatus() throws {
    let today = Fixtures.today
    let plan = try InstalmentPlan.make(outstanding: Money(minorUnits: 4250), schedule: .days([today.adding(days: -1), today, today.adding(days: 7)])).get()
    let stored = Fixtures.incident(id.rawValue, at: Fixtures.moment(today.adding(days: -3), 21, 0), amount: 4250, then: [.planAgreed(plan)])
    var state = Fixtures.state(size: Size(width: 100, height: 32), cases: [stored])
    state.press(.enter)
    state.checklist?.selectedStep = try #require(Playbook.standard.index(of: .paymentOptions))
    let lines = state.render().grid.lines
    #expect(lines.contains { $0.contains("Payment plan") })
    #expect(lines.contains { $0.contains("1. 2026-11-28  €14.18  late") })
    #expect(lines.contains { $0.contains("2. 2026-11-29  €14.16  due") })
    #expect(lines.contains { $0.contains("3. 2026-12-06  €14.16  upcoming") })
    #expect(lines.contains { $0.contains("remainder of €0.02 on the first instalment") })
    #expect(lines.contains { $0.contains("» Renegotiate the payment plan…") })
    // The late instalment is the case's next action, overdue.
    #expect(lines.contains { $0.contains("Follow-up 2026-11-28 OVERDUE") })
  }

  /// Once a plan is agreed, the step offers to cancel it: a yes/no question, then the same event
  /// as `ardoise plan ID --cancel`.
  @Test func aPlanCanBeCancelledAfterAConfirmation() throws {
    let today = Fixtures.today
    let plan = try InstalmentPlan.make(outstanding: Money(minorUnits: 4250), schedule: .days([today.adding(days: 7), today.adding(days: 14)])).get()
    let stored = Fixtures.incident(id.rawValue, at: Fixtures.moment(today.adding(days: -3), 21, 0), amount: 4250, then: [.planAgreed(plan)])
    var state = Fixtures.state(size: Size(width: 100, height: 32), cases: [stored])
    state.press(.enter)
    var checklist = try #require(state.checklist)
    checklist.selectedStep = try #require(Playbook.standard.index(of: .paymentOptions))
    let items = ChecklistState.actionItems(stepIndex: checklist.selectedStep, in: .standard, for: stored.incident)
    #expect(!ChecklistState.actionItems(stepIndex: checklist.selectedStep, in: .standard).contains(ActionItem.cancelPlan))
    checklist.selectedItem = try #require(items.firstIndex(of: .cancelPlan))
    state.checklist = checklist
    #expect(state.render().grid.lines.contains { $0.contains("» Cancel the payment plan…") })
    let openCase = try #require(state.openIncident)
    guard case .present(.confirm(let confirm))? = checklist.update(.activate, on: openCase, context: state.screenContext).first else {
      Issue.record("no confirmation")
      return
    }
    #expect(confirm.question == "Cancel the payment plan in force? (It stays in the history.)")
    #expect(confirm.update(.deny, context: state.screenContext) == [.dismiss])
    guard case .run(.record(let request))? = confirm.update(.confirm, context: state.screenContext).last else {
      Issue.record("nothing recorded")
      return
    }
    #expect(request.intent == .cancelPlan(note: nil))
    #expect(request.message.english == "payment plan cancelled")
  }

  @Test func honestMistakePaidInFullIsOneActionOfTheReview() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let stored = try #require(state.openIncident)
    var checklist = try #require(state.checklist)
    checklist.selectedStep = try #require(Playbook.standard.index(of: .review))
    let number = try #require(Playbook.standard.step(.review)?.outcomes.firstIndex { $0.id == "honest-mistake-paid" }) + 1
    guard case .present(.form(var form))? = checklist.update(.chooseOutcome(number), on: stored, context: state.screenContext).first else {
      Issue.record("no form for the payment method")
      return
    }
    guard case .run(.record(let request))? = form.submit(context: state.screenContext).first else {
      Issue.record("nothing recorded")
      return
    }
    #expect(request.intent == .chooseOutcome(step: .review, outcome: "honest-mistake-paid", value: .paymentMethod(.card), note: nil))
  }

  @Test func aSettlingPaymentSaysTheCaseIsClosedAndHowToReopenIt() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let settled = Fixtures.incident(id.rawValue, at: Fixtures.moment(Fixtures.today, 23, 12), amount: 4250, then: [
      .paymentRecorded(Payment(amount: Money(minorUnits: 4250), method: .cash), closesAs: .recovered),
    ])
    _ = state.update(.recorded(settled, RecordRequest(id, .recordPayment(Payment(amount: Money(minorUnits: 4250), method: .cash)),
                                                      message: LocalizedText("paiement", "payment"))))
    #expect(state.status == StatusMessage("✓ Saved — payment · all paid, case closed (recovered); r reopens it", .success))
  }

  @Test func theDemandFormAsksForTheDayItWasReceived() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let stored = try #require(state.openIncident)
    let step = try #require(Playbook.standard.step(.authorities))
    let outcome = try #require(step.outcome("demand-sent"))
    var form = FormState.outcome(outcome, of: step, on: stored.incident, context: state.screenContext)
    #expect(form.fields.map(\.key) == [.day, .received])
    form.fields[0].input = TextInput("2026-11-20")
    form.fields[1].input = TextInput("2026-11-24")
    guard case .run(.record(let request))? = form.submit(context: state.screenContext).first else {
      Issue.record("nothing recorded")
      return
    }
    let sent = CalendarDay(year: 2026, month: 11, day: 20)
    let received = CalendarDay(year: 2026, month: 11, day: 24)
    #expect(request.intent == .chooseOutcome(step: .authorities, outcome: "demand-sent", value: .sentAndReceived(sent: sent, received: received), note: nil))
    // Recorded without the day received, the form comes back with the day sent, to add it.
    let demanded = Fixtures.incident(id.rawValue, at: Fixtures.moment(Fixtures.today.adding(days: -10), 21, 0), amount: 4250, then: [
      .stepRecorded(StepRecord(step: .authorities, status: .pending, outcome: "demand-sent",
                               legal: LegalRecord(action: .formalDemand, day: sent, deadline: sent.adding(days: 14)))),
    ])
    let again = FormState.outcome(outcome, of: step, on: demanded.incident, context: state.screenContext)
    #expect(again.field(.day)?.value == "2026-11-20")
    #expect(again.field(.received)?.value == "")
    #expect(again.field(.received)?.help?.english == "day on the acknowledgement of receipt; empty = not back yet (the deadline is then estimated from sending)")
  }

  /// England and Wales: the form says the letter before claim's time runs from its date, and that
  /// the day received is optional and changes nothing.
  @Test func underEnglandAndWalesTheDemandFormSaysReceiptChangesNothing() throws {
    var state = Fixtures.state()
    state.jurisdiction = .englandAndWales
    state.press(.enter)
    let stored = try #require(state.openIncident)
    let step = try #require(Playbook.standard(for: .englandAndWales).step(.authorities))
    let outcome = try #require(step.outcome("demand-sent"))
    let form = FormState.outcome(outcome, of: step, on: stored.incident, context: state.screenContext)
    #expect(form.field(.day)?.help == LocalizedText("date d’envoi, celle de la lettre : le délai en part", "day it was posted, the letter’s date: the deadline runs from it"))
    #expect(form.field(.received)?.help?.english == "optional: the deadline runs from the letter’s date, receipt changes nothing")
  }
}
