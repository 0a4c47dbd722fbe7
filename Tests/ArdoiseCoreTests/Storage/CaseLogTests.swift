import Foundation
import Testing

@testable import ArdoiseCore

/// Reading the bytes of one case log, without a store.
@Suite struct CaseLogTests {
  static func line(_ text: String, second: Int64) -> String {
    let moment = Timestamp(secondsSince1970: 1_795_000_000 + second, offsetSeconds: 3600)
    return Event(id: EventID.make(at: moment.date), occurredAt: moment, recordedAt: moment, actor: "t", body: .noteAdded(text)).line
  }

  static func read(_ text: String, firstLine: Int = 1) -> CaseLogReading {
    Array(text.utf8).withUnsafeBufferPointer { CaseLog.read($0, file: "cases/x.jsonl", firstLine: firstLine) }
  }

  @Test func readsCompleteLinesAndCountsThem() {
    let text = CaseLogTests.line("un", second: 1) + CaseLogTests.line("deux", second: 2)
    let reading = CaseLogTests.read(text)
    #expect(reading.events.count == 2)
    #expect(reading.lineCount == 2 && reading.consumed == text.utf8.count && reading.tornTail == 0)
    #expect(reading.problems.isEmpty && reading.readOnlyReason == nil)
  }

  @Test func aLastLineWithoutNewlineIsATornTailNeverData() {
    let complete = CaseLogTests.line("un", second: 1)
    var second = CaseLogTests.line("deux", second: 2)
    second.removeLast()
    let reading = CaseLogTests.read(complete + second)
    #expect(reading.events.count == 1)
    #expect(reading.tornTail == second.utf8.count && reading.consumed == complete.utf8.count && reading.lineCount == 1)
    #expect(reading.problems.count == 1 && reading.problems.first?.severity == .warning && reading.problems.first?.line == 2)
    #expect(reading.readOnlyReason == nil)
  }

  @Test func blankLinesAreSkippedButCounted() {
    let text = "\n  \r\n" + CaseLogTests.line("un", second: 1) + "garbage\n"
    let reading = CaseLogTests.read(text)
    #expect(reading.events.count == 1)
    #expect(reading.problems.map(\.line) == [4])
    #expect(reading.readOnlyReason != nil)
  }

  @Test func lineNumbersContinueFromAnEarlierRead() {
    let reading = CaseLogTests.read(CaseLogTests.line("un", second: 1) + "{}\tdeadbeef\n", firstLine: 8)
    #expect(reading.problems.first?.line == 9)
    #expect(reading.problems.first?.severity == .error)
    #expect(reading.lineCount == 2)
  }

  @Test(arguments: [
    "{\"v\":1}", "{\"v\":1}\t", "{\"v\":1}\t0000000", "{\"v\":1}\tzzzzzzzz", "no json\t00000000", "\t00000000",
  ])
  func malformedLinesAreErrors(text: String) {
    let reading = CaseLogTests.read(text + "\n")
    #expect(reading.events.isEmpty)
    #expect(reading.problems.count == 1 && reading.problems.first?.severity == .error)
    #expect(reading.readOnlyReason != nil)
  }

  @Test func aWellChecksummedLineWithBadFieldsIsAnError() {
    var fields: [String: FlatJSONValue] = ["v": .integer(1), "id": .string("X"), "type": .string("note"), "by": .string("t"),
                                           "at": .string("not a date"), "recorded": .string("2026-11-29T23:40:00Z"), "text": .string("x")]
    var text = String(decoding: checksummedLine(fields), as: UTF8.self)
    #expect(CaseLogTests.read(text).problems.first?.message.english.contains("“at” is not a date-time") == true)
    fields["at"] = .string("2026-11-29T23:40:00+01:00")
    text = String(decoding: checksummedLine(fields), as: UTF8.self)
    #expect(CaseLogTests.read(text).events.count == 1)
  }

  /// Splitting is on byte 0x0A only: U+2028 and other separators inside a note stay in its line.
  @Test func unicodeLineSeparatorsStayInsideTheirLine() throws {
    let text = CaseLogTests.line("a\u{2028}b\u{85}c\nd\r", second: 1)
    let reading = CaseLogTests.read(text)
    try #require(reading.events.count == 1)
    #expect(reading.events[0].body == .noteAdded("a\u{2028}b\u{85}c\nd\r"))
  }
}
