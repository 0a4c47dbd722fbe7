import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The menu on its own: it returns what the app must do, and the document kind it carries is the
/// enum, never a string parsed back.
@Suite struct MenuStateUpdateTests {
  @Test func theDocumentMenuCarriesTheDocumentKind() throws {
    var state = Fixtures.state()
    state.jurisdiction = .englandAndWales
    state.press(.enter)
    let context = state.screenContext
    let id = try #require(context.openCase?.incident.id)
    var menu = MenuState.writeDocument(for: id, context: context)
    let kinds: [DocumentKind] = [.reminder, .finalReminder, .demandLetter, .complaint, .courtRequest, .dossier]
    #expect(menu.items.map(\.choice) == kinds.map { MenuChoice.document($0) }
      + [.document(.finalReminder, asPDF: true), .document(.demandLetter, asPDF: true), .emailMenu, .printMenu]
      + [DocumentKind.acknowledgement, .paymentPlan, .receipt, .informationSheet, .replyForm, .financialStatement].map { MenuChoice.document($0) })
    #expect(menu.update(.moveDown, context: context).isEmpty)
    #expect(menu.selection == 1)
    #expect(menu.update(.chooseItem(3), context: context) == [.dismiss, .run(.writeDocument(id, kind: .demandLetter))])
    #expect(menu.update(.cancel, context: context) == [.dismiss])
  }

  /// The protocol has one annex (the Information Sheet and the Reply Form); the Financial
  /// Statement is enclosed beside it, not as an “Annex 2”.
  @Test func theProtocolEnclosuresAreLabelledAsInTheProtocol() throws {
    var state = Fixtures.state()
    state.jurisdiction = .englandAndWales
    state.press(.enter)
    let context = state.screenContext
    let id = try #require(context.openCase?.incident.id)
    let menu = MenuState.writeDocument(for: id, context: context)
    #expect(menu.items.suffix(3).map(\.label) == ["Information sheet (protocol, Annex 1)", "Reply form (protocol, Annex 1)", "Financial statement (protocol)"])
  }

  /// “Send by email…” opens the letters that can be emailed; choosing one asks for its email
  /// (shown before it leaves). “Print…” says “Printing…” and asks for the print.
  @Test func theEmailAndPrintMenusCarryTheirDocumentKind() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let context = state.screenContext
    let id = try #require(context.openCase?.incident.id)
    var menu = MenuState.writeDocument(for: id, context: context)
    #expect(menu.update(.chooseItem(9), context: context) == [.dismiss, .present(.menu(.sendEmail(for: id, context: context)))])
    var email = MenuState.sendEmail(for: id, context: context)
    #expect(email.items.map(\.label) == ["Friendly reminder", "Final reminder", "Formal demand (mise en demeure)"])
    #expect(email.update(.chooseItem(2), context: context) == [.dismiss, .run(.draftEmail(id, kind: .finalReminder))])
    // Print… is the tenth item, just after Send by email…: past the digits, the arrows reach it.
    for _ in 0..<9 { #expect(menu.update(.moveDown, context: context).isEmpty) }
    #expect(menu.update(.submit, context: context) == [.dismiss, .present(.menu(.print(for: id, context: context)))])
    var print = MenuState.print(for: id, context: context)
    #expect(print.update(.chooseItem(2), context: context)
      == [.dismiss, .status(StatusMessage("Printing…", .info)), .run(.printDocument(id, kind: .demandLetter))])
  }

  /// Where `lp` was not found when the screen opened, Print… cannot be chosen: ⏎ on it keeps the
  /// menu open and asks for nothing.
  @Test func printCannotBeChosenWhereLpIsMissing() throws {
    var state = Fixtures.state()
    state.printUnavailableReason = LocalizedText("lp non installé (cups-client)", "lp not installed (cups-client)")
    state.press(.enter, .character("w"))
    for _ in 0..<9 { state.press(.down) }
    guard case .menu(let menu)? = state.overlay else {
      Issue.record("no menu")
      return
    }
    #expect(menu.items[menu.selection].choice == .printMenu)
    #expect(menu.items[menu.selection].unavailableReason == "lp not installed (cups-client)")
    #expect(state.press(.enter).isEmpty)
    guard case .menu(let still)? = state.overlay else {
      Issue.record("the menu closed")
      return
    }
    #expect(still.title == "Write a document" && still.selection == 9)
  }

  /// A menu left over for a case that is no longer the open one does nothing but close.
  @Test func aMenuForAnotherCaseOnlyCloses() {
    let state = Fixtures.state()
    var menu = MenuState.writeDocument(for: IncidentID(rawValue: "261129-K7QF"), context: state.screenContext)
    #expect(menu.update(.submit, context: state.screenContext) == [.dismiss])
  }

  /// With two payments, “Receipt…” asks which payment (day and amount, as `show` lists them) and
  /// writes the receipt for the one chosen; with one payment it stays the receipt for the last.
  @Test func aReceiptAsksWhichPaymentWhenThereAreSeveral() throws {
    let day = Fixtures.today
    let twoPayments = Fixtures.incident("261129-K7QF", at: Fixtures.moment(day, 12, 0), amount: 9000, then: [
      .paymentRecorded(Payment(amount: Money(minorUnits: 3000), method: .cash), closesAs: nil),
      .paymentRecorded(Payment(amount: Money(minorUnits: 2000), method: .card), closesAs: nil),
    ])
    var state = Fixtures.state(cases: [twoPayments])
    state.press(.enter, .character("w"))
    for _ in 0..<12 { state.press(.down) }
    #expect(state.render().grid.text.contains("Receipt…"))
    state.press(.enter)
    let text = state.render().grid.text
    #expect(text.contains("Receipt: for which payment?"), "\(text)")
    #expect(text.contains("1 " + day.formatted(.english) + " — €30.00"), "\(text)")
    #expect(text.contains("2 " + day.formatted(.english) + " — €20.00"), "\(text)")
    #expect(state.press(.character("1")) == [.writeDocument(IncidentID(rawValue: "261129-K7QF"), kind: .receipt, paymentNumber: 1)])

    var single = Fixtures.state()
    single.press(.enter)
    let context = single.screenContext
    let id = try #require(context.openCase?.incident.id)
    let menu = MenuState.writeDocument(for: id, context: context)
    // No payment on this case: the receipt is dimmed, saying why, and ⏎ on it writes nothing.
    #expect(menu.items.contains(MenuState.Item("Receipt for the last payment", .document(.receipt), unavailableReason: "no payment recorded")))
    var unpaid = menu
    unpaid.selection = try #require(menu.items.firstIndex { $0.choice == .document(.receipt) })
    #expect(unpaid.update(.submit, context: context).isEmpty)
    var paid = Fixtures.state(cases: [Fixtures.incident("261129-K7QF", at: Fixtures.moment(day, 12, 0), amount: 9000, then: [
      .paymentRecorded(Payment(amount: Money(minorUnits: 3000), method: .cash), closesAs: nil),
    ])])
    paid.press(.enter)
    let once = MenuState.writeDocument(for: id, context: paid.screenContext)
    #expect(once.items.contains(MenuState.Item("Receipt for the last payment", .document(.receipt))))
  }
}

