import Testing

@testable import ArdoiseCore

@Suite struct SpreadsheetCellTests {
  @Test(arguments: ["=HYPERLINK(\"http://x\";\"clic\")", "+33 6 12 34 56 78", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
  func textStartingLikeAFormulaIsShownAsText(text: String) {
    let value = SpreadsheetCell.text(text).value
    #expect(value.hasPrefix("'"))
    #expect(value.dropFirst().first == text.inertLines.first)
  }

  @Test func ordinaryTextIsLeftAlone() {
    #expect(SpreadsheetCell.text("T4").value == "T4")
    #expect(SpreadsheetCell.text("Jean = serveur").value == "Jean = serveur")
    #expect(SpreadsheetCell.text("").value == "")
    #expect(SpreadsheetCell.text(nil).value == "")
  }

  /// A number column keeps its sign: the same characters in a text column are neutralised.
  @Test func aNumberColumnStaysANumber() {
    #expect(SpreadsheetCell.number("-12.50").value == "-12.50")
    #expect(SpreadsheetCell.number("42.50").value == "42.50")
    #expect(SpreadsheetCell.number("3").value == "3")
    #expect(SpreadsheetCell.text("-12.50").value == "'-12.50")
  }

  /// Whatever reaches a number column that is not a plain number is treated as text.
  @Test func aNumberColumnRefusesAFormula() {
    #expect(SpreadsheetCell.number("-1+2").value == "'-1+2")
    #expect(SpreadsheetCell.number("=1").value == "'=1")
    #expect(SpreadsheetCell.number("1.2.3").value == "1.2.3")
    #expect(SpreadsheetCell.number("-").value == "'-")
  }

  @Test func controlsAreReplacedAndLinesKept() {
    #expect(SpreadsheetCell.text("a\u{1B}]52;c;eA==\u{07}\nb").value == "a\u{FFFD}]52;c;eA==\u{FFFD}\nb")
  }
}
