import Foundation
import Testing

@testable import ArdoiseCore

/// A load that trusts the summary cache for the first frame (``Store/checksCacheAfterLoad``), and
/// the look at every log that follows it.
@Suite struct StoreCacheCheckTests {
  /// Two cases, one with a payment of 10.00 on 42.50, and a snapshot of the cache written.
  private func fixtureWithCache() throws -> (StoreFixture, [IncidentID]) {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let first = try store.create(StoreFixture.facts(amount: 4250)).id
    let second = try store.create(StoreFixture.facts(amount: 9000)).id
    try StoreFixture.pay(store, first, 1000)
    store.compactSummaryCache()
    return (fixture, [first, second])
  }

  /// A store loaded as the screen loads it: the cache's entries taken without opening the logs.
  private func trustingStore(_ fixture: StoreFixture) throws -> Store {
    let store = try Store(directory: fixture.directory, actor: "test", now: fixture.clock.next, timeZone: StoreFixture.utc, loading: .onDemand)
    store.checksCacheAfterLoad = true
    store.loadEveryCaseIfNeeded()
    return store
  }

  /// A payment of `minorUnits` appended to the log from outside ardoise (a git merge, a sync):
  /// the cache on disk does not know it.
  private func appendPaymentFromOutside(_ fixture: StoreFixture, _ id: IncidentID, _ minorUnits: Int64) throws {
    let moment = Timestamp(secondsSince1970: 1_795_100_000, offsetSeconds: 0)
    let event = Event(id: EventID.make(at: moment.date), occurredAt: moment, recordedAt: moment, actor: "other site",
                      body: .paymentRecorded(Payment(amount: Money(minorUnits: minorUnits), method: .card), closesAs: nil))
    try fixture.append(fixture.logPath(id), Array(event.line.utf8))
  }

  @Test func aLogChangedSinceTheCacheShowsAsCachedUntilTheCheckThenAsItIsOnDisk() throws {
    let (fixture, ids) = try fixtureWithCache()
    try appendPaymentFromOutside(fixture, ids[0], 500)
    let store = try trustingStore(fixture)
    // No log opened for the first frame: the cache's word, stale for the first case.
    #expect(store.logsReadAtLoad == 0)
    #expect(store.summary(ids[0])?.paid == Money(minorUnits: 1000))
    let check = try #require(store.cachedCaseCheck())
    #expect(check.count == 2)
    // Asked once: the check is handed over, not kept.
    #expect(store.cachedCaseCheck() == nil)
    let result = check.run()
    #expect(result.changedIDs == [ids[0]])
    let revision = store.revision
    #expect(store.applyCachedCaseCheck(result) == [ids[0]])
    #expect(store.revision == revision + 1)
    #expect(store.summary(ids[0])?.paid == Money(minorUnits: 1500))
    #expect(store.summary(ids[1])?.amount == Money(minorUnits: 9000))
    // What was read again goes to the cache: the next start finds it there.
    store.saveSummaryCache()
    let next = try fixture.openStore()
    #expect(next.logsReadAtLoad == 0)
    #expect(next.summary(ids[0])?.paid == Money(minorUnits: 1500))
  }

  @Test func aLogRemovedSinceTheCacheLeavesTheList() throws {
    let (fixture, ids) = try fixtureWithCache()
    let store = try trustingStore(fixture)
    try FileManager.default.removeItem(atPath: fixture.logPath(ids[1]))
    let result = try #require(store.cachedCaseCheck()).run()
    #expect(result.changedIDs == [ids[1]])
    #expect(store.applyCachedCaseCheck(result) == [ids[1]])
    #expect(store.summary(ids[1]) == nil)
    #expect(store.summaries.map(\.id) == [ids[0]])
    #expect(store.allProblems.isEmpty)
  }

  @Test func aCaseReadSinceTheLoadIsNotReadAgainByTheCheck() throws {
    let (fixture, ids) = try fixtureWithCache()
    try appendPaymentFromOutside(fixture, ids[0], 500)
    let store = try trustingStore(fixture)
    let result = try #require(store.cachedCaseCheck()).run()
    // A write reads the case in full under the lock before deciding: 42.50 − 15.00 = 27.50 left.
    #expect(throws: StoreError.self) { try StoreFixture.pay(store, ids[0], 2800) }
    _ = try StoreFixture.pay(store, ids[0], 750)
    #expect(store.applyCachedCaseCheck(result).isEmpty)
    #expect(store.summary(ids[0])?.paid == Money(minorUnits: 2250))
  }

  @Test func aLogTheCacheLacksIsReadAtTheLoadAndNotChecked() throws {
    let (fixture, ids) = try fixtureWithCache()
    let other = try Store(directory: fixture.directory, actor: "other", now: fixture.clock.next, timeZone: StoreFixture.utc,
                          usesSummaryCache: false)
    let third = try other.create(StoreFixture.facts(amount: 1200)).id
    let store = try trustingStore(fixture)
    #expect(store.logsReadAtLoad == 1)
    #expect(store.summary(third)?.amount == Money(minorUnits: 1200))
    let check = try #require(store.cachedCaseCheck())
    #expect(check.count == ids.count)
    #expect(check.run().changedIDs.isEmpty)
  }

  @Test func aPrefetchedCacheIsTakenForItsOwnDirectoryOnly() throws {
    let (fixture, ids) = try fixtureWithCache()
    let prefetch = SummaryCachePrefetch(directory: fixture.directory)
    prefetch.waitUntilRead()
    // Gone from disk once read: the load can only have it from the prefetch.
    try FileManager.default.removeItem(atPath: fixture.directory.path + "/.summaries.cache")
    let store = try Store(directory: fixture.directory, actor: "test", now: fixture.clock.next, timeZone: StoreFixture.utc, loading: .onDemand)
    store.prefetchedSummaryCache = prefetch
    store.loadEveryCaseIfNeeded()
    #expect(store.logsReadAtLoad == 0)
    #expect(store.prefetchedSummaryCache == nil)
    #expect(store.summary(ids[0])?.paid == Money(minorUnits: 1000))
    // Another folder's: the store reads its own cache (none now), so every log.
    let (other, _) = try fixtureWithCache()
    let elsewhere = try Store(directory: fixture.directory, actor: "test", now: fixture.clock.next, timeZone: StoreFixture.utc, loading: .onDemand)
    elsewhere.prefetchedSummaryCache = SummaryCachePrefetch(directory: other.directory)
    elsewhere.loadEveryCaseIfNeeded()
    #expect(elsewhere.logsReadAtLoad == 2)
  }

  @Test func aStoreThatChecksBeforeUseHasNothingLeftToCheck() throws {
    let (fixture, _) = try fixtureWithCache()
    let store = try fixture.openStore()
    #expect(store.cachedCaseCheck() == nil)
  }
}
