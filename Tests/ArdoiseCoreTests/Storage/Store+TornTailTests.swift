import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// A log cut anywhere in its last record, as a crash mid-write leaves it.
@Suite struct StoreTornTailTests {
  @Test func aLogCutAtEveryByteOfItsLastRecordKeepsTheEarlierRecordsAndRepairs() throws {
    let fixture = try StoreFixture()
    let original = try fixture.openStore()
    let id = try original.create(StoreFixture.facts()).id
    try StoreFixture.note(original, id, "première")
    try StoreFixture.pay(original, id, 1_250)
    // Multi-byte characters, so some cuts fall inside a UTF-8 sequence.
    try StoreFixture.note(original, id, "dernière note — café, 😀, \"guillemets\"")
    let full = try fixture.bytes(of: fixture.logPath(id))
    let (lines, tail) = splitLines(full)
    try #require(lines.count == 4 && tail == 0)
    let lastStart = lines[3].lowerBound
    let kept = Array(full[0..<lastStart])
    let earlierEvents = Array(try #require(original.incident(id)).incident.events.prefix(3))
    let file = fixture.relativeLog(id)

    for cut in (lastStart + 1)..<full.count {
      for name in fixture.quarantined() { unlink(fixture.directory.quarantinePath + "/" + name) }
      try POSIXFile.replace(fixture.logPath(id), with: Array(full[0..<cut]))
      let fragment = Array(full[lastStart..<cut])

      let store = try fixture.openStore()
      let stored = try #require(store.incident(id), "cut at \(cut)")
      #expect(stored.incident.events == earlierEvents, "cut at \(cut)")
      #expect(!stored.isReadOnly, "cut at \(cut)")
      let warnings = store.allProblems.filter { $0.file == file && $0.line == 4 && $0.severity == .warning }
      #expect(warnings.count == 1, "cut at \(cut): \(store.allProblems)")
      #expect(!store.allProblems.contains { $0.severity == .error }, "cut at \(cut)")

      try StoreFixture.note(store, id, "après réparation")
      // The same store no longer reports the torn line it repaired (only the repair itself).
      let stillTorn = store.allProblems.filter { $0.isInterruptedWrite }
      #expect(stillTorn.isEmpty, "cut at \(cut)")
      let flagged = warnings.filter { $0.isInterruptedWrite }
      #expect(flagged.count == warnings.count, "cut at \(cut)")
      let quarantined = fixture.quarantined()
      try #require(quarantined.count == 1, "cut at \(cut)")
      let saved = try fixture.bytes(of: fixture.directory.quarantinePath + "/" + quarantined[0])
      #expect(saved == fragment, "cut at \(cut)")

      let repaired = try fixture.bytes(of: fixture.logPath(id))
      #expect(Array(repaired.prefix(lastStart)) == kept, "cut at \(cut)")
      let events = try parseAllLines(repaired)
      #expect(events.count == 4 && repaired.last == 0x0A, "cut at \(cut)")
      #expect(Array(events.prefix(3)) == earlierEvents, "cut at \(cut)")
      let reloaded = try fixture.openStore()
      #expect(noteTexts(reloaded.incident(id)?.incident) == ["première", "après réparation"], "cut at \(cut)")
      #expect(reloaded.allProblems.isEmpty, "cut at \(cut): \(reloaded.allProblems)")
    }
  }

  @Test func aLogCutAtALineBoundaryIsNotReportedAndNeedsNoRepair() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try StoreFixture.note(store, id, "une")
    let full = try fixture.bytes(of: fixture.logPath(id))
    let (lines, _) = splitLines(full)
    try POSIXFile.replace(fixture.logPath(id), with: Array(full[0...lines[0].upperBound]))
    let reloaded = try fixture.openStore()
    #expect(reloaded.allProblems.isEmpty)
    try StoreFixture.note(reloaded, id, "deux")
    #expect(fixture.quarantined().isEmpty)
    #expect(noteTexts(reloaded.incident(id)?.incident) == ["deux"])
  }
}
