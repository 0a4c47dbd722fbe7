import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

@Suite struct CaseListViewTests {
  @Test(arguments: [Language.english, .french])
  func listAtEightyByTwentyFour(language: Language) {
    let state = Fixtures.state(language)
    assertSnapshot(state.render(), named: "case-list-80x24-\(language.rawValue)")
  }

  @Test(arguments: [Language.english, .french])
  func listAtTheMinimumSize(language: Language) {
    let state = Fixtures.state(language, size: AppState.minimumSize)
    assertSnapshot(state.render(), named: "case-list-minimum-\(language.rawValue)")
  }

  @Test(arguments: [Language.english, .french])
  func oneColumnBelowTheMinimumSaysSo(language: Language) {
    var state = Fixtures.state(language, size: Size(width: AppState.minimumSize.width - 1, height: AppState.minimumSize.height))
    let frame = state.render()
    assertSnapshot(frame, named: "too-small-\(language.rawValue)")
    #expect(frame.cursor == nil)
    // Keys are ignored, except quit.
    let before = state.list
    #expect(state.press(.character("n"), .down, .enter).isEmpty)
    #expect(state.list == before && state.overlay == nil && state.checklist == nil)
    #expect(state.press(.character("q")) == [.quit])
  }

  @Test func emptyListSaysHowToRecordTheFirstWalkout() {
    func body(_ language: Language) -> String {
      Fixtures.state(language, cases: []).render().grid.lines.dropFirst(2).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }.dropLast().joined(separator: " ")
    }
    #expect(body(.french) == "Aucun départ sans payer enregistré. Appuyez sur n pour enregistrer le premier.")
    #expect(body(.english) == "No walkout recorded yet. Press n to record the first one.")
  }

  @Test func overdueFollowUpIsMarkedWithoutColour() {
    let grid = Fixtures.state(.french).render().grid
    let row = grid.lines.first { $0.hasPrefix("261120-B2CD") } ?? ""
    #expect(row.contains("!27/11"))
    #expect(grid.styledLine(grid.lines.firstIndex(of: row) ?? 0).contains("{overdue:!27/11"))
  }

  @Test func theCursorRestsOnTheSelectedRow() {
    var state = Fixtures.state()
    #expect(state.render().cursor == Position(x: 0, y: 2))
    state.press(.down)
    #expect(state.render().cursor == Position(x: 0, y: 3))
  }

  @Test func storedTextIsShownInert() {
    let hostile = Fixtures.incident("261129-ESC0", at: Fixtures.moment(Fixtures.today, 22, 0), amount: 1000, table: "T\u{1B}[31m1")
    let grid = Fixtures.state(cases: [hostile]).render().grid
    #expect(!grid.text.contains("\u{1B}"))
    #expect(grid.text.contains("T�[3"))
  }
}
