import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// Loading, appending and refreshing through `Store`, in one process.
@Suite struct StoreTests {
  @Test func createdAndAppendedEventsSurviveAReload() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try StoreFixture.note(store, id, "première note")
    try StoreFixture.pay(store, id, 2_500)
    let reloaded = try fixture.openStore()
    #expect(reloaded.incident(id)?.incident == store.incident(id)?.incident)
    #expect(reloaded.incident(id)?.incident.events.count == 3)
    #expect(reloaded.incident(id)?.incident.outstanding == Money(minorUnits: 7_500))
    #expect(reloaded.allProblems.isEmpty)
  }

  /// A load replays every log but keeps only summaries in memory; a case is read in full when
  /// asked for, and comes out the same as the replay at load.
  @Test func aLoadKeepsSummariesAndReadsACaseWhenAsked() throws {
    let fixture = try StoreFixture()
    let writer = try fixture.openStore()
    let id = try writer.create(StoreFixture.facts()).id
    try StoreFixture.pay(writer, id, 2_500)
    let store = try Store(directory: fixture.directory, actor: "test", usesSummaryCache: false)
    #expect(store.logsReadAtLoad == 1)
    let summary = try #require(store.summary(id))
    let incident = try #require(store.incident(id)?.incident)
    #expect(incident.events.count == 2)
    #expect(summary == IncidentSummary(incident))
  }

  /// Cases started from the summary cache are not read again by a full look: the cache keeps no
  /// file mode, and comparing it made every log look changed, so that a screen at a hundred
  /// thousand cases re-read them all a second after its start (seconds of work, a gigabyte).
  @Test func aFullLookAfterAStartFromTheCacheReadsNoLog() throws {
    let fixture = try StoreFixture()
    let writer = try fixture.openStore()
    var ids: Set<IncidentID> = []
    for _ in 0..<3 { ids.insert(try writer.create(StoreFixture.facts()).id) }
    writer.saveSummaryCache()
    let store = try fixture.openStore()
    #expect(Set(store.summaries.map(\.id)) == ids)
    #expect(store.logsReadAtLoad == 0)
    store.fullLookInterval = 0
    let looks = store.fullLookCount
    #expect(store.refresh().isEmpty)
    #expect(store.fullLookCount == looks + 1, "a full look was made")
  }

  /// Another terminal's change is seen from the change counter; with nothing changed, a refresh
  /// looks at no log; a change made outside ardoise is seen at the next full look.
  @Test func refreshLooksAtEveryLogOnlyWhenSomethingChanged() throws {
    let fixture = try StoreFixture()
    let other = try fixture.openStore(actor: "other")
    let first = try other.create(StoreFixture.facts()).id
    let store = try fixture.openStore()
    store.fullLookInterval = 3_600
    let looks = store.fullLookCount
    #expect(store.refresh().isEmpty)
    #expect(store.fullLookCount == looks, "nothing changed: no log looked at")

    try StoreFixture.note(other, first, "vue depuis l’autre terminal")
    #expect(store.refresh() == [first])
    #expect(store.fullLookCount == looks + 1)
    let second = try other.create(StoreFixture.facts()).id
    #expect(store.refresh() == [second])

    // Its own writes do not make the store look again.
    try StoreFixture.note(store, first, "ici")
    let afterOwnWrite = store.fullLookCount
    #expect(store.refresh().isEmpty)
    #expect(store.fullLookCount == afterOwnWrite)

    // A line added by hand (no counter): seen once the full-look interval has passed.
    try fixture.append(fixture.logPath(second), checksummedLine([
      "v": .integer(1), "id": .string("01HANDEDITED0000000000000A"), "type": .string("note"), "text": .string("à la main"),
      "at": .string("2026-11-20T10:00:00Z"), "recorded": .string("2026-11-20T10:00:00Z"), "by": .string("vim"),
    ]))
    #expect(store.refresh().isEmpty)
    store.fullLookInterval = 0
    #expect(store.refresh() == [second])
    #expect(noteTexts(store.incident(second)?.incident) == ["à la main"])
  }

  @Test func refreshReadsAppendsFromAnotherStoreObject() throws {
    let fixture = try StoreFixture()
    let first = try fixture.openStore()
    let id = try first.create(StoreFixture.facts()).id
    let second = try fixture.openStore()
    try StoreFixture.note(second, id, "vue depuis l’autre terminal")
    #expect(first.refresh() == [id])
    #expect(noteTexts(first.incident(id)?.incident) == ["vue depuis l’autre terminal"])
    #expect(first.refresh().isEmpty)
  }

  /// Damages an already-read line in place: a store that re-read the whole file would notice;
  /// one that reads only the new bytes does not (a fresh store does).
  @Test func refreshReadsOnlyTheNewBytes() throws {
    let fixture = try StoreFixture()
    let first = try fixture.openStore()
    let id = try first.create(StoreFixture.facts()).id
    try StoreFixture.note(first, id, "avant")
    let second = try fixture.openStore()
    _ = second.incident(id)  // read in full now, before the damage (a store reads a case when it is opened)
    var bytes = try fixture.bytes(of: fixture.logPath(id))
    bytes[5] ^= 0x01
    try fixture.overwrite(fixture.logPath(id), with: bytes)
    try StoreFixture.note(second, id, "après")
    #expect(first.refresh() == [id])
    #expect(noteTexts(first.incident(id)?.incident) == ["avant", "après"])
    #expect(first.allProblems.isEmpty)
    let fresh = try fixture.openStore()
    #expect(fresh.allProblems.contains { $0.severity == .error && $0.line == 1 })
  }

  @Test func refreshPicksUpANewCase() throws {
    let fixture = try StoreFixture()
    let first = try fixture.openStore()
    let second = try fixture.openStore()
    let id = try second.create(StoreFixture.facts(amount: 4_200)).id
    #expect(first.incident(id) == nil)
    #expect(first.refresh() == [id])
    #expect(first.incident(id)?.incident.facts.amount == Money(minorUnits: 4_200))
  }

  @Test func refreshRereadsAReplacedFileWithAWarning() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try StoreFixture.note(store, id, "gardée")
    try StoreFixture.note(store, id, "retirée par la copie")
    let bytes = try fixture.bytes(of: fixture.logPath(id))
    let (lines, _) = splitLines(bytes)
    // A copy from elsewhere (a restore, a sync tool): a new inode holding the first two lines.
    try POSIXFile.replace(fixture.logPath(id), with: Array(bytes[0..<(lines[1].upperBound + 1)]))
    #expect(store.refresh() == [id])
    #expect(noteTexts(store.incident(id)?.incident) == ["gardée"])
    let warnings = store.allProblems.filter { $0.file == fixture.relativeLog(id) && $0.severity == .warning }
    #expect(warnings.contains { $0.message.english.contains("replaced or shortened") })
  }

  @Test func refreshDropsARemovedFile() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let kept = try store.create(StoreFixture.facts()).id
    let removed = try store.create(StoreFixture.facts()).id
    #expect(unlink(fixture.logPath(removed)) == 0)
    #expect(store.refresh() == [removed])
    #expect(store.incident(removed) == nil)
    #expect(store.incident(kept) != nil)
  }

  /// Store A is stale: store B settled the bill. A must re-read under the lock and refuse,
  /// not pay a second time.
  @Test func aStaleStoreRereadsBeforeDecidingAndRefusesToPayTwice() throws {
    let fixture = try StoreFixture()
    let a = try fixture.openStore(actor: "A")
    let id = try a.create(StoreFixture.facts(amount: 10_000)).id
    let b = try fixture.openStore(actor: "B")
    try StoreFixture.pay(b, id, 10_000)
    #expect(a.incident(id)?.incident.outstanding == Money(minorUnits: 10_000))
    #expect(throws: StoreError.self) { try StoreFixture.pay(a, id, 10_000) }
    #expect(a.incident(id)?.incident.payments.count == 1)
    #expect(a.incident(id)?.incident.outstanding == Money.zero())
    let payments = try parseAllLines(fixture.bytes(of: fixture.logPath(id))).filter { $0.body.typeName == "payment" }
    #expect(payments.count == 1)
  }

  @Test func aStaleStoreRefusesAPaymentAboveWhatIsStillOwed() throws {
    let fixture = try StoreFixture()
    let a = try fixture.openStore(actor: "A")
    let id = try a.create(StoreFixture.facts(amount: 10_000)).id
    let b = try fixture.openStore(actor: "B")
    try StoreFixture.pay(b, id, 6_000)
    do {
      try StoreFixture.pay(a, id, 5_000)
      Issue.record("a payment above the 40.00 still owed was accepted")
    } catch StoreError.refused {
      // Expected: decided on the state B left, 40.00 owed.
    }
    #expect(a.incident(id)?.incident.outstanding == Money(minorUnits: 4_000))
    try StoreFixture.pay(a, id, 4_000)
    #expect(a.incident(id)?.incident.status == .closed)
    #expect(try parseAllLines(fixture.bytes(of: fixture.logPath(id))).count == 3)
  }
}
