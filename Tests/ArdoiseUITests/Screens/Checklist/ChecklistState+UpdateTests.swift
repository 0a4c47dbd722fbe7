import Testing
@testable import ArdoiseCore
@testable import ArdoiseUI

/// The checklist on its own, with the open case handed in: its update changes only its own state
/// and returns what the app must do.
@Suite struct ChecklistStateUpdateTests {
  @Test func aReadOnlyCaseSaysWhyAndOpensNoForm() throws {
    var stored = Fixtures.threeCases[0]
    stored.readOnlyReason = LocalizedText("ligne 3 illisible", "line 3 unreadable")
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

  /// A digit past the step's last outcome says so, precisely, instead of doing nothing: which
  /// number, and how many outcomes the step has (one, or none, in a restaurant's own playbook).
  @Test(arguments: [
    (Language.english, 2, "No outcome 9 here: this step has 2."),
    (.french, 2, "Aucune suite n°\u{00A0}9 ici\u{202F}: cette étape en propose 2."),
    (.english, 1, "No outcome 9 here: this step has only one."),
    (.french, 1, "Aucune suite n°\u{00A0}9 ici\u{202F}: cette étape n’en propose qu’une."),
    (.english, 0, "This step has no outcome to choose: mark it done with m."),
    (.french, 0, "Cette étape ne propose aucune suite\u{202F}: marquez-la faite avec m."),
  ])
  func aDigitWithNoOutcomeSaysSo(language: Language, count: Int, message: String) throws {
    var state = Fixtures.state(language)
    state.press(.enter)
    let step = try #require(state.checklist?.selectedStep)
    #expect(state.playbook.steps[step].outcomes.count >= count)
    state.playbook.steps[step].outcomes = Array(state.playbook.steps[step].outcomes.prefix(count))
    let stored = try #require(state.openIncident)
    var checklist = try #require(state.checklist)
    let before = checklist
    #expect(checklist.update(.chooseOutcome(9), on: stored, context: state.screenContext) == [.status(StatusMessage(message, .warning))])
    #expect(checklist == before)
  }
}

@Suite struct ChecklistDocumentMenuTests {
  /// The letters that go by post are offered as a PDF to print, after the Markdown documents.
  @Test func theDocumentMenuOffersThePostedLettersAsPDF() {
    var state = Fixtures.state()
    state.jurisdiction = .englandAndWales
    state.press(.enter, .character("w"))
    guard case .menu(let menu)? = state.overlay else {
      Issue.record("expected the document menu")
      return
    }
    #expect(menu.items.count == 16)
    #expect(menu.items[8...9].map(\.choice) == [.emailMenu, .printMenu])
    #expect(state.render().grid.lines.contains { $0.contains("Letter before claim — PDF to print") })
    #expect(state.press(.character("8")) == [.writeDocument(IncidentID(rawValue: "261129-K7QF"), kind: .demandLetter, asPDF: true)])
  }

  /// The acknowledgement, the plan and the receipt are in the menu; the protocol's enclosures
  /// only under the law of England and Wales.
  @Test func theDocumentMenuFollowsTheJurisdiction() {
    for (jurisdiction, expected) in [(Jurisdiction.france, false), (.englandAndWales, true), (.unsupported("de"), false)] {
      var state = Fixtures.state()
      state.jurisdiction = jurisdiction
      state.press(.enter, .character("w"))
      guard case .menu(let menu)? = state.overlay else {
        Issue.record("expected the document menu")
        return
      }
      let kinds = menu.items.compactMap { if case .document(let kind, _) = $0.choice { kind } else { nil } }
      #expect(kinds.contains(.acknowledgement) && kinds.contains(.paymentPlan) && kinds.contains(.receipt))
      #expect(kinds.contains(.informationSheet) == expected && kinds.contains(.replyForm) == expected
              && kinds.contains(.financialStatement) == expected)
    }
  }
}
