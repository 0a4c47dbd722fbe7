import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// Overlays at 72×20 and 80×24, in both languages: a text too long for its line ends in `…` or
/// wraps whole, never loses characters silently.
@Suite struct OverlayClippingTests {
  static let sizes = [Size(width: 72, height: 20), Size(width: 80, height: 24)]

  /// A timeline entry's continuation lines hang four columns in: none loses its last characters.
  @Test(arguments: [Language.english, .french], sizes)
  func detailsKeepEveryCharacterOfALongTimelineEntry(language: Language, size: Size) {
    let digits = String(repeating: "0612345678", count: 20)
    let stored = Fixtures.incident("261129-K7QF", at: Fixtures.moment(Fixtures.today, 23, 12), amount: 4250, then: [.noteAdded(digits)])
    var state = Fixtures.state(language, size: size, cases: [stored])
    state.press(.enter, .character("i"), .end)
    let shown = state.render().grid.lines.map { row in
      String(row.dropFirst(2).dropLast(2)).filter(\.isNumber)
    }.joined()
    #expect(shown.contains(digits), "\(state.render().grid.text)")
  }

  @Test(arguments: [Language.english, .french])
  func agendaDetailLinesCutAtSeventyTwoColumnsEndInAnEllipsis(language: Language) {
    var state = AgendaViewTests.state(language, size: Size(width: 72, height: 20))
    state.press(.down, .down)
    let lines = state.render().grid.lines
    let why = language == .french ? "│ ≈ estimation au plus tôt\u{202F}: le délai court de la réception," : "│ ≈ earliest estimate: the deadline runs from receipt,"
    #expect(lines[15].hasPrefix(why), "\(lines[15])")
    #expect(lines[15].hasSuffix("… │"), "\(lines[15])")
    #expect(lines[16].hasPrefix("│ ⏎ "), "\(lines[16])")
    // Cut after a word: the ellipsis follows it, the space is left at the end.
    #expect(lines[16].hasSuffix("…  │"), "\(lines[16])")
  }

  @Test func writeClippedEndsACutTextInAnEllipsis() {
    var grid = Grid(size: Size(width: 12, height: 2))
    grid.writeClipped("Police et justice", x: 0, y: 0, width: 10, role: .normal)
    grid.writeClipped("Court", x: 0, y: 1, width: 10, role: .normal)
    #expect(grid.lines[0].hasPrefix("Police et…"), "\(grid.lines[0])")
    #expect(grid.lines[1].hasPrefix("Court"))
    #expect(!grid.lines[1].contains("…"))
  }
}
