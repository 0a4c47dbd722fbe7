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
}
