import Foundation
import Synchronization
import Testing

@testable import ArdoiseCore

/// `forEachRenderedCase` takes a case's line from `.rendered.cache` while its log is the one the
/// store loaded, and renders it again otherwise: the bytes handed over are the same either way.
@Suite struct StoreRenderedCaseCacheTests {
  /// Counts the cases rendered (not taken from the cache).
  private final class RenderCount: Sendable {
    let value = Mutex(0)
    var count: Int { value.withLock { $0 } }
  }

  /// A rendering that shows the log's state: the case's id, its events and its notes.
  private static func render(_ stored: StoredIncident, counting count: RenderCount, dependsOnDay: Bool = false) -> RenderedCase {
    count.value.withLock { $0 += 1 }
    let notes = stored.incident.notes.map(\.text).joined(separator: "|")
    return RenderedCase(bytes: Array("{\"id\":\"\(stored.incident.id.rawValue)\",\"events\":\(stored.incident.events.count),\"notes\":\"\(notes)\"}".utf8),
                        dependsOnDay: dependsOnDay)
  }

  private func list(_ fixture: StoreFixture, _ ids: [IncidentID], context: String = "test", today: CalendarDay = CalendarDay(daysSince1970: 20_000),
                    dependsOnDay: @escaping @Sendable (IncidentID) -> Bool = { _ in false }) throws -> (lines: [String], rendered: Int) {
    let store = try fixture.openStore()
    store.loadEveryCaseIfNeeded()
    let count = RenderCount()
    var lines: [String] = []
    store.forEachRenderedCase(ids, context: context, today: today, batchSize: 7, render: {
      Self.render($0, counting: count, dependsOnDay: dependsOnDay($0.incident.id))
    }, consume: { lines.append(String(decoding: $0, as: UTF8.self)) })
    return (lines, count.count)
  }

  private func makeCases(_ fixture: StoreFixture, count: Int) throws -> [IncidentID] {
    let store = try fixture.openStore()
    var ids: [IncidentID] = []
    for index in 0..<count {
      let id = try store.create(StoreFixture.facts(amount: Int64(100 * (index + 1)))).id
      if index % 3 == 0 { try StoreFixture.note(store, id, "note \(index)") }
      ids.append(id)
    }
    return ids
  }

  private func cachePath(_ fixture: StoreFixture) -> String { fixture.directory.path + "/.rendered.cache" }

  @Test func linesComeFromTheCacheWhileTheirLogsAreUnchanged() throws {
    let fixture = try StoreFixture()
    let ids = try makeCases(fixture, count: 30).shuffled()
    let first = try list(fixture, ids)
    #expect(first.rendered == 30 && first.lines.count == 30)
    #expect(first.lines[0].hasPrefix("{\"id\":\"\(ids[0].rawValue)\""))
    var info = stat()
    #expect(lstat(cachePath(fixture), &info) == 0 && info.st_mode & 0o777 == 0o600)

    let second = try list(fixture, ids)
    #expect(second.rendered == 0)
    #expect(second.lines == first.lines)

    // A log changed since: that case alone is read again, and its new line is appended.
    let store = try fixture.openStore()
    try StoreFixture.note(store, ids[4], "changed")
    let third = try list(fixture, ids)
    #expect(third.rendered == 1)
    #expect(third.lines[4].contains("changed") && third.lines[4] != first.lines[4])
    #expect(Array(third.lines[0..<4]) == Array(first.lines[0..<4]) && Array(third.lines[5...]) == Array(first.lines[5...]))
    let fourth = try list(fixture, ids)
    #expect(fourth.rendered == 0 && fourth.lines == third.lines)

    // A subset in another order: the same lines.
    let some = [ids[9], ids[2], ids[4]]
    let subset = try list(fixture, some)
    #expect(subset.rendered == 0 && subset.lines == [third.lines[9], third.lines[2], third.lines[4]])
  }

