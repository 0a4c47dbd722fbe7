import Foundation
import Testing

@testable import ArdoiseCore

/// A case log that holds no readable case (its first line damaged, not UTF-8, or with an amount
/// out of bounds) is named with its file and line wherever someone asks for it, never “no case”,
/// and the other cases keep working.
@Suite struct StoreUnreadableCaseTests {
  enum Damage: String, CaseIterable, Sendable {
    case flippedByte, invalidUTF8, amountOutOfBounds
  }

  /// The first line of `id`'s log damaged as `damage` says.
  private func damage(_ fixture: StoreFixture, _ id: IncidentID, _ damage: Damage) throws {
    let bytes = try fixture.bytes(of: fixture.logPath(id))
    let first = splitLines(bytes).lines[0]
    var line = Array(bytes[first])
    let tab = try #require(line.lastIndex(of: UInt8(ascii: "\t")))
    var json = Array(line[..<tab])
    switch damage {
    case .flippedByte:
      line[5] ^= 0x01
    case .invalidUTF8:
      // Bytes that are not UTF-8 inside a string, with a checksum that matches them.
      let marker = Array("\"by\":\"".utf8)
      let at = try #require((0...(json.count - marker.count)).first { Array(json[$0..<($0 + marker.count)]) == marker })
      json.insert(contentsOf: [0xFF, 0xFE], at: at + marker.count)
      line = json + Array(("\t" + CRC32.hex(CRC32.checksum(json))).utf8)
    case .amountOutOfBounds:
      let text = String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\"amount\":\"100.00\"", with: "\"amount\":\"92233720368547758.07\"")
      json = Array(text.utf8)
      line = json + Array(("\t" + CRC32.hex(CRC32.checksum(text.utf8))).utf8)
    }
    try fixture.overwrite(fixture.logPath(id), with: line + [UInt8(ascii: "\n")] + Array(bytes[first.upperBound...].dropFirst()))
  }

  @Test(arguments: Damage.allCases, [true, false])
  func aCaseThatCannotBeReadIsNamedWithItsFileAndLine(_ kind: Damage, onDemand: Bool) throws {
    let fixture = try StoreFixture()
    let writer = try fixture.openStore()
    let id = try writer.create(StoreFixture.facts()).id
    let other = try writer.create(StoreFixture.facts(amount: 5_000)).id
    try damage(fixture, id, kind)
    let store = try Store(directory: fixture.directory, actor: "test", now: fixture.clock.next, timeZone: StoreFixture.utc,
                          loading: onDemand ? .onDemand : .everyCase)
    let file = fixture.relativeLog(id)

    #expect(throws: StoreError.self) { try store.resolve(id.rawValue) }
    #expect(throws: StoreError.self) { try store.resolve(String(id.rawValue.suffix(4))) }
    do {
      _ = try store.resolve(String(id.rawValue.suffix(4)))
    } catch let error as StoreError {
      guard case .unreadableCase(let named, let problem) = error else {
        Issue.record("\(kind): \(error.message(.english))")
        return
      }
      #expect(named == id && problem.file == file && problem.line == 1)
      let english = error.message(.english)
      #expect(english.hasPrefix("case \(id) cannot be read: line 1 of \(file): "), "\(english)")
      #expect(error.message(.french).hasPrefix("le dossier \(id) est illisible\u{202F}: ligne 1 de \(file)\u{202F}: "), "\(error.message(.french))")
      #expect(!english.contains("\n") && !error.message(.french).contains("\n"))
      if kind == .amountOutOfBounds {
        #expect(english.hasSuffix("invalid record: “amount” out of bounds (0 to €1,000,000.00): 92233720368547758.07"), "\(english)")
        #expect(error.message(.french).contains("hors limites"), "\(error.message(.french))")
      }
      // `list` and `stats` say the same, naming the one file.
      #expect(store.damagedCasesNotice?(.english) == english)
    }
    #expect(try store.resolve(other.rawValue) == other)
    #expect(store.summaries.map(\.id) == [other])
  }

  /// Two damaged logs: counted, and `ardoise check` lists them.
  @Test func severalDamagedLogsAreCounted() throws {
    let fixture = try StoreFixture()
    let writer = try fixture.openStore()
    let first = try writer.create(StoreFixture.facts()).id
    let second = try writer.create(StoreFixture.facts()).id
    try damage(fixture, first, .flippedByte)
    try damage(fixture, second, .invalidUTF8)
    let store = try fixture.openStore()
    #expect(store.damagedCasesNotice?(.english) == "2 cases cannot be read in full — see “ardoise check”")
  }

  /// A damaged later line leaves the case readable and read-only: one such file is named too.
  @Test func oneReadOnlyCaseIsNamedWithItsLine() throws {
    let fixture = try StoreFixture()
    let writer = try fixture.openStore()
    let id = try writer.create(StoreFixture.facts()).id
    _ = try StoreFixture.note(writer, id, "hello")
    var bytes = try fixture.bytes(of: fixture.logPath(id))
    let second = splitLines(bytes).lines[1]
    bytes[second.lowerBound + 5] ^= 0x01
    try fixture.overwrite(fixture.logPath(id), with: bytes)
    let store = try fixture.openStore()
    #expect(try store.resolve(id.rawValue) == id)
    #expect(store.damagedCasesNotice?(.english)
      == "case \(id) is read-only: line 2 of \(fixture.relativeLog(id)): checksum mismatch: the line was damaged or edited by hand")
  }
}
