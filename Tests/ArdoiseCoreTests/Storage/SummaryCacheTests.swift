import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct SummaryCacheTests {
  /// Two cases, one with a payment and a step, and the cache written as the UI writes it.
  private func fixtureWithCache() throws -> (StoreFixture, [IncidentID]) {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let first = try store.create(StoreFixture.facts(amount: 4250)).id
    let second = try store.create(StoreFixture.facts(amount: 9000)).id
    try StoreFixture.pay(store, first, 1000)
    try store.record(on: second) { _ in .success(.stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "gone", next: .review))) }
    store.saveSummaryCache()
    return (fixture, [first, second])
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
    let other = try fixture.openStore(actor: "other")
    try StoreFixture.pay(other, ids[0], 500)  // the cache on disk is now stale for this case
    let store = try fixture.openStore()
    #expect(store.logsReadAtLoad == 1)
    #expect(store.summary(ids[0])?.paid == Money(minorUnits: 1500))
    #expect(store.summary(ids[1])?.settledSteps[.catchUp] == .done)
  }

  @Test func aDamagedOrForeignCacheIsIgnored() throws {
    let (fixture, ids) = try fixtureWithCache()
    let path = fixture.directory.path + "/.summaries.cache"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    // Claim a wrong amount for the right file identity: only the header guards the format, so
    // damage the fields' shape too.
    text = text.replacingOccurrences(of: "\tEUR\t", with: "\tEURO\t")
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let store = try fixture.openStore()
    #expect(store.summary(ids[0])?.amount == Money(minorUnits: 4250))
    try "not a cache\n".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(try fixture.openStore().summary(ids[1])?.amount == Money(minorUnits: 9000))
  }

  @Test func textWithTabsAndNewlinesSurvivesTheCache() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    var facts = StoreFixture.facts()
    facts.summary = "Partis\tpar la terrasse\nvers la gare \\ sans payer"
    let id = try store.create(facts).id
    store.saveSummaryCache()
    #expect(try fixture.openStore().summary(id)?.summary == facts.summary)
  }

  @Test func readOnlyCommandsNeverWriteTheCache() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    try store.create(StoreFixture.facts())
    _ = try fixture.openStore()
    #expect(!FileManager.default.fileExists(atPath: fixture.directory.path + "/.summaries.cache"))
  }
}
