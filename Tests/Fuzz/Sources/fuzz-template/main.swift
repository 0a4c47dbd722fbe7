// A restaurant's document template: parsed and rendered with values of every kind (text, true,
// false, lists of tables, a nested table); never a crash, and the text written holds no control
// character but newlines and tabs once it goes through the document generator's cleaning.
import ArdoiseCore

nonisolated(unsafe) let values: [String: Any] = [
  "name": "Jean \u{1B}]0;x\u{07}Dupont", "on": true, "off": false, "count": 3,
  "items": [["day": "1er", "note": "absent"], ["day": "3"], [:]] as [[String: Any]],
  "names": ["Léa", "Marc"], "restaurant": ["city": "Lyon", "on": true] as [String: Any], "empty": [String](),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count), as: UTF8.self)
  // A template refused (malformed, too large, multiplying) is an expected answer, not a failure.
  guard let template = try? DocumentTemplate(text), let rendered = (try? template.render(values))?.inertLines else { return 0 }
  precondition(!rendered.unicodeScalars.contains { $0.isInert && $0 != "\n" && $0 != "\t" && $0 != "\r" }, "a control left")
  return 0
}
