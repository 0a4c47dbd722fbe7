import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// A clock that moves one second forward at every reading, so events sort in the order they were
/// recorded and tests are deterministic.
final class SteppingClock {
  private var current: Date

  init(start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = start }

  func next() -> Date {
    current += 1
    return current
  }
}

/// A store in a fresh temporary directory, with helpers to read and damage its files.
struct StoreFixture {
  let temporary: TemporaryDirectory
  let directory: DataDirectory
  let clock = SteppingClock()

  init() throws {
    temporary = try TemporaryDirectory()
    directory = DataDirectory(path: temporary.child("data"))
  }

  static let utc = TimeZone(identifier: "UTC") ?? .current

  /// A new `Store` object on the fixture's directory (each call is another "terminal").
  func openStore(actor: String = "test") throws -> Store {
    try Store(directory: directory, actor: actor, now: clock.next, timeZone: StoreFixture.utc)
  }

  static func facts(amount minorUnits: Int64 = 10_000) -> IncidentFacts {
    IncidentFacts(occurredAt: Timestamp(secondsSince1970: 1_794_990_000, offsetSeconds: 3600),
                  amount: Money(minorUnits: minorUnits), table: "12", covers: 2, server: "Léa",
                  summary: "Deux clients partis sans payer — table près de la fenêtre")
  }

  /// Appends a note through the store.
  @discardableResult
  static func note(_ store: Store, _ id: IncidentID, _ text: String) throws -> Incident {
    try store.record(on: id) { _ in .success(.noteAdded(text)) }
  }

  /// Records a payment of `minorUnits` through the domain's decision.
  @discardableResult
  static func pay(_ store: Store, _ id: IncidentID, _ minorUnits: Int64) throws -> Incident {
    try store.record(on: id) { incident in
      incident.decide(.recordPayment(Payment(amount: Money(minorUnits: minorUnits), method: .card)),
                      playbook: .standard, policy: RecoveryPolicy(today: CalendarDay(year: 2026, month: 11, day: 30)))
    }
  }

  func logPath(_ id: IncidentID) -> String { directory.logPath(id) }

  /// The log's file name as problems report it.
  func relativeLog(_ id: IncidentID) -> String { directory.relative(directory.logPath(id)) }

  func bytes(of path: String) throws -> [UInt8] {
    guard let bytes = try POSIXFile.readFile(path) else { throw TestFailure("missing \(path)") }
    return bytes
  }

  /// Replaces a file's bytes in place (same inode), as a hand edit or a damaged disk would.
  func overwrite(_ path: String, with bytes: [UInt8]) throws {
    let descriptor = open(path, O_WRONLY | O_TRUNC)
    guard descriptor >= 0 else { throw TestFailure("open \(path): errno \(errno)") }
    defer { close(descriptor) }
    try POSIXFile.writeAll(descriptor, bytes, path: path)
  }

  /// Appends bytes without the store (no lock, no checks).
  func append(_ path: String, _ bytes: [UInt8]) throws {
    let descriptor = open(path, O_WRONLY | O_APPEND)
    guard descriptor >= 0 else { throw TestFailure("open \(path): errno \(errno)") }
    defer { close(descriptor) }
    try POSIXFile.writeAll(descriptor, bytes, path: path)
  }

  /// Names in `quarantine/`.
  /// What `quarantine/` holds, without the temp files of a writer killed while moving a fragment
  /// there (never data; the next start removes them).
  func quarantined() -> [String] {
    (POSIXFile.listDirectory(directory.quarantinePath) ?? []).filter { !($0.hasPrefix(".") && $0.hasSuffix(".tmp")) }.sorted()
  }
}

/// Lines of a log: the byte ranges of complete lines (without their LF), and the length of a
/// torn tail.
func splitLines(_ bytes: [UInt8]) -> (lines: [Range<Int>], tornTail: Int) {
  var lines: [Range<Int>] = []
  var start = 0
  for index in bytes.indices where bytes[index] == 0x0A {
    lines.append(start..<index)
    start = index + 1
  }
  return (lines, bytes.count - start)
}

/// Parses every complete line of `bytes`; throws if any is not a valid event.
func parseAllLines(_ bytes: [UInt8]) throws -> [Event] {
  let (lines, _) = splitLines(bytes)
  return try lines.enumerated().map { number, range in
    let parsed = Array(bytes[range]).withUnsafeBufferPointer { buffer in
      Result { () throws(LineProblem) -> Event in try Event.parse(line: buffer) }
    }
    switch parsed {
    case .success(let event): return event
    case .failure(let problem): throw TestFailure("line \(number + 1) is not valid: \(problem.message(.english))")
    }
  }
}

/// A line with `fields` serialized and checksummed as the store would write it.
func checksummedLine(_ fields: [String: FlatJSONValue]) -> [UInt8] {
  let json = FlatJSON.serialize(fields)
  return Array((json + "\t" + CRC32.hex(CRC32.checksum(json.utf8)) + "\n").utf8)
}

/// The note texts in a replayed case, in order.
func noteTexts(_ incident: Incident?) -> [String] { incident?.notes.map(\.text) ?? [] }
