import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The agenda screen's keys: `a` opens it and asks for the agenda, arrows move over items (not
/// headings), ⏎ opens the case at the item's step, Esc goes back; the start line stays until a key.
@Suite struct AgendaStateUpdateTests {
  static let rules = AgendaRules(clocks: .france(demandDays: 8, purgePaidAfterDays: 2))

  /// The three cases of the fixtures, on the agenda: 261120-B2CD's follow-up (overdue, on the
  /// contact step), and the CCTV clips of the open cases.
  static func agenda() -> Agenda {
    Agenda(Fixtures.threeCases.map { AgendaCase($0.incident, debtorKind: nil) }, rules: rules, today: Fixtures.today)
  }

  static func openAgenda(_ language: Language = .english) -> AppState {
    var state = Fixtures.state(language)
    #expect(state.press(.character("a")) == [.loadAgenda])
    _ = state.update(.agendaLoaded(agenda()))
    return state
  }

  @Test func aOpensTheAgendaWhichReadsUntilTheAgendaComes() {
    var state = Fixtures.state()
    #expect(state.press(.character("a")) == [.loadAgenda])
    #expect(state.overlay == .agenda(AgendaState()))
    #expect(state.keyContext == .agenda)
    #expect(state.render().grid.text.contains("Reading the cases…"))
    _ = state.update(.agendaLoaded(Self.agenda()))
    guard case .agenda(let screen)? = state.overlay else {
      Issue.record("the agenda closed")
      return
    }
    #expect(screen.items?.map { "\($0.caseID.rawValue) \($0.kind.rawValue) \($0.state.rawValue)" } == [
      "261120-B2CD follow-up overdue",
      "261120-B2CD cctv-export upcoming",
      "261129-K7QF cctv-export upcoming",
    ])
  }

  @Test func enterOpensTheSelectedItemsCaseAtItsStep() {
    var state = Self.openAgenda()
    #expect(state.press(.enter).isEmpty)
    #expect(state.overlay == nil)
    #expect(state.checklist?.incident == IncidentID(rawValue: "261120-B2CD"))
    #expect(state.checklist?.selectedStep == Playbook.standard.index(of: .contact))
    // The second item: the CCTV clip, on the review step.
    state = Self.openAgenda()
    state.press(.down)
    state.press(.enter)
    #expect(state.checklist?.selectedStep == Playbook.standard.index(of: .review))
  }

  @Test func aCaseNotReadYetOpensAtTheStepOnceRead() {
    var state = Fixtures.state(cases: [])
    _ = state.update(.casesChanged(Fixtures.threeCases.map(IncidentSummary.init), removed: []))
    state.press(.character("a"))
    _ = state.update(.agendaLoaded(Self.agenda()))
    #expect(state.press(.enter) == [.loadCase(IncidentID(rawValue: "261120-B2CD"))])
    _ = state.update(.caseLoaded(Fixtures.threeCases[1]))
    #expect(state.checklist?.selectedStep == Playbook.standard.index(of: .contact))
  }

  @Test func movingStaysWithinTheItems() {
    var state = Self.openAgenda()
    state.press(.up)
    #expect(Self.selected(state) == 0)
    state.press(.end)
    #expect(Self.selected(state) == 2)
    state.press(.down)
    #expect(Self.selected(state) == 2)
    state.press(.character("g"))
    #expect(Self.selected(state) == 0)
  }

  @Test func escapeGoesBackAndQuestionMarkListsTheAgendasKeys() {
    var state = Self.openAgenda()
    state.press(.down)
    state.press(.character("?"))
    #expect(state.overlay == .help(HelpState(screen: .agenda)))
    #expect(state.render().grid.text.contains("open at the step"))
    // Help closed: back on the agenda, on the same item.
    state.press(.escape)
    #expect(state.keyContext == .agenda)
    #expect(Self.selected(state) == 1)
    state.press(.escape)
    #expect(state.overlay == nil && state.keyContext == .caseList)
    // Help from the case list still closes to the case list.
    state.press(.character("?"))
    state.press(.escape)
    #expect(state.overlay == nil && state.keyContext == .caseList)
  }

  @Test func aCaseOpenedFromTheAgendaGoesBackToTheAgenda() {
    var state = Self.openAgenda()
    state.press(.down)
    state.press(.enter)
    #expect(state.keyContext == .checklist)
    // Help within the case closes to the case, not to the agenda.
    state.press(.character("?"))
    state.press(.escape)
    #expect(state.keyContext == .checklist)
    // Leaving the case: the agenda again, on the same item, read again.
    #expect(state.press(.escape) == [.loadAgenda])
    #expect(state.checklist == nil)
    #expect(state.keyContext == .agenda)
    _ = state.update(.agendaLoaded(Self.agenda()))
    #expect(Self.selected(state) == 1)
    state.press(.escape)
    #expect(state.keyContext == .caseList)
    // A case opened from the case list goes back to the case list.
    state.press(.enter)
    #expect(state.keyContext == .checklist)
    #expect(state.press(.escape).isEmpty)
    #expect(state.overlay == nil && state.keyContext == .caseList)
  }

  @Test func theAgendaFollowsChangesMadeElsewhere() {
    var state = Self.openAgenda()
    #expect(state.update(.casesChanged([IncidentSummary(Fixtures.threeCases[0])], removed: [])) == [.loadAgenda])
    state.press(.escape)
    #expect(state.update(.casesChanged([IncidentSummary(Fixtures.threeCases[0])], removed: [])).isEmpty)
  }

  @Test func theAgendaReloadsWhenTheCalendarDayChangesWhileItIsOpen() {
    var state = Self.openAgenda()
    // 23:40 to 23:59: the same day, nothing to read again.
    #expect(state.update(.tick(Fixtures.now.addingTimeInterval(19 * 60))) == [.refresh])
    // Past midnight: the agenda is read again for the new day.
    #expect(state.update(.tick(Fixtures.now.addingTimeInterval(21 * 60))) == [.refresh, .loadAgenda])
    #expect(state.today == Fixtures.today.adding(days: 1))
    // Closed, a new day reads nothing.
    state.press(.escape)
    #expect(state.update(.tick(Fixtures.now.addingTimeInterval(86_400 + 21 * 60))) == [.refresh])
  }

  @Test func theStartLineStaysUntilAKeyIsPressed() {
    var state = Fixtures.state(.french)
    _ = state.update(.startLineCounted(Self.agenda().counts))
    #expect(state.startLine == "aucune action à faire aujourd’hui, 1 en retard")
    #expect(state.render().grid.lines[22].trimmingCharacters(in: .whitespaces) == "aucune action à faire aujourd’hui, 1 en retard")
    // A tick does not take it away; a key (even a move) does.
    _ = state.update(.tick(Fixtures.now))
    #expect(state.startLine != nil)
    state.press(.down)
    #expect(state.startLine == nil)
    #expect(!state.render().grid.text.contains("en retard"))
  }

  @Test func aStartLineReadAfterAKeyWasPressedIsNotShown() {
    // Read off the screen's thread: the user may have pressed a key meanwhile.
    var state = Fixtures.state()
    state.press(.down)
    _ = state.update(.startLineCounted(Self.agenda().counts))
    #expect(state.startLine == nil)
  }

  @Test func theStartLinesCountsNeverFillTheAgendaScreen() {
    // They hold no items; the screen waits for its own reading.
    var state = Fixtures.state()
    #expect(state.press(.character("a")) == [.loadAgenda])
    _ = state.update(.startLineCounted(AgendaCounts(dueToday: 0, overdue: 1)))
    #expect(state.overlay == .agenda(AgendaState()))
    #expect(state.render().grid.text.contains("Reading the cases…"))
  }

  @Test func anAgendaReadLaterLeavesNoStartLine() {
    var state = Fixtures.state()
    _ = state.update(.agendaLoaded(Self.agenda()))
    #expect(state.startLine == nil)
  }

  static func selected(_ state: AppState) -> Int? {
    if case .agenda(let screen)? = state.overlay { return screen.selected }
    return nil
  }
}
