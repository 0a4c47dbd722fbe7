import ArdoiseCore
import Testing
@testable import ArdoiseUI

@Suite struct AppStateUpdateTests {
  @Test func listIsOpenFirstThenNewestAndScopeCycles() {
    var state = Fixtures.state()
    #expect(state.list.visible.map(\.rawValue) == ["261129-K7QF", "261120-B2CD"])
    // Due: open, with a follow-up today or overdue (B2CD's promise was two days ago).
    state.press(.tab)
    #expect(state.list.scope == .due)
    #expect(state.list.visible.map(\.rawValue) == ["261120-B2CD"])
    #expect(state.status?.text == "Showing: cases due for a follow-up (today or overdue)")
    state.press(.tab)
    #expect(state.list.visible.map(\.rawValue) == ["261101-X9YZ"])
    state.press(.tab)
    #expect(state.list.visible.map(\.rawValue) == ["261129-K7QF", "261120-B2CD", "261101-X9YZ"])
    state.press(.tab)
    #expect(state.list.scope == .open)
  }

  /// A follow-up due today counts as due, one tomorrow does not; a closed case never does.
  @Test func theDueViewHoldsFollowUpsOfTodayAndBefore() {
    let today = Fixtures.today
    var state = Fixtures.state(cases: [
      Fixtures.incident("261128-TDAY", at: Fixtures.moment(today.adding(days: -1), 21, 0), amount: 1_000,
                        then: [.followUpScheduled(today)]),
      Fixtures.incident("261128-TMRW", at: Fixtures.moment(today.adding(days: -1), 22, 0), amount: 1_000,
                        then: [.followUpScheduled(today.adding(days: 1))]),
      Fixtures.incident("261127-SHUT", at: Fixtures.moment(today.adding(days: -2), 20, 0), amount: 1_000,
                        then: [.followUpScheduled(today.adding(days: -1)), .closed(.writtenOff, note: nil)]),
    ])
    state.press(.tab)
    #expect(state.list.visible.map(\.rawValue) == ["261128-TDAY"])
    #expect(state.openSummary.due == 1)
    #expect(state.render().grid.lines[0].contains("2 open · 1 due · €20.00 owed · view: due"))
    var empty = Fixtures.state(cases: [Fixtures.incident("261128-TMRW", at: Fixtures.moment(today, 12, 0), amount: 1_000)])
    empty.press(.tab)
    #expect(empty.render().grid.text.contains("No follow-up due today. ⇥ to change the view, n for a new case."))
  }

  @Test func arrowsAndVimKeysMoveTheSelection() {
    var state = Fixtures.state()
    state.press(.tab, .tab, .tab, .home)
    #expect(state.list.selectedID?.rawValue == "261129-K7QF")
    state.press(.down)
    #expect(state.list.selectedID?.rawValue == "261120-B2CD")
    state.press(.character("j"))
    #expect(state.list.selectedID?.rawValue == "261101-X9YZ")
    state.press(.character("j"), .down)
    #expect(state.list.selectedID?.rawValue == "261101-X9YZ")
    state.press(.character("g"))
    #expect(state.list.selectedID?.rawValue == "261129-K7QF")
    state.press(.end)
    #expect(state.list.selectedID?.rawValue == "261101-X9YZ")
    state.press(.up, .character("k"))
    #expect(state.list.selectedID?.rawValue == "261129-K7QF")
  }

  @Test func filterMatchesAnyTextAndEscClearsIt() {
    var state = Fixtures.state()
    state.press(.tab, .tab, .tab, .character("/"))
    #expect(state.keyContext == .filter)
    state.type("karim")
    #expect(state.list.visible.map(\.rawValue) == ["261120-B2CD"])
    // Typed letters go to the filter, never to commands.
    state.type(" q")
    #expect(state.isFinished == false)
    #expect(state.list.visible.isEmpty)
    state.press(.backspace, .backspace)
    #expect(state.list.visible.count == 1)
    state.press(.escape)
    #expect(state.list.visible.count == 3)
    #expect(state.keyContext == .caseList)
  }

