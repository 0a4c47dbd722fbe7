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
    #expect(store.summary(ids[1])?.status(of: .catchUp) == .done)
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
    store.saveSummaryCache()
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
    store.saveSummaryCache()
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
    try text.replacingOccurrences(of: "ardoise-summaries 2", with: "ardoise-summaries 1")
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
