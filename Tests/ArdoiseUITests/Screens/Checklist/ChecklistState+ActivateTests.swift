import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The prevention step's “Record a measure taken…”: a form (which measure, a note) that records
/// the measure in the case's log.
@Suite struct ChecklistStateActivateTests {
  private let id = IncidentID(rawValue: "261129-K7QF")

  @Test(arguments: [Language.english, .french])
  func thePreventionStepOffersToRecordAMeasure(language: Language) {
    let (state, _) = ChecklistStateAdviceTests.onPrevention(language)
    let text = state.render().grid.text
    #expect(text.contains(language == .french ? "» Enregistrer une mesure prise…" : "» Record a measure taken…"))
    #expect(ChecklistState.actionItems(stepIndex: ChecklistStateAdviceTests.preventionIndex, in: .standard).contains(.recordMeasure))
    // Only there.
    for index in Playbook.standard.steps.indices where index != ChecklistStateAdviceTests.preventionIndex {
      #expect(!ChecklistState.actionItems(stepIndex: index, in: .standard).contains(.recordMeasure))
    }
  }

  @Test func theMeasureFormRecordsTheKindChosenAndTheNote() throws {
    let (state, _) = ChecklistStateAdviceTests.onPrevention()
    let stored = try #require(state.openIncident)
    var checklist = try #require(state.checklist)
    let items = ChecklistState.actionItems(stepIndex: checklist.selectedStep, in: .standard)
    checklist.pane = .actions
    checklist.selectedItem = try #require(items.firstIndex(of: .recordMeasure))
    guard case .present(.form(var form))? = checklist.update(.activate, on: stored, context: state.screenContext).first else {
      Issue.record("no measure form")
      return
    }
    #expect(form.purpose == .measure(id))
    #expect(form.fields.map(\.key) == [.kind, .day, .note])
    // Taken today unless changed.
    #expect(form.fields[1].input.text == Fixtures.today.formatted(.english))
    // The first kind is payment when serving; one to the right, the deposit for large parties.
    _ = form.update(.right, command: nil, context: state.screenContext)
    form.fields[2].input = TextInput("from 6 covers")
    guard case .run(.record(let request))? = form.submit(context: state.screenContext).first else {
      Issue.record("no measure recorded")
      return
    }
    #expect(request.intent == .recordMeasure(PreventionMeasure(kind: .deposit, note: "from 6 covers", day: Fixtures.today)))
    #expect(request.message.english == "measure: card guarantee or deposit for large parties")
  }

  @Test func theMeasureFormTakesADayBeforeTodayInTheUsualForms() throws {
    let (state, _) = ChecklistStateAdviceTests.onPrevention()
    let stored = try #require(state.openIncident)
    var checklist = try #require(state.checklist)
    checklist.pane = .actions
    checklist.selectedItem = try #require(ChecklistState.actionItems(stepIndex: checklist.selectedStep, in: .standard).firstIndex(of: .recordMeasure))
    guard case .present(.form(let form))? = checklist.update(.activate, on: stored, context: state.screenContext).first else {
      Issue.record("no measure form")
      return
    }
    for (typed, day) in [("yesterday", Fixtures.today.adding(days: -1)), (Fixtures.today.adding(days: -3).description, Fixtures.today.adding(days: -3))] {
      var typing = form
      typing.fields[1].input = TextInput(typed)
      guard case .run(.record(let request))? = typing.submit(context: state.screenContext).first else {
        Issue.record("no measure recorded for \(typed)")
        continue
      }
      #expect(request.intent == .recordMeasure(PreventionMeasure(kind: .payWhenServed, day: day)))
    }
    // An unreadable day stays in the form, with the reason.
    var wrong = form
    wrong.fields[1].input = TextInput("someday")
    #expect(wrong.submit(context: state.screenContext).isEmpty)
  }
}

