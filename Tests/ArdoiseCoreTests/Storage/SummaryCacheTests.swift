import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct SummaryCacheTests {
  /// Two cases, one with a payment and a step, and a snapshot of the cache written.
  private func fixtureWithCache() throws -> (StoreFixture, [IncidentID]) {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let first = try store.create(StoreFixture.facts(amount: 4250)).id
    let second = try store.create(StoreFixture.facts(amount: 9000)).id
    try StoreFixture.pay(store, first, 1000)
    try store.record(on: second) { _ in .success(.stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "gone", next: .review))) }
    store.compactSummaryCache()
    return (fixture, [first, second])
  }

  private func snapshotPath(_ fixture: StoreFixture) -> String { fixture.directory.path + "/.summaries.cache" }

  /// The snapshot's line for `id`, split into its fields.
  private func fields(of id: IncidentID, in fixture: StoreFixture) throws -> (lines: [String], index: Int, fields: [String]) {
    let lines = try String(contentsOfFile: snapshotPath(fixture), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let index = try #require(lines.firstIndex { $0.hasPrefix(id.rawValue) })
    return (lines, index, lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
  }

  /// Writes the snapshot back with `fields` as the line of `index`, its checksum made right.
  private func rewrite(_ lines: [String], index: Int, fields: [String], in fixture: StoreFixture) throws {
    var lines = lines
    let body = fields.dropLast().joined(separator: "\t")
    lines[index] = body + "\t" + CRC32.hex(CRC32.checksum(Array(body.utf8)))
    try lines.joined(separator: "\n").write(toFile: snapshotPath(fixture), atomically: false, encoding: .utf8)
  }

  @Test func aRestartUsesTheCacheAndGivesTheSameSummaries() throws {
    let (fixture, ids) = try fixtureWithCache()
    let fresh = try Store(directory: fixture.directory, actor: "test", usesSummaryCache: false)
    let cached = try fixture.openStore()
    for id in ids {
      #expect(cached.summary(id) == fresh.summary(id))
    }
    // Served from the cache: no log read at start; a case is read in full only when asked for.
    #expect(fresh.logsReadAtLoad == 2)
    #expect(cached.logsReadAtLoad == 0)
    #expect(cached.summary(ids[0])?.paid == Money(minorUnits: 1000))
    #expect(cached.incident(ids[0])?.incident.paid == Money(minorUnits: 1000))
  }

  @Test func aCachedCaseIsReadInFullBeforeAWrite() throws {
    let (fixture, ids) = try fixtureWithCache()
    let store = try fixture.openStore()
    // 42.50 owed, 10.00 paid: 32.50 is all that may still be paid.
    #expect(throws: StoreError.self) { try StoreFixture.pay(store, ids[0], 3300) }
    let paid = try StoreFixture.pay(store, ids[0], 3250)
    #expect(paid.events.count == 3)
    #expect(paid.status == .closed)
  }

  @Test func aLogChangedSinceTheCacheIsReadAgain() throws {
    let (fixture, ids) = try fixtureWithCache()
    // A payment appended from outside ardoise (a git merge): the cache on disk is now stale for
    // this case (a write through a store journals its case instead).
    let moment = Timestamp(secondsSince1970: 1_795_100_000, offsetSeconds: 0)
    let event = Event(id: EventID.make(at: moment.date), occurredAt: moment, recordedAt: moment, actor: "other site",
                      body: .paymentRecorded(Payment(amount: Money(minorUnits: 500), method: .card), closesAs: nil))
    try fixture.append(fixture.logPath(ids[0]), Array(event.line.utf8))
    let store = try fixture.openStore()
    #expect(store.logsReadAtLoad == 1)
    #expect(store.summary(ids[0])?.paid == Money(minorUnits: 1500))
    #expect(store.summary(ids[1])?.status(of: .catchUp) == .done)
  }

  @Test func aDamagedOrForeignCacheIsIgnored() throws {
    let (fixture, ids) = try fixtureWithCache()
    let path = snapshotPath(fixture)
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "\tEUR\t", with: "\tEURO\t")
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let store = try fixture.openStore()
    #expect(store.summary(ids[0])?.amount == Money(minorUnits: 4250))
    try "not a cache\n".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(try fixture.openStore().summary(ids[1])?.amount == Money(minorUnits: 9000))
  }

  /// A hand-edited amount in an entry whose log identity is right is caught by the entry's own
  /// checksum: the log is replayed, and the list shows what `show` shows.
  @Test func anEditedAmountWithTheRightFileIdentityIsAMiss() throws {
    let (fixture, ids) = try fixtureWithCache()
    let (lines, index, _) = try fields(of: ids[0], in: fixture)
    let edited = lines[index].replacingOccurrences(of: "\t4250\t", with: "\t123456\t")
    #expect(edited != lines[index])
    var all = lines
    all[index] = edited
    try all.joined(separator: "\n").write(toFile: snapshotPath(fixture), atomically: false, encoding: .utf8)
    let store = try fixture.openStore()
    #expect(store.logsReadAtLoad == 1)
    #expect(store.summary(ids[0])?.amount == Money(minorUnits: 4250))
    #expect(store.summary(ids[0]) == store.incident(ids[0]).map(IncidentSummary.init))
  }

  /// An entry is tied to the checksum of its log's last line: an entry claiming another last
  /// line (its own checksum made right) is a miss, even with the right file identity.
  @Test func anEntryForAnotherLastLineIsAMiss() throws {
    let (fixture, ids) = try fixtureWithCache()
    var (lines, index, fields) = try fields(of: ids[0], in: fixture)
    fields[9] = "123456"
    try rewrite(lines, index: index, fields: fields, in: fixture)
    // With its checksum made right, the edit is taken: the identity and last line still match.
    #expect(try fixture.openStore().summary(ids[0])?.amount == Money(minorUnits: 123_456))
    (lines, index, fields) = try self.fields(of: ids[0], in: fixture)
    fields[26] = fields[26] == "00000000" ? "11111111" : "00000000"
    try rewrite(lines, index: index, fields: fields, in: fixture)
    let store = try fixture.openStore()
    #expect(store.logsReadAtLoad == 1)
    #expect(store.summary(ids[0])?.amount == Money(minorUnits: 4250))
  }

  @Test func textWithTabsAndNewlinesSurvivesTheCache() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    var facts = StoreFixture.facts()
    facts.summary = "Partis\tpar la terrasse\nvers la gare \\ sans payer"
    let id = try store.create(facts).id
    store.compactSummaryCache()
    let reopened = try fixture.openStore()
    #expect(reopened.logsReadAtLoad == 0)
    #expect(reopened.summary(id)?.summary == facts.summary)
  }

  @Test func readOnlyCommandsNeverWriteTheCache() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    try store.create(StoreFixture.facts())
    // The write journaled its case; without that file, a reader must not make one.
    try FileManager.default.removeItem(atPath: snapshotPath(fixture))
    let reader = try fixture.openStore()
    #expect(reader.summaries.count == 1)
    #expect(!FileManager.default.fileExists(atPath: snapshotPath(fixture)))
  }

  /// A write appends its one case's entry after the snapshot and leaves the snapshot as it was:
  /// what it costs does not grow with the number of cases. A restart reads no log.
  @Test func aWriteJournalsOnlyItsCase() throws {
    let (fixture, ids) = try fixtureWithCache()
    let snapshot = try fixture.bytes(of: snapshotPath(fixture))
    let store = try Store(directory: fixture.directory, actor: "test", now: fixture.clock.next, timeZone: StoreFixture.utc, loading: .onDemand)
    try StoreFixture.pay(store, ids[0], 500)
    #expect(store.entries.count == 1)
    let after = try fixture.bytes(of: snapshotPath(fixture))
    #expect(Array(after.prefix(snapshot.count)) == snapshot)
    let journal = String(decoding: after.dropFirst(snapshot.count), as: UTF8.self).split(separator: "\n")
    #expect(journal.count == 1)
    #expect(journal.last?.hasPrefix(ids[0].rawValue) == true)
    let reopened = try fixture.openStore()
    #expect(reopened.logsReadAtLoad == 0)
    #expect(reopened.summary(ids[0])?.paid == Money(minorUnits: 1500))
  }

  /// A journal cut in the middle of a line (a crash) loses that line only; the next write ends
  /// it first, so its own entry is read.
  @Test func aTornJournalTailIsIgnored() throws {
    let (fixture, ids) = try fixtureWithCache()
    let store = try fixture.openStore()
    try StoreFixture.pay(store, ids[0], 500)
    try fixture.append(snapshotPath(fixture), Array(ids[1].rawValue.utf8) + [0x09, 0x31])
    #expect(try fixture.openStore().logsReadAtLoad == 0)
    try StoreFixture.pay(store, ids[1], 100)
    let reopened = try fixture.openStore()
    #expect(reopened.logsReadAtLoad == 0)
    #expect(reopened.summary(ids[1])?.paid == Money(minorUnits: 100))
  }

  /// Everything is derived: with the snapshot and the journal deleted, every log is read.
  @Test func deletingTheCacheReadsEveryLog() throws {
    let (fixture, ids) = try fixtureWithCache()
    try StoreFixture.pay(try fixture.openStore(), ids[0], 500)
    try FileManager.default.removeItem(atPath: snapshotPath(fixture))
    let store = try fixture.openStore()
    #expect(store.logsReadAtLoad == 2)
    #expect(store.summary(ids[0])?.paid == Money(minorUnits: 1500))
  }

  /// A snapshot written off the calling thread replaces the superseded entries, and an entry
  /// journaled while it was written survives.
  @Test func aBackgroundSnapshotFoldsTheJournal() throws {
    let (fixture, ids) = try fixtureWithCache()
    let writer = try fixture.openStore()
    try StoreFixture.pay(writer, ids[0], 500)
    let screen = try fixture.openStore()
    screen.writesSummaryCacheInBackground = true
    screen.compactSummaryCache(inBackground: true)
    try StoreFixture.pay(writer, ids[1], 100)
    screen.finishSummaryCompaction()
    // The header, the two cases, and the payment journaled while the snapshot was written.
    let lines = String(decoding: try fixture.bytes(of: snapshotPath(fixture)), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 4)
    let reopened = try fixture.openStore()
    #expect(reopened.logsReadAtLoad == 0)
    #expect(reopened.summary(ids[0])?.paid == Money(minorUnits: 1500))
    #expect(reopened.summary(ids[1])?.paid == Money(minorUnits: 100))
  }

  /// Quitting never waits for a snapshot being written on another thread: it journals the case
  /// changed meanwhile and returns while the snapshot is still held back. A snapshot cut short
  /// there (the process ends) is a temp file only: the cache keeps its old bytes plus the
  /// journaled entry, and the next start removes the temp file and reads every case from it.
  @Test func quittingDoesNotWaitForASnapshot() throws {
    let (fixture, ids) = try fixtureWithCache()
    let screen = try fixture.openStore()
    let release = DispatchSemaphore(value: 0)
    let started = DispatchSemaphore(value: 0)
    screen.cacheState.snapshotWillWrite = {
      started.signal()
      // Held until the test lets it go; the timeout only keeps a failing test from hanging.
      _ = release.wait(timeout: .now() + 30)
    }
    screen.compactSummaryCache(inBackground: true)
    #expect(started.wait(timeout: .now() + 30) == .success)
    try StoreFixture.pay(screen, ids[0], 500)
    screen.saveSummaryCacheOnQuit()
    // Quit returned while the snapshot is still held back.
    #expect(screen.isWritingSummarySnapshot)
    release.signal()
    screen.finishSummaryCompaction()

    // The same as a snapshot abandoned by a process that ended: a torn temp file beside the cache.
    let abandoned = fixture.directory.path + "/..summaries.cache.999999999.abc.tmp"
    try POSIXFile.replace(abandoned, with: Array("ardoise-summaries 3\n241208-TORN\t650".utf8))
    let reopened = try fixture.openStore()
    #expect(POSIXFile.status(abandoned) == nil)
    #expect(reopened.logsReadAtLoad == 0)
    #expect(reopened.summary(ids[0])?.paid == Money(minorUnits: 1500))
  }

  /// A first start with no cache makes a snapshot; many cases read make one at the next save.
  @Test func manyMissesMakeASnapshot() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    for _ in 0...SummaryCacheState.staleLimit { try store.create(StoreFixture.facts()) }
    try FileManager.default.removeItem(atPath: snapshotPath(fixture))
    let screen = try fixture.openStore()
    #expect(screen.logsReadAtLoad == SummaryCacheState.staleLimit + 1)
    screen.saveSummaryCache()
    #expect(FileManager.default.fileExists(atPath: snapshotPath(fixture)))
    #expect(try fixture.openStore().logsReadAtLoad == 0)
  }

  /// Every field a summary has, set, survives the cache exactly: a closed case with a payment
  /// credited to a step never marked, a follow-up, an identified customer, escapes.
  @Test func everySummaryFieldSurvivesTheCache() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    var facts = StoreFixture.facts(amount: 12_345)
    facts.bill = "F-2026-0042"
    facts.customerDescription = "Homme, veste bleue\tbarbe"
    let id = try store.create(facts).id
    try StoreFixture.pay(store, id, 2_345)  // before any step: credited to catch-up, still pending
    try store.record(on: id) { _ in .success(.stepRecorded(StepRecord(step: .review, status: .skipped, next: .contact))) }
    try store.record(on: id) { _ in .success(.followUpScheduled(CalendarDay(year: 2026, month: 12, day: 3))) }
    try store.record(on: id) { _ in .success(.customerIdentified) }
    try store.record(on: id) { _ in
      .success(.stepRecorded(StepRecord(step: .contact, status: .done, outcome: "paid",
        payment: Payment(amount: Money(minorUnits: 10_000), method: .transfer), resolution: .recovered)))
    }
    store.compactSummaryCache()
    let fresh = try Store(directory: fixture.directory, actor: "test", usesSummaryCache: false)
    let cached = try fixture.openStore()
    #expect(cached.logsReadAtLoad == 0)
    let summary = try #require(cached.summary(id))
    #expect(summary == fresh.summary(id))
    #expect(summary.steps == [
      StepTally(step: .catchUp, status: .pending, paid: Money(minorUnits: 2_345), paymentCount: 1),
      StepTally(step: .contact, status: .done, paid: Money(minorUnits: 10_000), paymentCount: 1),
      StepTally(step: .review, status: .skipped, paid: Money(minorUnits: 0), paymentCount: 0),
    ])
    #expect(summary.status == .closed && summary.resolution == .recovered && summary.hasIdentifiedCustomer)
    #expect(summary.followUp == CalendarDay(year: 2026, month: 12, day: 3))
  }

  /// A step id that cannot be written unambiguously (a custom playbook's) is not cached: that
  /// case is read from its log, and comes out right.
  @Test func aStepIDWithASeparatorIsReadFromItsLog() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let odd = try store.create(StoreFixture.facts()).id
    let plain = try store.create(StoreFixture.facts()).id
    try store.record(on: odd) { _ in .success(.stepRecorded(StepRecord(step: StepID("cave:cellier,2"), status: .done))) }
    store.compactSummaryCache()
    let reopened = try fixture.openStore()
    #expect(reopened.logsReadAtLoad == 1)
    #expect(reopened.summary(odd)?.status(of: StepID("cave:cellier,2")) == .done)
    #expect(reopened.summary(plain) != nil)
  }

  /// A cache written by another version is not read (a miss, never a misreading).
  @Test func aCacheOfAnotherVersionIsIgnored() throws {
    let (fixture, ids) = try fixtureWithCache()
    let path = fixture.directory.path + "/.summaries.cache"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "ardoise-summaries 3", with: "ardoise-summaries 2")
      .write(toFile: path, atomically: false, encoding: .utf8)
    let store = try fixture.openStore()
    #expect(store.logsReadAtLoad == 2)
    #expect(store.summary(ids[0])?.paid == Money(minorUnits: 1000))
  }

  /// Each malformed line is a miss for its case only.
  @Test func aMalformedLineIsAMissForItsCaseOnly() throws {
    let (fixture, ids) = try fixtureWithCache()
    let path = fixture.directory.path + "/.summaries.cache"
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let index = try #require(lines.firstIndex { $0.hasPrefix(ids[0].rawValue) })
    var fields = lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    fields[9] = "12x"  // the amount in minor units
    lines[index] = fields.joined(separator: "\t")
    try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    let store = try fixture.openStore()
    #expect(store.logsReadAtLoad == 1)
    #expect(store.summary(ids[0])?.amount == Money(minorUnits: 4250))
  }
}
