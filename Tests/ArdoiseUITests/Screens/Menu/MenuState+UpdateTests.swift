import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The menu on its own: it returns what the app must do, and the document kind it carries is the
/// enum, never a string parsed back.
@Suite struct MenuStateUpdateTests {
  @Test func theDocumentMenuCarriesTheDocumentKind() throws {
    var state = Fixtures.state()
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
    #expect(email.items.map(\.label) == ["Friendly reminder", "Final reminder", "Letter before claim"])
    #expect(email.update(.chooseItem(2), context: context) == [.dismiss, .run(.draftEmail(id, kind: .finalReminder))])
    // Print… is the tenth item, just after Send by email…: past the digits, the arrows reach it.
    for _ in 0..<9 { #expect(menu.update(.moveDown, context: context).isEmpty) }
    #expect(menu.update(.submit, context: context) == [.dismiss, .present(.menu(.print(for: id, context: context)))])
    var print = MenuState.print(for: id, context: context)
    #expect(print.update(.chooseItem(2), context: context)
      == [.dismiss, .status(StatusMessage("Printing…", .info)), .run(.printDocument(id, kind: .demandLetter))])
  }

  /// A menu left over for a case that is no longer the open one does nothing but close.
  @Test func aMenuForAnotherCaseOnlyCloses() {
    let state = Fixtures.state()
    var menu = MenuState.writeDocument(for: IncidentID(rawValue: "261129-K7QF"), context: state.screenContext)
    #expect(menu.update(.submit, context: state.screenContext) == [.dismiss])
  }
}
