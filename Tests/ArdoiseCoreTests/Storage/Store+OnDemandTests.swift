import Foundation
import Testing

@testable import ArdoiseCore

/// A store opened on demand reads only the cases it is asked for: a command that names one case
/// costs the same at any number of cases.
@Suite struct StoreOnDemandTests {
  private func openOnDemand(_ fixture: StoreFixture) throws -> Store {
    try Store(directory: fixture.directory, actor: "test", now: fixture.clock.next, timeZone: StoreFixture.utc, loading: .onDemand)
  }

  private func fixture(caseCount: Int) throws -> (StoreFixture, [IncidentID]) {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let ids = try (0..<caseCount).map { index in try store.create(StoreFixture.facts(amount: Int64(1000 + index))).id }
    return (fixture, ids)
  }

  @Test func aWriteReadsOnlyItsCase() throws {
    let (fixture, ids) = try fixture(caseCount: 5)
    let store = try openOnDemand(fixture)
    #expect(store.entries.isEmpty)
    let id = try store.resolve(ids[2].rawValue.lowercased())
    #expect(id == ids[2])
    try StoreFixture.note(store, id, "Rappelé")
    #expect(store.entries.count == 1)
    #expect(!store.isFullyLoaded)
    #expect(try fixture.openStore().incident(id)?.incident.notes.map(\.text) == ["Rappelé"])
  }

  @Test func aUniquePartIsFoundFromTheFolderListing() throws {
    let (fixture, ids) = try fixture(caseCount: 3)
    let store = try openOnDemand(fixture)
    let suffix = String(ids[1].rawValue.suffix(4))
    #expect(try store.resolve(suffix) == ids[1])
    #expect(store.entries.count == 1)
    #expect(store.incident(ids[1])?.incident.facts.amount == Money(minorUnits: 1001))
    #expect(throws: StoreError.self) { try store.resolve("ZZZZZZ") }
  }

  /// Whatever needs every case loads them all, keeping what was already read.
  @Test func askingForEveryCaseLoadsThemAll() throws {
    let (fixture, ids) = try fixture(caseCount: 4)
    let store = try openOnDemand(fixture)
    _ = store.incident(ids[0])
    #expect(store.summaries.count == 4)
    #expect(store.isFullyLoaded)
    #expect(store.count == 4)
    #expect(store.incident(ids[0])?.incident.id == ids[0])
  }
}
