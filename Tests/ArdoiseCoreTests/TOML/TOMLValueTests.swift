import Testing
@testable import ArdoiseCore

/// `quoted` (messages) and `written` (files) escape through one escaper; these pin its bytes.
@Suite struct TOMLValueTests {
  @Test(arguments: [
    ("plain", #""plain""#), ("a\"b\\c", #""a\"b\\c""#), ("a\nb\tc\rd", #""a\nb\tc\rd""#),
    ("\u{08}\u{0C}", #""\b\f""#), ("\u{00}\u{1B}\u{1F}\u{7F}", #""\u0000\u001B\u001F\u007F""#),
    // Line separators would break the line of a message: escaped as `written` escapes them.
    ("\u{85}\u{2028}\u{2029}", #""\u0085\u2028\u2029""#), ("é — 😀", "\"é — 😀\""),
  ])
  func quotedEscapesAsABasicString(text: String, expected: String) throws {
    #expect(TOMLValue.quoted(text) == expected)
    #expect(try TOMLDocument.parse("k = " + expected)["k"]?.string == text)
  }

  /// A basic string `written` to a file holds the same escapes as `quoted`, line breaks raw only
  /// inside `"""…"""`.
  @Test func writtenUsesTheSameEscapes() {
    #expect(TOMLValue.written("a\u{08}\u{1B}\u{2028}\t") == #""a\b\u001B\u2028\t""#)
    #expect(TOMLValue.written("a\u{1B}\nb\u{85}") == "\"\"\"a\\u001B\nb\\u0085\"\"\"")
    #expect(TOMLValue.written("a\u{1B}\nb", allowingLineBreaks: false) == #""a\u001B\nb""#)
  }
}
