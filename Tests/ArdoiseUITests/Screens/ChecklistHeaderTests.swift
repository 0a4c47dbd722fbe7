import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The checklist's money line at 72 columns: an overdue follow-up keeps the word "overdue" (with
/// the short day the case list uses) rather than losing it at the edge.
@Suite struct ChecklistHeaderTests {
  @Test(arguments: [(Language.french, " Montant 128,60\u{A0}€  Payé 50,00\u{A0}€  Reste dû 78,60\u{A0}€  !27/11 EN RETARD"),
                    (.english, " Amount €128.60  Paid €50.00  Owed €78.60  Follow-up 2026-11-27 OVERDUE")])
  func anOverdueFollowUpFitsAtSeventyTwoColumns(language: Language, expected: String) {
    var state = Fixtures.state(language, size: Size(width: 72, height: 20))
    state.press(.down, .enter)
    let line = state.render().grid.lines[1]
    #expect(line.hasPrefix(expected), "\(line)")
  }

  /// Over a group (`ardoise --group`), the title names the case's site; another site's case
  /// says "read-only" on the right, at 80 and at 200 columns, in both languages (at 80 in French
  /// the date loses its year to keep both).
  @Test(arguments: [
    (Language.english, 80, " Case 261128-LY0N · site lyon · T2 · 2026-11-28 20:15", "open · read-only"),
    (.french, 80, " Dossier 261128-LY0N · site lyon · T2 · 28/11 20:15", "ouvert · lecture seule"),
    (.english, 200, " Case 261128-LY0N · site lyon · T2 · 2026-11-28 20:15", "open · read-only"),
    (.french, 200, " Dossier 261128-LY0N · site lyon · T2 · 28/11/2026 20:15", "ouvert · lecture seule"),
  ])
  func anotherSitesCaseNamesItsSiteAndReadOnly(language: Language, width: Int, title: String, state: String) {
    var screen = Fixtures.groupState(language, size: Size(width: width, height: 24))
    screen.list.selectedID = AppStateGroupTests.lyonCase
    screen.press(.enter)
    #expect(screen.render().grid.lines[0] == Self.line(title, state, width: width))
  }

  /// A long site name is cut before "read-only" is lost.
  @Test(arguments: [(Language.english, " Case 261128-LY0N · site Brasserie du Vieux-Port de Marseill…", "open · read-only"),
                    (.french, " Dossier 261128-LY0N · site Brasserie du Vieux-Port de…", "ouvert · lecture seule")])
  func aLongSiteNameGivesWayToReadOnly(language: Language, title: String, state: String) {
    var screen = Fixtures.groupState(language)
    screen.group?.siteOfCase[AppStateGroupTests.lyonCase] = "Brasserie du Vieux-Port de Marseille"
    screen.list.selectedID = AppStateGroupTests.lyonCase
    screen.press(.enter)
    #expect(screen.render().grid.lines[0] == Self.line(title, state, width: 80))
  }

  /// This site's case over a group: its site, and no "read-only".
  @Test(arguments: [(Language.english, " Case 261129-K7QF · site Le Petit Zinc · T7 · 2026-11-29 23:12", "open"),
                    (.french, " Dossier 261129-K7QF · site Le Petit Zinc · T7 · 29/11/2026 23:12", "ouvert")])
  func thisSitesCaseNamesItsSite(language: Language, title: String, state: String) {
    var screen = Fixtures.groupState(language)
    screen.list.selectedID = IncidentID(rawValue: "261129-K7QF")
    screen.press(.enter)
    #expect(screen.render().grid.lines[0] == Self.line(title, state, width: 80))
  }

  /// `title` on the left and `state` on the right of a line `width` wide (the grid's lines end
  /// without their last, blank column).
  private static func line(_ title: String, _ state: String, width: Int) -> String {
    title + String(repeating: " ", count: width - 1 - title.count - state.count) + state
  }
}
