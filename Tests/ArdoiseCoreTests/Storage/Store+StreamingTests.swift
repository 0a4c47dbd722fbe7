import Foundation
import Testing

@testable import ArdoiseCore

/// `forEachIncident` reads logs a batch at a time on every core, the next batch while one is
/// consumed: the cases still come in the order asked, each as a full load reads it.
@Suite struct StoreStreamingTests {
  @Test func casesComeInTheOrderAskedAsALoadReadsThem() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    var ids: [IncidentID] = []
    for index in 0..<40 {
      let id = try store.create(StoreFixture.facts(amount: Int64(100 * (index + 1)))).id
      if index % 3 == 0 { try StoreFixture.note(store, id, "note \(index)") }
      ids.append(id)
    }
    // A hand edit on line 2 (its note) of one case: read-only, with its problem, but still there.
    let damaged = ids[18]
    var bytes = try fixture.bytes(of: fixture.logPath(damaged))
    let secondLine = try #require(bytes.firstIndex(of: 0x0A)) + 1
    bytes[secondLine + 2] = UInt8(ascii: "x")
    try fixture.overwrite(fixture.logPath(damaged), with: bytes)
    let asked = ids.shuffled() + [IncidentID(rawValue: "000000-NONE")]

    let reader = try fixture.openStore()
    var streamed: [StoredIncident] = []
    reader.forEachIncident(asked, batchSize: 9, transform: { $0 }, consume: { streamed.append($0) })

    // The missing log is left out; the others come in the order asked, batch after batch.
    #expect(streamed.map(\.incident.id) == Array(asked.dropLast()))
    for stored in streamed { #expect(stored == reader.incident(stored.incident.id)) }
    let edited = try #require(streamed.first { $0.incident.id == damaged })
    #expect(edited.isReadOnly && edited.problems.contains { $0.line == 2 && $0.severity == .error })
    #expect(edited.incident.notes.isEmpty && edited.incident.events.count == 1)
  }
}
