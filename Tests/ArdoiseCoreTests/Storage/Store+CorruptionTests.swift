import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// Complete lines that cannot be trusted: damaged bytes, hand edits, records from a newer ardoise.
@Suite struct StoreCorruptionTests {
  /// Two cases; the first has four lines, the second a payment of 20.00 on line 2.
  struct TwoCases {
    let fixture: StoreFixture
    let damaged: IncidentID
    let healthy: IncidentID
    let original: [UInt8]
    let events: [Event]
    /// Byte range of line 2 of the damaged case (without its LF).
    let middle: Range<Int>

    init() throws {
      fixture = try StoreFixture()
      let store = try fixture.openStore()
      damaged = try store.create(StoreFixture.facts()).id
      try StoreFixture.pay(store, damaged, 2_000)
      try StoreFixture.note(store, damaged, "troisième ligne")
      try StoreFixture.note(store, damaged, "quatrième ligne")
      healthy = try store.create(StoreFixture.facts()).id
      original = try fixture.bytes(of: fixture.logPath(damaged))
      events = try #require(store.incident(damaged)).incident.events
      middle = splitLines(original).lines[1]
    }

    /// Writes `bytes` over the damaged case's log, then checks what a store makes of it:
    /// an error at `line` of the right file, the case read-only and never accepting an altered
    /// record, the other case writable, and the damaged file unchanged by a write attempt.
    func expectReadOnly(_ bytes: [UInt8], line: Int, _ what: String) throws {
      try fixture.overwrite(fixture.logPath(damaged), with: bytes)
      let store = try fixture.openStore()
      let errors = store.allProblems.filter { $0.severity == .error }
      #expect(errors.contains { $0.file == fixture.relativeLog(damaged) && $0.line == line }, "\(what): \(store.allProblems)")
      #expect(!errors.contains { $0.file == fixture.relativeLog(healthy) }, "\(what)")
      let stored = try #require(store.incident(damaged), "\(what)")
      #expect(stored.isReadOnly, "\(what)")
      #expect(stored.incident.events.allSatisfy { events.contains($0) }, "\(what): an altered record was accepted")
      do {
        try StoreFixture.note(store, damaged, "refusée")
        Issue.record("\(what): a read-only case accepted a write")
      } catch StoreError.readOnly(let id, _) {
        #expect(id == damaged)
      }
      #expect(try fixture.bytes(of: fixture.logPath(damaged)) == bytes, "\(what): the damaged file was changed")
      try StoreFixture.note(store, healthy, "toujours possible")
      #expect(fixture.quarantined().isEmpty)
    }
  }

  @Test func aFlippedBitInAMiddleLineIsReportedAndOnlyThatCaseIsReadOnly() throws {
    let cases = try TwoCases()
    let width = cases.middle.count
    // Start of the JSON, a key, the amount, the end of the JSON, the tab, the checksum.
    let positions = [0, 3, width / 3, width / 2, width - 10, width - 9, width - 1]
    for (index, offset) in positions.enumerated() {
      var bytes = cases.original
      let position = cases.middle.lowerBound + offset
      bytes[position] ^= UInt8(1 << (index % 8))
      if bytes[position] == 0x0A { bytes[position] ^= 0x03 }
      try cases.expectReadOnly(bytes, line: 2, "bit \(index % 8) of byte \(offset)")
    }
  }

  /// Every bit of every byte of the middle line: never accepted as a different record.
  @Test func noSingleBitFlipInALineIsEverAcceptedAltered() throws {
    let cases = try TwoCases()
    for position in cases.middle {
      for bit in 0..<8 {
        var bytes = cases.original
        bytes[position] ^= UInt8(1 << bit)
        let reading = bytes.withUnsafeBufferPointer { CaseLog.read($0, file: "x") }
        let altered = reading.events.filter { !cases.events.contains($0) }
        #expect(altered.isEmpty, "byte \(position - cases.middle.lowerBound) bit \(bit)")
        if reading.events.count == cases.events.count {
          // Only the letter case of a checksum digit may change without a report: same record.
          #expect(String(decoding: [bytes[position]], as: UTF8.self).lowercased() == String(decoding: [cases.original[position]], as: UTF8.self))
        } else {
          #expect(reading.readOnlyReason != nil, "byte \(position - cases.middle.lowerBound) bit \(bit)")
        }
      }
    }
  }

  @Test func aHandEditedAmountIsReported() throws {
    let cases = try TwoCases()
    let line = Array(cases.original[cases.middle])
    let text = String(decoding: line, as: UTF8.self)
    try #require(text.contains("\"amount\":\"20.00\""))
    var bytes = cases.original
    bytes.replaceSubrange(cases.middle, with: Array(text.replacingOccurrences(of: "\"20.00\"", with: "\"90.00\"").utf8))
    try cases.expectReadOnly(bytes, line: 2, "amount edited")
  }

  @Test func aDeletedByteIsReported() throws {
    let cases = try TwoCases()
    for offset in [1, cases.middle.count / 2, cases.middle.count - 9, cases.middle.count - 1] {
      var bytes = cases.original
      bytes.remove(at: cases.middle.lowerBound + offset)
      try cases.expectReadOnly(bytes, line: 2, "byte \(offset) deleted")
    }
  }

  @Test func aLineEndingInCRLFIsReported() throws {
    let cases = try TwoCases()
    var bytes = cases.original
    bytes.insert(0x0D, at: cases.middle.upperBound)
    try cases.expectReadOnly(bytes, line: 2, "CRLF")
  }

  @Test(arguments: [("v", FlatJSONValue.integer(Int64(Event.formatVersion + 1))), ("type", FlatJSONValue.string("teleported"))])
  func aRecordFromANewerArdoiseMakesItsCaseReadOnlyAndIsNeverRewritten(field: String, value: FlatJSONValue) throws {
    let cases = try TwoCases()
    var fields = cases.events[2].fields
    fields[field] = value
    fields["id"] = .string(EventID.make(at: Date(timeIntervalSince1970: 1_795_000_100)).rawValue)
    fields["future_field"] = .string("kept as written")
    let bytes = cases.original + checksummedLine(fields)
    try cases.expectReadOnly(bytes, line: 5, "\(field) = \(value)")
    let store = try cases.fixture.openStore()
    let message = try #require(store.allProblems.first { $0.line == 5 }).message.english
    #expect(message.contains(field == "v" ? "newer ardoise" : "unknown type"))
  }

  /// A read-only case is never written to, even to repair a torn tail: the tail may belong to
  /// a format this build does not know.
  @Test func aReadOnlyCaseWithATornTailIsLeftByteForByte() throws {
    let cases = try TwoCases()
    var fields = cases.events[2].fields
    fields["v"] = .integer(Int64(Event.formatVersion + 1))
    let bytes = cases.original + checksummedLine(fields) + Array("{\"v\":\(Event.formatVersion + 1),\"id\":\"01".utf8)
    try cases.expectReadOnly(bytes, line: 5, "newer record then a torn tail")
  }
}
