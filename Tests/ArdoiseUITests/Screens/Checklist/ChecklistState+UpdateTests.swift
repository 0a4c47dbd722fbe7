import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The checklist on its own, with the open case handed in: its update changes only its own state
/// and returns what the app must do.
@Suite struct ChecklistStateUpdateTests {
  @Test func aReadOnlyCaseSaysWhyAndOpensNoForm() throws {
    var stored = Fixtures.threeCases[0]
    stored.readOnlyReason = L("ligne 3 illisible", "line 3 unreadable")
    var state = Fixtures.state(cases: [stored])
    state.press(.enter)
    var checklist = try #require(state.checklist)
    let before = checklist
    let requests = checklist.update(.recordPayment, on: stored, context: state.screenContext)
    #expect(requests == [.status(StatusMessage("Read-only: line 3 unreadable", .error))])
    #expect(checklist == before)
    // Writing a document only reads the case: the menu opens.
    guard case .present(.menu(let menu))? = checklist.update(.writeDocument, on: stored, context: state.screenContext).first else {
      Issue.record("no document menu")
      return
    }
    #expect(menu.incident == stored.incident.id)
  }

  @Test func movingInTheStepsPaneSelectsAStepAndBackLeavesTheCase() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let stored = try #require(state.openIncident)
    var checklist = try #require(state.checklist)
    #expect(checklist.update(.switchPane, on: stored, context: state.screenContext).isEmpty)
    #expect(checklist.update(.moveDown, on: stored, context: state.screenContext).isEmpty)
    #expect(checklist.pane == .steps && checklist.selectedStep == 1 && checklist.selectedItem == 0)
    #expect(checklist.update(.back, on: stored, context: state.screenContext) == [.leaveCase(stored.incident.id)])
  }
}
