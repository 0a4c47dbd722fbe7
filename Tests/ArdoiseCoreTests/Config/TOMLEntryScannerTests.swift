import Testing

@testable import ArdoiseCore

/// The shape of a TOML text, in bytes, for the writer that changes one value in place.
@Suite struct TOMLEntryScannerTests {
  private func scan(_ text: String) -> TOMLEntryScanner? { TOMLEntryScanner(Array(text.utf8)) }

  private func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
  }

  @Test func entriesAndHeadersWithTheirLinesAndValues() throws {
    let text = "top = 1\n# note\n[ restaurant ]  # the place\nname = \"Zinc\" # bar\n\"legal name\" = 'SARL'\r\n[[site]]\nname = \"x\"\na.b = [1, \"]\", # c\n 2]\n"
    let scanner = try #require(scan(text))
    #expect(scanner.entries.map(\.path) == [["top"], ["restaurant", "name"], ["restaurant", "legal name"], ["site", "[]", "name"], ["site", "[]", "a", "b"]])
    #expect(scanner.headers.map(\.path) == [["restaurant"], ["site"]])
    #expect(scanner.headers.map(\.isArray) == [false, true])
    let name = scanner.entries[1]
    #expect(slice(text, name.value) == "\"Zinc\"")
    #expect(slice(text, name.lines) == "name = \"Zinc\" # bar\n")
    #expect(slice(text, scanner.entries[2].lines) == "\"legal name\" = 'SARL'\r\n")
    #expect(slice(text, scanner.entries[4].value) == "[1, \"]\", # c\n 2]")
    #expect(slice(text, scanner.headers[0].lines) == "[ restaurant ]  # the place\n")
  }

  @Test func aBareValueEndsBeforeTheSpacesAndCommentAfterIt() throws {
    let text = "[recovery]\ndemand_days = 8   # a week and a day"
    let entry = try #require(scan(text)?.entries.first)
    #expect(slice(text, entry.value) == "8")
    #expect(entry.lines.upperBound == text.utf8.count)
  }

  @Test func multiLineStringsMayHoldQuotesAndHashes() throws {
    let text = "a = \"\"\"one \"two\" # not a comment\nthree\"\"\"\"\nb = '''x'''\n"
    let scanner = try #require(scan(text))
    #expect(scanner.entries.map(\.path) == [["a"], ["b"]])
    #expect(slice(text, scanner.entries[0].value) == "\"\"\"one \"two\" # not a comment\nthree\"\"\"\"")
  }

  @Test func aShapeItCannotFollowIsNil() {
    #expect(scan("name = \"unclosed\n") == nil)
    #expect(scan("name \"Zinc\"\n") == nil)
    #expect(scan("[restaurant\n") == nil)
    #expect(scan("name = \"Zinc\" trailing\n") == nil)
    #expect(scan("name =\n") == nil)
  }
}