  @Test func aDamagedLineIsAMissForItsCaseOnly() throws {
    let fixture = try StoreFixture()
    let ids = try makeCases(fixture, count: 12)
    let first = try list(fixture, ids)
    var bytes = try fixture.bytes(of: cachePath(fixture))
    // The seventh case's rendered bytes: one of its id's letters changed.
    let text = String(decoding: bytes, as: UTF8.self)
    let target = "{\"id\":\"\(ids[6].rawValue)\""
    let range = try #require(text.range(of: target))
    let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound) + 8
    bytes[offset] = bytes[offset] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
    try fixture.overwrite(cachePath(fixture), with: bytes)

    let second = try list(fixture, ids)
    #expect(second.rendered == 1)
    #expect(second.lines == first.lines)
    // A cache cut in the middle of a line: the cases after it are read again.
    let again = try fixture.bytes(of: cachePath(fixture))
    try fixture.overwrite(cachePath(fixture), with: Array(again[0..<(again.count / 2)]))
    let third = try list(fixture, ids)
    #expect(third.rendered > 0 && third.rendered < 12)
    #expect(third.lines == first.lines)
    // Not a cache of this program at all: every case read, the file made again.
    try fixture.overwrite(cachePath(fixture), with: Array("ardoise-rendered 1 0000000000000000\nnonsense\n".utf8))
    let fourth = try list(fixture, ids)
    #expect(fourth.rendered == 12 && fourth.lines == first.lines)
    #expect(try list(fixture, ids).rendered == 0)
  }

  @Test func aLineThatDependsOnTheDayIsMadeAgainTheNextDay() throws {
    let fixture = try StoreFixture()
    let ids = try makeCases(fixture, count: 6)
    let planned = ids[2]
    let day = CalendarDay(daysSince1970: 20_000)
    let first = try list(fixture, ids, today: day, dependsOnDay: { $0 == planned })
    #expect(first.rendered == 6)
    #expect(try list(fixture, ids, today: day, dependsOnDay: { $0 == planned }).rendered == 0)
    #expect(try list(fixture, ids, today: day.adding(days: 1), dependsOnDay: { $0 == planned }).rendered == 1)
    // Another context (another playbook): nothing is used.
    #expect(try list(fixture, ids, context: "other", today: day.adding(days: 1)).rendered == 6)
  }

  @Test func aReadOnlyCaseIsNeverCached() throws {
    let fixture = try StoreFixture()
    let ids = try makeCases(fixture, count: 4)
    var bytes = try fixture.bytes(of: fixture.logPath(ids[0]))
    let secondLine = try #require(bytes.firstIndex(of: 0x0A)) + 1
    bytes[secondLine + 2] = UInt8(ascii: "x")
    try fixture.overwrite(fixture.logPath(ids[0]), with: bytes)
    #expect(try list(fixture, ids).rendered == 4)
    #expect(try list(fixture, ids).rendered == 1)
  }

  /// A symbolic link or a FIFO in the cache's place is never followed nor waited on: it is
  /// replaced by a cache of this program's, and what a link pointed to is left as it was.
  @Test func aLinkOrAFIFOInItsPlaceIsReplaced() throws {
    let fixture = try StoreFixture()
    let ids = try makeCases(fixture, count: 5)
    let target = fixture.temporary.child("elsewhere")
    try Array("kept".utf8).withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: target)) }
    #expect(symlink(target, cachePath(fixture)) == 0)
    let first = try list(fixture, ids)
    #expect(first.rendered == 5)
    #expect(try fixture.bytes(of: target) == Array("kept".utf8))
    var info = stat()
    #expect(lstat(cachePath(fixture), &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
    unlink(cachePath(fixture))
    #expect(mkfifo(cachePath(fixture), 0o600) == 0)
    let second = try list(fixture, ids)
    #expect(second.rendered == 5 && second.lines == first.lines)
    #expect(try list(fixture, ids).rendered == 0)
  }

  @Test func purgeDeletesTheCache() throws {
    let fixture = try StoreFixture()
    let ids = try makeCases(fixture, count: 3)
    _ = try list(fixture, ids)
    #expect(FileManager.default.fileExists(atPath: cachePath(fixture)))
    let store = try fixture.openStore()
    _ = try store.purgePersonalData(ids[1], reason: "test")
    #expect(!FileManager.default.fileExists(atPath: cachePath(fixture)))
  }
}