  @Test func selectionStaysOnItsCaseWhenDataReloads() {
    var state = Fixtures.state()
    state.press(.down)
    #expect(state.list.selectedID?.rawValue == "261120-B2CD")
    let newer = Fixtures.incident("261129-NEW1", at: Fixtures.moment(Fixtures.today, 23, 30), amount: 900)
    _ = state.update(.casesChanged([IncidentSummary(newer)], removed: []))
    #expect(state.list.visible.first?.rawValue == "261129-NEW1")
    #expect(state.list.selectedID?.rawValue == "261120-B2CD")
  }

  @Test func recordingAWalkoutValidatesLikeTheCommandLine() {
    var state = Fixtures.state(.french)
    state.press(.character("n"))
    guard case .form(let form)? = state.overlay else {
      Issue.record("no form")
      return
    }
    #expect(form.field(.when)?.value == "29/11/2026 23:40")
    state.press(.tab)
    state.type("42,505")
    #expect(state.press(.enter).isEmpty)
    guard case .form(let refused)? = state.overlay else {
      Issue.record("form closed")
      return
    }
    #expect(refused.field(.amount)?.error == "«\u{202F}42,505\u{202F}» est ambigu (milliers ou décimales\u{202F}?)\u{202F}: écrivez 1234 ou 1,23")
    state.press(.backspace)
    let effects = state.press(.enter)
    guard case .create(let facts)? = effects.first else {
      Issue.record("no create effect: \(effects)")
      return
    }
    #expect(facts.amount == Money(minorUnits: 4250))
    #expect(facts.occurredAt == Fixtures.moment(Fixtures.today, 23, 40))
    // The form stays until the store says it is saved.
    #expect(state.overlay != nil)
    let saved = Fixtures.incident("261129-SAV1", at: facts.occurredAt, amount: 4250)
    _ = state.update(.created(saved))
    #expect(state.overlay == nil)
    #expect(state.checklist == ChecklistState(incident: IncidentID(rawValue: "261129-SAV1"), selectedStep: 0))
  }

  @Test func escapeAsksBeforeDiscardingTypedText() {
    var state = Fixtures.state()
    state.press(.character("n"))
    state.press(.escape)
    #expect(state.overlay == nil)
    state.press(.character("n"), .tab)
    state.type("12")
    state.press(.escape)
    guard case .confirm? = state.overlay else {
      Issue.record("expected a confirmation")
      return
    }
    state.press(.character("n"))
    guard case .form(let form)? = state.overlay else {
      Issue.record("the form should be back")
      return
    }
    #expect(form.field(.amount)?.value == "12")
    state.press(.escape, .character("y"))
    #expect(state.overlay == nil)
  }

  @Test func textInputHandlesAccentsCursorAndDeletion() {
    var input = TextInput()
    for character in "Café €" { input.handle(.character(character)) }
    input.handle(.home)
    input.handle(.delete)
    input.handle(.end)
    input.handle(.left)
    input.handle(.backspace)
    #expect(input.text == "afé€")
    #expect(input.cursor == 3)
    #expect(input.visible(width: 10).cursorColumn == 3)
  }

  @Test func choosingAnOutcomeRecordsItAndTheGuideMovesOn() {
    var state = Fixtures.state()
    state.press(.enter)
    let effects = state.press(.character("1"))
    guard case .record(let request)? = effects.first else {
      Issue.record("no record: \(effects)")
      return
    }
    #expect(request.intent == .chooseOutcome(step: .stayCalm, outcome: "noted", value: nil, note: nil))
    #expect(request.advancesGuide)
    let updated = Fixtures.incident("261129-K7QF", at: Fixtures.moment(Fixtures.today, 23, 12), amount: 4250,
                                    summary: "Partis fumer, jamais revenus",
                                    then: [.stepRecorded(StepRecord(step: .stayCalm, status: .done, outcome: "noted", next: .catchUp))])
    _ = state.update(.recorded(updated, request))
    #expect(state.checklist?.selectedStep == 1)
    #expect(state.status?.kind == .success)
  }

