import Testing
@testable import ArdoiseUI

@Suite struct TextWrapTests {
  @Test func breaksAtSpacesWithinTheWidth() {
    #expect(TextWrap.lines("stay calm and note the time", width: 10) == ["stay calm", "and note", "the time"])
  }

  @Test func cutsAWordLongerThanTheWidth() {
    #expect(TextWrap.lines("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
  }

  @Test func keepsParagraphsAndEmptyLines() {
    #expect(TextWrap.lines("a b\n\nc", width: 10) == ["a b", "", "c"])
  }

  @Test func measuresByDisplayWidth() {
    // “été” is three columns, “日本” four.
    #expect(TextWrap.lines("été 日本 x", width: 7) == ["été", "日本 x"])
  }

  /// French high punctuation never starts a line, an opening guillemet never ends one, and a
  /// currency sign stays with its amount.
  @Test(arguments: [
    ("ambigu (milliers ou décimales ?) : écrivez 1234", 24, ["ambigu (milliers ou", "décimales ?) : écrivez", "1234"]),
    ("le client « Martin » a payé", 12, ["le client", "« Martin » a", "payé"]),
    ("reste dû 42,50 € ce soir", 14, ["reste dû", "42,50 € ce", "soir"]),
    // Narrower than the two together: cut, with no space left at either end.
    ("vraiment ?", 8, ["vraiment", "?"]),
  ])
  func frenchSpacesBeforePunctuationDoNotBreak(text: String, width: Int, expected: [String]) {
    #expect(TextWrap.lines(text, width: width) == expected)
  }
}
