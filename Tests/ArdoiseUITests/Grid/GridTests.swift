import ArdoiseUI
import Testing

struct GridTests {
  @Test func accentsEuroAndDashTakeOneCellEach() {
    var grid = Grid(size: Size(width: 10, height: 1))
    #expect(grid.write("é€—", x: 0, y: 0, role: .normal) == 3)
    #expect(grid[0, 0].text == "é")
    #expect(grid[1, 0].text == "€")
    #expect(grid[2, 0].text == "—")
    #expect(grid.text == "é€—")
  }

  @Test func decomposedAccentStaysInOneCell() {
    var grid = Grid(size: Size(width: 10, height: 1))
    #expect(grid.write("e\u{301}t\u{E9}", x: 0, y: 0, role: .normal) == 3)
    #expect(grid[0, 0].text == "e\u{301}")
    #expect(grid[1, 0].text == "t")
    #expect(grid.text == "été")
  }

  @Test func wideCharactersLeaveAContinuation() {
    var grid = Grid(size: Size(width: 10, height: 1))
    #expect(grid.write("宽👍x", x: 1, y: 0, role: .normal) == 5)
    #expect(grid[1, 0].text == "宽")
    #expect(grid[2, 0].isContinuation)
    #expect(grid[3, 0].text == "👍")
    #expect(grid[4, 0].isContinuation)
    #expect(grid[5, 0].text == "x")
    #expect(grid.text == " 宽👍x")
  }

  @Test func clippingAtTheRightEdgeNeverWraps() {
    var grid = Grid(size: Size(width: 8, height: 2))
    #expect(grid.write("addition", x: 5, y: 0, role: .normal) == 3)
    #expect(grid.lines == ["     add", ""])
    #expect(grid.write("abcdef", x: 0, y: 1, role: .normal, maxWidth: 4) == 4)
    #expect(grid.lines[1] == "abcd")
  }

  @Test func wideCharacterAtTheLastColumnBecomesASpace() {
    var grid = Grid(size: Size(width: 8, height: 2))
    #expect(grid.write("1234567宽", x: 0, y: 0, role: .title) == 8)
    #expect(grid[7, 0] == Cell(text: " ", role: .title))
    #expect(grid.lines == ["1234567", ""])
  }

  @Test func controlCharactersAreShownInert() {
    var grid = Grid(size: Size(width: 12, height: 1))
    grid.write("a\u{1B}[2Jb\tc", x: 0, y: 0, role: .normal)
    #expect(grid.text == "a\u{FFFD}[2Jb c")
  }

  /// A bidirectional override would reorder the rest of the screen line; a zero-width character
  /// would hide in a name: both are drawn as `�`, in a cell of their own.
  @Test func bidirectionalAndZeroWidthCharactersAreShownInert() {
    var grid = Grid(size: Size(width: 12, height: 1))
    #expect(grid.write("ab\u{202E}cd\u{200B}e", x: 0, y: 0, role: .normal) == 7)
    #expect(grid.text == "ab\u{FFFD}cd\u{FFFD}e")
    #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x200B } })
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.write("宽宽", x: 0, y: 0, role: .normal)
    grid.write("x", x: 1, y: 0, role: .normal)
    #expect(grid[0, 0].text == " ")
    #expect(grid[1, 0].text == "x")
    #expect(grid[2, 0].text == "宽")
    grid.write("y", x: 2, y: 0, role: .normal)
    #expect(grid[3, 0].text == " ")
    #expect(grid.text == " xy")
  }

  /// A zero-width space is not hidden in the wide character before it: it takes a cell, as `�`.
  @Test func zeroWidthSpaceAfterAWideOneIsShown() {
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.write("宽\u{200B}x", x: 0, y: 0, role: .normal)
    #expect(grid[0, 0].text == "宽")
    #expect(grid[1, 0].isContinuation)
    #expect(grid[2, 0].text == "\u{FFFD}")
    #expect(grid[3, 0].text == "x")
  }

  @Test func writesOutsideTheGridAreIgnored() {
    var grid = Grid(size: Size(width: 4, height: 2))
    #expect(grid.write("x", x: 0, y: 2, role: .normal) == 0)
    #expect(grid.write("x", x: 4, y: 0, role: .normal) == 0)
    #expect(grid.write("x", x: 0, y: -1, role: .normal) == 0)
    #expect(grid.text == "\n")
  }

  @Test func styledLineMarksRolesInline() {
    var grid = Grid(size: Size(width: 24, height: 2))
    grid.write("ardoise", x: 0, y: 0, role: .title)
    grid.write("12,50 €", x: 8, y: 0, role: .moneyOwed)
    grid.fill(Rect(x: 0, y: 1, width: 24, height: 1), role: .selectedRow)
    grid.write("Table 4", x: 1, y: 1, role: .selectedRow)
    #expect(grid.styledLine(0) == "{title:ardoise} {money-owed:12,50 €}")
    #expect(grid.styledLine(1) == "{selected-row: Table 4                }")
    grid.paint(Rect(x: 0, y: 0, width: 7, height: 1), role: .normal)
    #expect(grid.styledLine(0) == "ardoise {money-owed:12,50 €}")
  }
}
