import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct JSONWriterTests {
  /// A small document with every kind of value, nested containers and an empty array.
  private func sample(pretty: Bool) -> String {
    var writer = JSONWriter(pretty: pretty)
    writer.beginArray()
    writer.beginObject()
    writer.member("amount", "42.50")
    writer.member("bill", nil as String?)
    writer.member("covers", 2)
    writer.member("open", true)
    writer.member("ticked", strings: [])
    writer.member("tags", strings: ["a", "b"])
    writer.endObject()
    writer.endArray()
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// The layout is Foundation's pretty-printed one, byte for byte, for keys given in sorted order.
  @Test func prettyOutputIsWhatJSONSerializationWrites() throws {
    let object: [[String: Any]] = [["amount": "42.50", "bill": NSNull(), "covers": 2, "open": true, "ticked": [String](), "tags": ["a", "b"]]]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    // Foundation sorts "tags" before "ticked"; the writer keeps the order it is given.
    var writer = JSONWriter()
    writer.beginArray()
    writer.beginObject()
    writer.member("amount", "42.50")
    writer.member("bill", nil as String?)
    writer.member("covers", 2)
    writer.member("open", true)
    writer.member("tags", strings: ["a", "b"])
    writer.member("ticked", strings: [])
    writer.endObject()
    writer.endArray()
    #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: data, as: UTF8.self))
  }

  /// An array of objects written with the helper is what the same calls by hand write, and what
  /// Foundation writes; an empty one is `[`, a blank line, `]` as any empty array.
  @Test func anArrayOfObjectsIsWrittenAsByHand() throws {
    let payments: [(amount: String, method: String)] = [("20.00", "cash"), ("22.50", "card")]
    var helper = JSONWriter()
    helper.beginObject()
    helper.member("none", objects: [String]()) { writer, text in writer.member("text", text) }
    helper.member("payments", objects: payments) { writer, payment in
      writer.member("amount", payment.amount)
      writer.member("method", payment.method)
    }
    helper.endObject()
    var byHand = JSONWriter()
    byHand.beginObject()
    byHand.key("none")
    byHand.beginArray()
    byHand.endArray()
    byHand.key("payments")
    byHand.beginArray()
    for payment in payments {
      byHand.beginObject()
      byHand.member("amount", payment.amount)
      byHand.member("method", payment.method)
      byHand.endObject()
    }
    byHand.endArray()
    byHand.endObject()
    #expect(helper.bytes == byHand.bytes)
    let object: [String: Any] = ["none": [Any](), "payments": payments.map { ["amount": $0.amount, "method": $0.method] }]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    #expect(String(decoding: helper.bytes, as: UTF8.self) == String(decoding: data, as: UTF8.self))
  }

  @Test func compactOutputHasNoSpaces() {
    #expect(sample(pretty: false) == #"[{"amount":"42.50","bill":null,"covers":2,"open":true,"ticked":[],"tags":["a","b"]}]"#)
  }

  @Test func theSameCallsGiveTheSameBytes() {
    #expect(sample(pretty: true) == sample(pretty: true))
    #expect(sample(pretty: true).hasPrefix("[\n  {\n    \"amount\" : \"42.50\",\n    \"bill\" : null,"))
  }

  /// Control characters, bidirectional overrides and zero-width characters never reach a
  /// terminal raw, and a JSON reader gets the text back exactly.
  @Test func stringsAreEscapedAndReadBackExactly() throws {
    let text = "a\"b\\c\nd\te\u{1B}[31m\u{7}\u{7F}\u{9B}f\u{202E}g\u{2066}h\u{200B}i\u{FEFF}j\u{2028}k é € 🍷"
    var writer = JSONWriter(pretty: false)
    writer.beginArray()
    writer.string(text)
    writer.endArray()
    let written = String(decoding: writer.bytes, as: UTF8.self)
    #expect(written.contains(#"\u001b[31m\u0007\u007f\u009bf\u202eg\u2066h\u200bi\ufeffj\u2028k"#))
    #expect(written.contains(#"a\"b\\c\nd\te"#))
    #expect(!written.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
    let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
    #expect(decoded == [text])
  }
}