/// Past nine items an item's number takes two digits, as the menu shows it: `1` `6` chooses the
/// sixteenth, `1` then ⏎ the first; a digit no longer number could begin chooses at once.
@Suite struct MenuStateNumberTests {
  @Test func twoDigitsChooseAnItemPastNine() throws {
    var state = Fixtures.state()
    // England and Wales: the letter before claim's enclosures make sixteen items.
    state.jurisdiction = .englandAndWales
    state.press(.enter)
    let context = state.screenContext
    let id = try #require(context.openCase?.incident.id)
    var menu = MenuState.writeDocument(for: id, context: context)
    #expect(menu.items.count == 16)
    // `1` may begin 10 to 16: it selects the first item and says what comes next.
    #expect(menu.update(.chooseItem(1), context: context)
      == [.status(StatusMessage("⏎ chooses item 1; a second digit, items 10 to 16.", .info))])
    #expect(menu.selection == 0 && menu.typedNumber == "1")
    #expect(menu.update(.chooseItem(6), context: context) == [.dismiss, .run(.writeDocument(id, kind: .financialStatement))])
    // `1` then ⏎: the first item.
    var first = MenuState.writeDocument(for: id, context: context)
    _ = first.update(.chooseItem(1), context: context)
    #expect(first.update(.submit, context: context) == [.dismiss, .run(.writeDocument(id, kind: .reminder))])
    // `1` then `4` is 14; `2` alone is 2 (no item 20 or more).
    var fourteen = MenuState.writeDocument(for: id, context: context)
    _ = fourteen.update(.chooseItem(1), context: context)
    #expect(fourteen.update(.chooseItem(4), context: context) == [.dismiss, .run(.writeDocument(id, kind: .informationSheet))])
    // 13, the receipt, cannot be written before a payment: it is selected, its reason beside it.
    var thirteen = MenuState.writeDocument(for: id, context: context)
    _ = thirteen.update(.chooseItem(1), context: context)
    #expect(thirteen.update(.chooseItem(3), context: context).isEmpty)
    #expect(thirteen.selection == 12)
    var two = MenuState.writeDocument(for: id, context: context)
    #expect(two.update(.chooseItem(2), context: context) == [.dismiss, .run(.writeDocument(id, kind: .finalReminder))])
    // `1` then `9`: there is no 19, so 9 starts a new number (Send by email…).
    var nineteen = MenuState.writeDocument(for: id, context: context)
    _ = nineteen.update(.chooseItem(1), context: context)
    #expect(nineteen.update(.chooseItem(9), context: context) == [.dismiss, .present(.menu(.sendEmail(for: id, context: context)))])
    // An arrow forgets the digit typed: `1`, ↓, `6` is 6.
    var moved = MenuState.writeDocument(for: id, context: context)
    _ = moved.update(.chooseItem(1), context: context)
    _ = moved.update(.moveDown, context: context)
    #expect(moved.typedNumber.isEmpty)
    #expect(moved.update(.chooseItem(6), context: context) == [.dismiss, .run(.writeDocument(id, kind: .dossier))])
  }

  @Test(arguments: Language.allCases)
  func aNumberWithNoItemSaysSo(language: Language) throws {
    var state = Fixtures.state(language)
    state.press(.enter)
    let context = state.screenContext
    let id = try #require(context.openCase?.incident.id)
    var menu = MenuState.sendEmail(for: id, context: context)
    let said = menu.update(.chooseItem(0), context: context)
    #expect(said == [.status(StatusMessage(language == .french ? "Aucun choix n°\u{A0}0 ici\u{202F}: ce menu en propose 3."
                                                                 : "No item 0 here: this menu has 3.", .warning))])
    #expect(menu.selection == 0)
  }
}