/// On the authorities step, a court order recorded and not served offers “Order served on…”,
/// which records the order again with the day served; the agenda then counts the month to object
/// from that day.
@Suite struct ChecklistStateOrderServedTests {
  private static let id = "261120-B2CD"
  private static let made = Fixtures.today.adding(days: -4)
  private static let authoritiesIndex = Playbook.standard.index(of: .authorities) ?? 5

  private static func order(servedOn served: CalendarDay? = nil) -> StoredIncident {
    Fixtures.incident(id, at: Fixtures.moment(Fixtures.today.adding(days: -9), 21, 5), amount: 4250, then: [
      .stepRecorded(StepRecord(step: .authorities, status: .pending, outcome: "court-order",
                               legal: LegalRecord(action: .courtOrder, day: made, received: served))),
    ])
  }

  private static func items(_ stored: StoredIncident) -> [ActionItem] {
    ChecklistState.actionItems(stepIndex: authoritiesIndex, in: .standard, for: stored.incident)
  }

  @Test func offeredOnlyWhileTheOrderIsNotServed() {
    #expect(Self.items(Self.order()).contains(.orderServed))
    #expect(!Self.items(Self.order(servedOn: Fixtures.today)).contains(.orderServed))
    let none = Fixtures.incident(Self.id, at: Fixtures.moment(Fixtures.today.adding(days: -9), 21, 5), amount: 4250)
    #expect(!Self.items(none).contains(.orderServed))
  }

  @Test(arguments: [Language.english, .french])
  func theAuthoritiesStepShowsTheAction(language: Language) throws {
    var state = Fixtures.state(language, size: Size(width: 120, height: 40), cases: [Self.order()])
    state.press(.enter)
    state.checklist?.selectedStep = Self.authoritiesIndex
    #expect(state.render().grid.text.contains(language == .french ? "» Ordonnance signifiée le…" : "» Order served on…"))
  }

  @Test func theFormRecordsTheOrderWithTheDayServedAndTheAgendaCountsTheMonthToObject() throws {
    var state = Fixtures.state(size: Size(width: 120, height: 40), cases: [Self.order()])
    state.press(.enter)
    let stored = try #require(state.openIncident)
    var checklist = try #require(state.checklist)
    checklist.selectedStep = Self.authoritiesIndex
    checklist.pane = .actions
    checklist.selectedItem = try #require(Self.items(stored).firstIndex(of: .orderServed))
    guard case .present(.form(var form))? = checklist.update(.activate, on: stored, context: state.screenContext).first else {
      Issue.record("no form for the day served")
      return
    }
    #expect(form.fields.map(\.key) == [.day, .received])
    #expect(form.fields[0].input.text == Self.made.formatted(.english))
    let served = Fixtures.today.adding(days: -1)
    form.fields[1].input = TextInput(served.formatted(.english))
    guard case .run(.record(let request))? = form.submit(context: state.screenContext).first else {
      Issue.record("nothing recorded")
      return
    }
    let intent = Intent.chooseOutcome(step: .authorities, outcome: "court-order", value: .sentAndReceived(sent: Self.made, received: served), note: nil)
    #expect(request.intent == intent)
    // What the store would write, then the agenda of the case (France: one month to object).
    let policy = RecoveryPolicy(today: Fixtures.today)
    guard case .success(let body) = stored.incident.decide(intent, playbook: .standard, policy: policy) else {
      Issue.record("refused")
      return
    }
    var events = stored.incident.events
    let at = Fixtures.moment(Fixtures.today, 12, 0)
    events.append(Event(id: EventID(rawValue: Self.id + "-99"), occurredAt: at, recordedAt: at, actor: "Claire", body: body))
    let incident = try #require(Incident.replay(id: stored.incident.id, events: events).incident)
    #expect(ChecklistState.unservedOrder(of: incident) == nil)
    let rules = AgendaRules(clocks: AgendaClocks(config: Config()))
    let kinds = rules.items(for: AgendaCase(incident, debtorKind: nil), today: Fixtures.today)
    #expect(kinds.first { $0.kind == .objection }?.day == served.adding(months: 1))
    #expect(!kinds.contains { $0.kind == .orderService })
  }
}
