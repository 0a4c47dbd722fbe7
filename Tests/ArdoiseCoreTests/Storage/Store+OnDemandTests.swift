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

  /// README: “any unique part” of the id, not only its start or end (`C1B` for `261128-C1BR`).
  @Test func aUniquePartFromTheMiddleIsFound() throws {
    let (fixture, ids) = try fixture(caseCount: 3)
    let store = try openOnDemand(fixture)
    for id in ids {
      // The day's last digit, the dash and three letters of the code: neither a prefix nor a suffix.
      let part = String(id.rawValue.dropFirst(5).dropLast(1)).lowercased()
      guard ids.filter({ $0.rawValue.contains(part.uppercased()) }).count == 1 else { continue }
      #expect(try store.resolve(part) == id)
    }
  }

  /// A part several ids hold names every match, up to ten, then how many more.
  @Test func anAmbiguousPartListsItsMatches() throws {
    let (fixture, ids) = try fixture(caseCount: 12)
    let store = try openOnDemand(fixture)
    // Every case was opened on the same day: the middle of the day's digits is in each id.
    let part = String(ids[0].rawValue.dropFirst(1).prefix(4))
    #expect(ids.allSatisfy { $0.rawValue.contains(part) })
    do {
      _ = try store.resolve(part)
      Issue.record("“\(part)” was taken as one case")
    } catch let error as StoreError {
      guard case .ambiguousID(_, let matches) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(matches == ids.sorted())
      let sorted = ids.sorted().map(\.rawValue)
      #expect(error.message(.english) == "“\(part)” matches 12 cases: " + sorted.prefix(10).joined(separator: ", ") + " and 2 more; type more of it")
      #expect(error.message(.french) == "«\u{202F}\(part)\u{202F}» désigne 12 dossiers\u{202F}: " + sorted.prefix(10).joined(separator: ", ")
        + " et 2 autres\u{202F}; tapez-en davantage")
    }
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
