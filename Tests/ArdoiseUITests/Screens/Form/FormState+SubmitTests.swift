import Foundation
import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// A form read by typed keys: a choice field gives back the enum it was built from.
@Suite struct FormStateSubmitTests {
  @Test func aContactFormRecordsTheChosenChannelAndOutcome() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let context = state.screenContext
    let id = try #require(context.openCase?.incident.id)
    var form = FormState.contact(id)
    #expect(form.field(.channel)?.choice == .contactChannel(.phone))
    #expect(form.update(.right, command: nil, context: context).isEmpty)
    #expect(form.field(.channel)?.choice == .contactChannel(.email))
    #expect(form.update(.tab, command: .nextField, context: context).isEmpty)
    #expect(form.update(.character("r"), command: nil, context: context).isEmpty)
    #expect(form.field(.outcome)?.choice == .contactOutcome(.reached))
    #expect(form.isDirty)
    let requests = form.update(.enter, command: .submit, context: context)
    guard case .run(.record(let request))? = requests.first, case .recordContact(let attempt) = request.intent else {
      Issue.record("no contact recorded: \(requests)")
      return
    }
    #expect(attempt.channel == .email && attempt.outcome == .reached)
    #expect(attempt.followUp == Fixtures.today.adding(days: 2))
  }

  /// The walkout is usually recorded some minutes after it happened: its time typed as a time ago.
  @Test(arguments: ["-20", "20 min ago", "il y a 20 min"])
  func aNewWalkoutTakesATimeAgo(typed: String) {
    var state = Fixtures.state()
    state.press(.character("n"))
    state.type(typed)
    state.press(.tab)
    state.type("12")
    let effects = state.press(.enter)
    guard case .create(let facts)? = effects.first else {
      Issue.record("nothing created: \(effects), \(String(describing: state.overlay))")
      return
    }
    #expect(facts.occurredAt == Timestamp(Fixtures.now.addingTimeInterval(-20 * 60), in: Fixtures.utc))
  }

  /// A refused field keeps the form open, with the error under that field and the keyboard on it.
  @Test func aRefusedDayIsMarkedOnItsField() {
    let state = Fixtures.state()
    var form = FormState.contact(IncidentID(rawValue: "261129-K7QF"))
    form.fields[2].input = TextInput("32/13")
    #expect(form.submit(context: state.screenContext).isEmpty)
    #expect(form.field(.followUp)?.error != nil)
    #expect(form.focus == 2)
  }

  /// The authorities step's “order made” outcome asks for the order's day (today by default) and
  /// records it as the outcome's day.
  @Test func aCourtOrderFormRecordsTheDayOfTheOrder() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let context = state.screenContext
    let stored = try #require(context.openCase)
    let step = try #require(Playbook.standard.step(.authorities))
    let outcome = try #require(step.outcomes.first { $0.effect == .courtOrderMade })
    let requests = ChecklistState.start(outcome, of: step, on: stored, context: context)
    guard case .present(.form(var form))? = requests.first else {
      Issue.record("no form: \(requests)")
      return
    }
    #expect(form.field(.day)?.label == LocalizedText("Rendue le", "Made on"))
    #expect(form.field(.day)?.input.text == Fixtures.today.formatted(.english))
    let submitted = form.update(.enter, command: .submit, context: context)
    guard case .run(.record(let request))? = submitted.first,
      case .chooseOutcome(let stepID, let outcomeID, let value, _) = request.intent
    else {
      Issue.record("no outcome recorded: \(submitted)")
      return
    }
    #expect(stepID == .authorities && outcomeID == "court-order" && value == .day(Fixtures.today))
  }
}