  @Test func paidOnTheSpotAsksHowThenRecordsTheWholeBalance() {
    var state = Fixtures.state()
    state.press(.enter)  // the keyboard starts on the step's actions: go to the steps pane first
    state.press(.tab, .down, .enter)
    #expect(state.checklist?.selectedStep == 1)
    state.press(.character("1"))
    guard case .form(let form)? = state.overlay else {
      Issue.record("expected the payment method form")
      return
    }
    #expect(form.field(.method)?.value == "card")
    state.press(.right)
    let effects = state.press(.enter)
    #expect(effects == [.record(RecordRequest(IncidentID(rawValue: "261129-K7QF"),
      .chooseOutcome(step: .catchUp, outcome: "paid-on-the-spot", value: .paymentMethod(.transfer), note: nil),
      message: form.title, advancesGuide: true))])
  }

  /// The payment form suggests the balance; a manager who types an amount replaces it rather
  /// than appending to it (“42,50 €20”).
  @Test func typingAnAmountReplacesTheSuggestedBalance() {
    var state = Fixtures.state(.french)
    state.press(.enter, .character("p"))
    guard case .form(let form)? = state.overlay else {
      Issue.record("expected the payment form")
      return
    }
    #expect(form.field(.amount)?.value == "42,50\u{A0}€")
    let lines = state.render().grid.lines
    #expect(lines.contains { $0.contains("Montant *") && $0.contains("42,50\u{A0}€") })
    state.type("20")
    let effects = state.press(.enter)
    guard case .record(let request)? = effects.first, case .recordPayment(let payment) = request.intent else {
      Issue.record("no payment recorded: \(effects)")
      return
    }
    #expect(payment.amount == Money(minorUnits: 2000))
  }

  /// A menu numbers its items; the digit picks the item at once, as in the checklist's outcomes.
  @Test func aDigitPicksTheMenuItemWithThatNumber() {
    var state = Fixtures.state()
    state.press(.enter, .character("w"))
    guard case .menu(let menu)? = state.overlay, menu.items.count >= 3 else {
      Issue.record("expected the document menu")
      return
    }
    #expect(state.render().grid.lines.last?.contains("0–9 pick by number") == true)
    #expect(state.press(.character("3")) == [.writeDocument(IncidentID(rawValue: "261129-K7QF"), kind: .demandLetter)])
    #expect(state.overlay == nil)
    // 9 opens the letters to email, a menu of three.
    state.press(.character("w"))
    #expect(state.press(.character("9")).isEmpty)
    guard case .menu(let email)? = state.overlay, email.items.count == 3 else {
      Issue.record("expected the email menu")
      return
    }
    #expect(email != menu)
    // A number past the last item does nothing.
    #expect(state.press(.character("4")).isEmpty)
    #expect(state.overlay == .menu(email))
    #expect(state.press(.character("3")) == [.draftEmail(IncidentID(rawValue: "261129-K7QF"), kind: .demandLetter)])
    #expect(state.overlay == nil)
  }

  @Test func aNumberPastTheLastItemDoesNothing() {
    var state = Fixtures.state()
    state.press(.enter, .character("m"))
    guard case .menu(let menu)? = state.overlay else {
      Issue.record("expected the mark-step menu")
      return
    }
    #expect(menu.items.count < 9)
    #expect(state.press(.character("9")).isEmpty)
    #expect(state.overlay == .menu(menu))
  }

  /// `a` opens the facts as they stand; what is saved is only what changed, as a correction.
  @Test func correctingTheFactsRecordsOnlyWhatChanged() {
    var state = Fixtures.state()
    state.press(.enter, .character("a"))
    guard case .form(let form)? = state.overlay else {
      Issue.record("expected the facts form")
      return
    }
    #expect(form.field(.amount)?.value == "€42.50")
    #expect(form.field(.table)?.value == "T7")
    #expect(form.field(.summary)?.value == "Partis fumer, jamais revenus")
    state.press(.tab)
    state.type("45")
    let effects = state.press(.enter)
    #expect(effects == [.record(RecordRequest(IncidentID(rawValue: "261129-K7QF"), .amend(FactsAmendment(amount: Money(minorUnits: 4500))),
                                              message: LocalizedText("faits corrigés", "facts corrected")))])
  }

  /// A long value shows its beginning until its field has the keyboard.
  @Test func anUnfocusedFieldShowsItsBeginning() {
    let long = Fixtures.incident("261129-L0NG", at: Fixtures.moment(Fixtures.today, 22, 0), amount: 4250,
                                 summary: "Card declined; the customer said he would fetch cash from the machine across the street")
    var state = Fixtures.state(cases: [long])
    state.press(.enter, .character("a"))
    var lines = state.render().grid.lines
    #expect(lines.contains { $0.contains("What happened  Card declined; the customer said he would fetch…  │") }, "\(lines.joined(separator: "\n"))")
    for _ in 0..<6 { state.press(.tab) }
    lines = state.render().grid.lines
    #expect(lines.contains { $0.contains("fetch cash from the machine across the street") })
  }

  /// A correction replaces a value; emptying a field is refused on that field, and nothing is sent.
  @Test func correctingTheFactsCannotEraseAValue() {
    var state = Fixtures.state()
    state.press(.enter, .character("a"), .tab, .tab)
    state.press(.backspace)
    #expect(state.press(.enter).isEmpty)
    guard case .form(let form)? = state.overlay else {
      Issue.record("the form should stay")
      return
    }
    #expect(form.field(.table)?.error == "a correction replaces a value; it cannot erase one")
  }

  @Test func closingAsksWhichResolutionThenConfirms() {
    var state = Fixtures.state()
    state.press(.down, .enter, .character("x"))
    guard case .menu(let menu)? = state.overlay else {
      Issue.record("expected the resolution menu")
      return
    }
    #expect(menu.items.first?.choice == .resolution(.partlyRecovered))
    // The menu is wide enough for its whole title.
    let lines = state.render().grid.lines
    #expect(lines.contains { $0.contains("─ Close the case: how? ─") }, "\(lines.joined(separator: "\n"))")
    state.press(.enter)
    guard case .confirm? = state.overlay else {
      Issue.record("expected a confirmation")
      return
    }
    #expect(state.press(.character("n")).isEmpty)
    #expect(state.overlay == nil)
    state.press(.character("x"), .enter)
    let effects = state.press(.character("o"))
    #expect(effects.count == 1)
    if case .record(let request)? = effects.first {
      #expect(request.intent == .close(.partlyRecovered, note: nil))
    }
  }

  @Test func aFailedWriteSaysSoAndShowsWhatIsOnDisk() {
    var state = Fixtures.state()
    state.press(.down, .enter, .character("p"))
    let effects = state.press(.enter)
    #expect(effects.count == 1)
    let onDisk = Fixtures.threeCases[1]
    _ = state.update(.failed(LocalizedText("disque plein", "disk full"), current: onDisk))
    guard case .form(let form)? = state.overlay else {
      Issue.record("the form should stay open")
      return
    }
    #expect(form.error == "disk full")
    #expect(state.status == StatusMessage("✗ disk full", .error))
  }

  @Test func helpListsTheKeysOfTheScreenFromTheKeyTable() {
    var state = Fixtures.state()
    state.press(.character("?"))
    let text = state.render().grid.text
    for binding in Keymap.bindings(for: .caseList) where !binding.keys.isEmpty {
      #expect(text.contains(binding.keyLabel), "help lacks \(binding.keyLabel)")
    }
    state.press(.escape)
    #expect(state.overlay == nil)
  }

  /// Help taller than the screen says which lines show, and PgDn reaches the end.
  @Test func helpSaysWhereItStandsWhenItScrolls() {
    var state = Fixtures.state(size: Size(width: 80, height: 24))
    state.press(.enter, .character("?"))
    var lines = state.render().grid.lines
    guard let footer = lines.first(where: { $0.hasPrefix("└") }), let range = footer.range(of: #" 1–20/\d+ "#, options: .regularExpression) else {
      Issue.record("no position in\n\(lines.joined(separator: "\n"))")
      return
    }
    let total = footer[range].split(separator: "/").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    state.press(.pageDown, .pageDown, .pageDown)
    lines = state.render().grid.lines
    #expect(lines.contains { $0.contains("/\(total) ") && $0.hasPrefix("└") })
    #expect(lines.contains { $0.contains("already on disk") })
  }

  /// The notes under the keys wrap at the box's edge instead of being cut (at the end of the
  /// help, which scrolls when it is taller than the screen).
  @Test func helpWrapsItsNotesAtEveryWidth() {
    for width in [72, 80] {
      var state = Fixtures.state(.french, size: Size(width: width, height: 24))
      state.press(.character("?"), .pageDown, .pageDown)
      // The box's inside, line after line, spaces collapsed.
      let text = state.render().grid.lines.map { $0.replacingOccurrences(of: "│", with: " ") }
        .joined(separator: " ").split(separator: " ").joined(separator: " ")
      #expect(text.contains("Esc annule\u{202F}; la frappe remplace une valeur proposée."), "cut at \(width) columns")
      #expect(text.contains("déjà écrit sur le disque."), "cut at \(width) columns")
    }
  }

  /// The figures are counted when the screen opens and again when a case changes under it; not
  /// at every frame, and not while the screen is closed.
  @Test func figuresAreCountedWhenTheScreenOpensAndWhenCasesChange() {
    var state = Fixtures.state()
    #expect(state.figures == nil)
    state.press(.character("s"))
    #expect(state.figures?.count == 3)
    let fourth = Fixtures.incident("261128-NEW1", at: Fixtures.moment(Fixtures.today, 20, 0), amount: 1_000)
    _ = state.update(.casesChanged([IncidentSummary(fourth)], removed: []))
    #expect(state.figures?.count == 4)
    #expect(state.render().grid.text.contains("Walkouts: 4 (3 open)"))
    state.press(.escape)
    _ = state.update(.casesChanged([], removed: [IncidentID(rawValue: "261128-NEW1")]))
    #expect(state.figures == nil)
  }

  @Test func hintBarComesFromTheKeyTable() {
    let state = Fixtures.state()
    let bar = state.render().grid.lines[23]
    for binding in Keymap.bindings(for: .caseList) where binding.isHinted {
      #expect(bar.contains(binding.keyLabel + " " + binding.label(.english)))
    }
  }

  @Test func quitWithTypedTextAsksFirst() {
    var state = Fixtures.state()
    state.press(.character("n"), .tab)
    state.type("5")
    #expect(state.press(.control("c")).isEmpty)
    #expect(state.press(.character("y")) == [.quit])
  }

  /// Answering no to “Quit without saving what was typed?” gives the form back exactly as it
  /// was: every field, the focus and the cursor.
  @Test func noToQuitGivesTheFormBackAsItWas() {
    var state = Fixtures.state()
    state.press(.character("n"), .tab)
    state.type("42,5")
    state.press(.tab, .tab)
    state.type("Léa")
    state.press(.left)
    let form = state.overlay
    #expect(state.press(.control("c")).isEmpty)
    #expect(state.keyContext == .confirm)
    #expect(state.render().grid.text.contains("Quit without saving what was typed?"))
    #expect(state.press(.character("n")).isEmpty)
    #expect(state.overlay == form)
    #expect(!state.isFinished)
    // Esc answers no as well.
    state.press(.control("c"), .escape)
    #expect(state.overlay == form)
  }

  @Test func controlZAsksToSuspendInEveryContextAndKeepsWhatWasTyped() {
    var state = Fixtures.state()
    #expect(state.press(.control("z")) == [.suspend])
    state.press(.character("n"))
    state.type("42")
    let form = state.overlay
    #expect(state.press(.control("z")) == [.suspend])
    #expect(state.overlay == form)
    var small = Fixtures.state(size: Size(width: 40, height: 10))
    #expect(small.press(.control("z")) == [.suspend])
  }

  @Test func controlLAsksForARepaintInEveryContext() {
    var state = Fixtures.state()
    #expect(state.press(.control("l")) == [.repaint])
    state.press(.enter, .character("?"))
    #expect(state.keyContext == .help)
    #expect(state.press(.control("l")) == [.repaint])
    var small = Fixtures.state(size: Size(width: 40, height: 10))
    #expect(small.press(.control("l")) == [.repaint])
  }

  @Test func resizeReLaysOutAndTooSmallComesBack() {
    var state = Fixtures.state()
    _ = state.update(.resize(Size(width: 40, height: 10)))
    #expect(state.render().grid.text.contains("Terminal too small"))
    _ = state.update(.resize(Size(width: 100, height: 30)))
    #expect(state.render().grid.width == 100)
    #expect(!state.render().grid.text.contains("too small"))
  }
}
