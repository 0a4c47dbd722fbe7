import Foundation
import Testing
@testable import ArdoiseCore

/// The strict flat JSON reader and writer of case logs.
@Suite struct FlatJSONTests {
  private func parse(_ text: String) throws -> [String: FlatJSONValue] {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { try FlatJSON.parse($0) }
  }

  private func reason(_ text: String) -> String? {
    do { _ = try parse(text); return nil } catch { return (error as? FlatJSONError)?.reason.english ?? "\(error)" }
  }

  @Test func readsEveryKindOfValue() throws {
    let fields = try parse(#" { "s" : "text", "n":-42 ,"z":0, "big":9223372036854775807, "small":-9223372036854775808, "t":true, "f":false, "x":null } "#)
    #expect(fields == ["s": .string("text"), "n": .integer(-42), "z": .integer(0), "big": .integer(.max), "small": .integer(.min),
                       "t": .bool(true), "f": .bool(false), "x": .null])
  }

  @Test func readsTheEmptyObject() throws {
    #expect(try parse("{}").isEmpty)
    #expect(try parse(" { } ").isEmpty)
  }

  @Test(arguments: [
    (#"\""#, "\""), (#"\\"#, "\\"), (#"\/"#, "/"), (#"\b"#, "\u{08}"), (#"\f"#, "\u{0C}"), (#"\n"#, "\n"), (#"\r"#, "\r"),
    (#"\t"#, "\t"), (#"\u00e9"#, "é"), (#"\u00E9"#, "é"), (#"\u2028"#, "\u{2028}"), (#"\ud83d\ude00"#, "😀"), ("é😀", "é😀"),
    (#"a\nb\"c"#, "a\nb\"c"),
  ])
  func readsEscapes(escaped: String, expected: String) throws {
    #expect(try parse(#"{"k":""# + escaped + #""}"#) == ["k": .string(expected)])
  }

  @Test(arguments: [
    (#"{"a":{"b":1}}"#, "unsupported value"), (#"{"a":[1]}"#, "unsupported value"), (#"{"a":1.5}"#, "expected “,” or “}”"),
    (#"{"a":1e5}"#, "expected “,” or “}”"), (#"{"a":-}"#, "not an integer"), (#"{"a":99999999999999999999}"#, "not an integer"),
    (#"{"a":1,"a":1}"#, "duplicate key “a”"), (#"{"a":1} x"#, "text after the object"), (#"{"a":1}{}"#, "text after the object"),
    (#"{"a":"x"#, "unterminated string"), (#"{"a":1"#, "unterminated object"), (#"{"a":}"#, "unsupported value"),
    (#"{"a" 1}"#, "expected “:”"), (#"{a:1}"#, "expected “\"”"), ("{\"a\":\"x\ny\"}", "control character in a string"),
    (#"{"a":"\q"}"#, "bad escape"), (#"{"a":"\u12"}"#, #"bad \u escape"#), (#"{"a":"\ud83d"}"#, "lone surrogate"),
    (#"{"a":"\ud83dx\ude00"}"#, "lone surrogate"), (#"{"a":tru}"#, "unsupported value"), (#"{"a":nul}"#, "unsupported value"),
    (#"{"a":'x'}"#, "unsupported value"), (#"["a"]"#, "expected “{”"), ("", "expected “{”"), (#"{"a":1,}"#, "expected “\"”"),
    (#"{"a":1 "b":2}"#, "expected “,” or “}”"),
  ])
  func refusesWhatCaseLogsNeverHold(text: String, expected: String) throws {
    let found = try #require(reason(text), "\(text) was accepted")
    #expect(found.hasPrefix(expected), "\(text): \(found)")
    #expect(found.contains("at column"), "\(found)")
  }

  @Test func refusesInvalidUTF8() {
    let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    #expect(throws: FlatJSONError.self) { try bytes.withUnsafeBufferPointer { try FlatJSON.parse($0) } }
  }

  @Test func writesSortedCompactObjects() {
    let fields: [String: FlatJSONValue] = ["z": .integer(-1), "a": .string("x"), "m": .bool(false), "b": .null, "A": .bool(true)]
    #expect(FlatJSON.serialize(fields) == #"{"A":true,"a":"x","b":null,"m":false,"z":-1}"#)
    #expect(FlatJSON.serialize([:]) == "{}")
  }

  @Test(arguments: [
    ("plain", #""plain""#), ("a\"b", #""a\"b""#), ("a\\b", #""a\\b""#), ("a\nb", #""a\nb""#), ("a\rb", #""a\rb""#),
    ("a\tb", #""a\tb""#), ("\u{2028}\u{2029}", #""\u2028\u2029""#), ("\u{00}\u{1B}\u{7F}", #""\u0000\u001b\u007f""#),
    ("é😀/", "\"é😀/\""),
  ])
  func quotesWithTheFewestEscapes(text: String, expected: String) {
    #expect(FlatJSON.quoted(text) == expected)
  }

  @Test func randomObjectsRoundTrip() throws {
    var random = SplitMix64(seed: 7)
    let alphabet: [Character] = ["a", "Z", "0", " ", "\"", "\\", "\n", "\t", "\u{01}", "\u{7F}", "é", "€", "😀", "\u{2028}", "/", "{", "}", ":", ","]
    func text() -> String {
      String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }
    for _ in 0..<500 {
      var fields: [String: FlatJSONValue] = [:]
      for _ in 0..<Int(random.next() % 8) {
        let value: FlatJSONValue
        switch random.next() % 4 {
        case 0: value = .string(text())
        case 1: value = .integer(Int64(bitPattern: random.next()))
        case 2: value = .bool(random.next() % 2 == 0)
        default: value = .null
        }
        fields[text()] = value
      }
      let line = FlatJSON.serialize(fields)
      #expect(!line.contains("\n"))
      #expect(try parse(line) == fields, "\(line)")
      // Foundation agrees it is JSON.
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(line)")
    }
  }
}
