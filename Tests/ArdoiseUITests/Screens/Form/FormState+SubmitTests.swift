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

  /// A refused field keeps the form open, with the error under that field and the keyboard on it.
  @Test func aRefusedDayIsMarkedOnItsField() {
    let state = Fixtures.state()
    var form = FormState.contact(IncidentID(rawValue: "261129-K7QF"))
    form.fields[2].input = TextInput("32/13")
    #expect(form.submit(context: state.screenContext).isEmpty)
    #expect(form.field(.followUp)?.error != nil)
    #expect(form.focus == 2)
  }
}