/// More items than the box holds: the box scrolls with the selection and its bottom border says
/// which items show, as the help and the details do.
@Suite struct MenuStateScrollTests {
  static func receiptMenu(_ language: Language, size: Size) throws -> AppState {
    let day = Fixtures.today
    let payments = (0..<25).map { _ in EventBody.paymentRecorded(Payment(amount: Money(minorUnits: 100), method: .cash), closesAs: nil) }
    let incident = Fixtures.incident("261129-K7QF", at: Fixtures.moment(day, 12, 0), amount: 9000, then: payments)
    var state = Fixtures.state(language, size: size, cases: [incident])
    state.press(.enter, .character("w"))
    for _ in 0..<12 { state.press(.down) }
    state.press(.enter)
    guard case .menu(let menu)? = state.overlay else { throw MenuMissing() }
    #expect(menu.items.count == 25)
    return state
  }

  struct MenuMissing: Error {}

  @Test(arguments: Language.allCases)
  func theMenuScrollsWithTheSelectionAt80x24(language: Language) throws {
    var state = try Self.receiptMenu(language, size: Size(width: 80, height: 24))
    var lines = state.render().grid.lines
    // 22 rows for the box: 20 items, the first one selected, and where they are on the border.
    #expect(lines[1].contains("│  1 "))
    #expect(lines[20].contains("│ 20 "))
    #expect(lines[21].contains("└") && lines[21].contains(" 1–20/25 ─┘"), "\(lines[21])")
    for _ in 0..<21 { state.press(.down) }
    lines = state.render().grid.lines
    // The 22nd item is the last row shown, selected, the cursor on it.
    #expect(lines[20].contains("│ 22 "), "\(lines.joined(separator: "\n"))")
    #expect(lines[1].contains("│  3 "))
    #expect(lines[21].contains(" 3–22/25 ─┘"), "\(lines[21])")
    #expect(state.render().cursor?.y == 20)
    // End: the last item; Home: back to the top.
    state.press(.end)
    lines = state.render().grid.lines
    #expect(lines[20].contains("│ 25 ") && lines[21].contains(" 6–25/25 ─┘"))
    state.press(.home)
    lines = state.render().grid.lines
    #expect(lines[1].contains("│  1 ") && lines[21].contains(" 1–20/25 ─┘"))
  }
  /// The formal demand and the court sheet are named as the restaurant's law names them, in
  /// either language: a French restaurant used in English gets “Formal demand (mise en demeure)”,
  /// never England's “Letter before claim”; a jurisdiction ardoise does not know gets neutral names
  /// and none of England and Wales's enclosures. The settings decide before the playbook loads.
  @Test func theDocumentNamesFollowTheJurisdictionNotTheLanguage() throws {
    let cases: [(Jurisdiction?, Language, [String])] = [
      (.france, .english, ["Formal demand (mise en demeure)", "Payment order sheet (injonction de payer)", "Formal demand (mise en demeure) — PDF to print"]),
      (.france, .french, ["Mise en demeure", "Fiche injonction de payer", "Mise en demeure — PDF à imprimer"]),
      (.englandAndWales, .english, ["Letter before claim", "Money Claim Online sheet", "Letter before claim — PDF to print"]),
      (.englandAndWales, .french, ["Lettre avant poursuites (letter before claim)", "Fiche Money Claim Online", "Lettre avant poursuites (letter before claim) — PDF à imprimer"]),
      (.unsupported("de"), .english, ["Demand for payment", "Court claim preparation sheet", "Demand for payment — PDF to print"]),
      (.unsupported("de"), .french, ["Demande de paiement", "Fiche de préparation de la demande en justice", "Demande de paiement — PDF à imprimer"]),
      // Not loaded yet: the settings' jurisdiction (France by default), never England's.
      (nil, .english, ["Formal demand (mise en demeure)", "Payment order sheet (injonction de payer)", "Formal demand (mise en demeure) — PDF to print"]),
    ]
    for (jurisdiction, language, expected) in cases {
      var state = Fixtures.state(language)
      state.jurisdiction = jurisdiction
      state.press(.enter)
      let context = state.screenContext
      let id = try #require(context.openCase?.incident.id)
      let menu = MenuState.writeDocument(for: id, context: context)
      let label = { (choice: MenuChoice) in menu.items.first { $0.choice == choice }?.label }
      #expect([label(.document(.demandLetter)), label(.document(.courtRequest)), label(.document(.demandLetter, asPDF: true))] == expected,
              "\(String(describing: jurisdiction)) \(language)")
      let labels = menu.items.map(\.label).joined(separator: "\n")
      #expect(jurisdiction == .englandAndWales || !labels.contains("etter before claim") && !labels.contains("rotocol"), "\(labels)")
      #expect(MenuState.sendEmail(for: id, context: context).items.last?.label == expected[0])
      #expect(MenuState.print(for: id, context: context).items[1].label == expected[0])
    }
  }
}
