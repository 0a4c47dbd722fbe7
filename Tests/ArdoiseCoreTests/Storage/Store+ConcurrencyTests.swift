import Foundation
import Testing

@testable import ArdoiseCore

/// Several processes writing to one data directory at once.
@Suite struct StoreConcurrencyTests {
  @Test(.timeLimit(.minutes(2)))
  func twoProcessesAppendingToOneCaseLoseNothing() throws {
    let fixture = try StoreFixture()
    let id = try fixture.openStore().create(StoreFixture.facts()).id
    let writers = try (0..<2).map { _ in try WriterProcess.start([fixture.directory.path, id.rawValue, "500"]) }
    let outcomes = writers.map { $0.finish() }
    for outcome in outcomes {
      #expect(outcome.status == 0 && !outcome.wasSignalled, "\(outcome.stderr)")
      #expect(outcome.tokens.count == 500)
    }
    let acknowledged = outcomes.flatMap(\.tokens)
    #expect(Set(acknowledged).count == 1_000)

    let bytes = try fixture.bytes(of: fixture.logPath(id))
    #expect(splitLines(bytes).tornTail == 0)
    let events = try parseAllLines(bytes)
    #expect(events.count == 1_001)
    var written: [String: Int] = [:]
    for event in events { if case .noteAdded(let text) = event.body { written[text, default: 0] += 1 } }
    #expect(written.count == 1_000 && written.values.allSatisfy { $0 == 1 })
    #expect(Set(written.keys) == Set(acknowledged))

    let store = try fixture.openStore()
    #expect(store.allProblems.isEmpty)
    #expect(store.incident(id)?.incident.notes.count == 1_000)
  }
}
