import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The document menu as drawn: where `lp` was not found, Print… keeps its place (10), dimmed,
/// with the reason after its label.
@Suite struct MenuStateRenderTests {
  static let reason = LocalizedText("lp non installé (cups-client)", "lp not installed (cups-client)")

  /// The menu alone in an 80×22 area, and the row that holds `label`.
  static func drawn(_ language: Language, printUnavailable: Bool, selecting selection: Int = 0) throws -> (grid: Grid, row: Int) {
    // A case with one payment, so that the receipt can be written (its line is no wider than Print…'s).
    let paid = Fixtures.incident("261129-K7QF", at: Fixtures.moment(Fixtures.today, 12, 0), amount: 9000, then: [
      .paymentRecorded(Payment(amount: Money(minorUnits: 3000), method: .cash), closesAs: nil),
    ])
    var state = Fixtures.state(language, cases: [paid])
    // England and Wales: the longest labels (the enclosures) set the width these rows are drawn at.
    state.jurisdiction = .englandAndWales
    if printUnavailable { state.printUnavailableReason = reason }
    state.press(.enter)
    let context = state.screenContext
    var menu = MenuState.writeDocument(for: try #require(context.openCase?.incident.id), context: context)
    menu.selection = selection
    var grid = Grid(size: Size(width: 80, height: 22))
    _ = menu.render(into: &grid, area: Rect(x: 0, y: 0, width: 80, height: 22), context: context)
    let row = try #require(grid.lines.firstIndex { $0.contains("│ 10 ") })
    return (grid, row)
  }

  @Test func printIsDimmedWithTheReasonWhereLpIsMissing() throws {
    let english = try Self.drawn(.english, printUnavailable: true)
    #expect(english.grid.lines[english.row] == String(repeating: " ", count: 14) + "│ 10 Print… — lp not installed (cups-client)      │")
    #expect((16..<64).allSatisfy { english.grid[$0, english.row].role == .dimmed })
    let french = try Self.drawn(.french, printUnavailable: true)
    #expect(french.grid.lines[french.row] == String(repeating: " ", count: 4) + "│ 10 Imprimer… — lp non installé (cups-client)" + String(repeating: " ", count: 24) + "│")
    // Selected, it is painted as the selection like any other row.
    let selected = try Self.drawn(.english, printUnavailable: true, selecting: 9)
    #expect((16..<64).allSatisfy { selected.grid[$0, selected.row].role == .selectedRow })
  }

  @Test func printIsPlainWhereLpIsThere() throws {
    let english = try Self.drawn(.english, printUnavailable: false)
    #expect(english.grid.lines[english.row] == String(repeating: " ", count: 14) + "│ 10 Print…" + String(repeating: " ", count: 39) + "│")
    #expect((16..<64).allSatisfy { english.grid[$0, english.row].role == .normal })
  }
}
