import ArdoiseCore
import ArdoiseCurses
import ArdoiseUI
import Foundation
import Testing

/// What one move of the selection costs on the wire, counted on a pseudo-terminal: the case list
/// of the fixtures, the default theme, xterm-256color. In the serialized ncurses suite, as every
/// test that starts a terminal.
extension NcursesTerminalTests {
  /// The bytes ncurses sends for one Down in the case list (from the first case to the second),
  /// and that output, drawn with `palette`.
  private static func oneRowMove(size: Size, palette: [StyleRole: CellStyle]? = nil) throws -> [UInt8] {
    let pseudoTerminal = try PseudoTerminal(terminalName: "xterm-256color", size: size)
    defer { pseudoTerminal.close() }
    let terminal = pseudoTerminal.terminal
    terminal.setPalette(palette ?? Theme.builtInDefault.palette(for: terminal.colorDepth))
    var state = Fixtures.state(.english, size: size)
    let before = state.render()
    _ = try pseudoTerminal.output(presenting: before.grid, cursor: before.cursor)
    state.press(.down)
    let after = state.render()
    #expect(after.cursor?.y == (before.cursor?.y ?? 0) + 1)
    return try pseudoTerminal.output(presenting: after.grid, cursor: after.cursor)
  }

  /// The default theme's bar is a background colour: the blanks of the selected row are erased
  /// (`ech`, `el`) instead of sent one by one as a reversed bar's must be, and the hardware cursor
  /// goes back to the row's start with a carriage return; after a badge only the colours are
  /// reset. The counts are ncurses 6.4's for xterm-256color (157 of the 220 bytes at 80 columns
  /// are the two rows' text).
  @Test(arguments: [(Size(width: 80, height: 24), 220), (Size(width: 200, height: 50), 242)])
  func oneRowMoveWithTheDefaultThemeCostsAFewRowsOfText(size: Size, bytes: Int) throws {
    let output = try Self.oneRowMove(size: size)
    let text = String(decoding: output, as: UTF8.self)
    #expect(output.count == bytes, "\(size): \(text.debugDescription)")
    #expect(!text.contains(";7m"), "no reverse video: \(text.debugDescription)")
    // One attribute reset (`sgr0`), at the end: after a badge only the colours are reset.
    #expect(text.components(separatedBy: "\u{1B}[m").count == 2, "\(text.debugDescription)")
    #expect(text.contains("\u{1B}[44m"), "the blue bar: \(text.debugDescription)")
    #expect(text.contains("\u{1B}[K"), "the bar's trailing blanks erased: \(text.debugDescription)")
  }

  /// On a wide terminal a reversed bar sends every blank of the row; the colour bar erases them.
  @Test func aColourBarCostsLessThanAReversedOneOnAWideTerminal() throws {
    let size = Size(width: 200, height: 50)
    var reversed = Theme.builtInDefault.palette(for: .indexed256)
    reversed[.selectedRow] = CellStyle(attributes: [.bold, .reverse])
    let reversedBytes = try Self.oneRowMove(size: size, palette: reversed).count
    let colourBytes = try Self.oneRowMove(size: size).count
    // 242 against 326 bytes: the 19 and 109 blanks of the new row are two `ech`.
    #expect(colourBytes + 80 < reversedBytes, "colour \(colourBytes), reversed \(reversedBytes)")
  }
}
