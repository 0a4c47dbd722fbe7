import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct StoreProblemEventConflictTests {
  let conflict = ReplayConflict(eventID: EventID(rawValue: "01JDX000000000000000000011"),
                                reason: LocalizedText("même identifiant d’événement, contenu différent", "same event id with different content"),
                                positions: [0, 4])

  @Test func bothLinesAreNamedInBothLanguages() {
    let problem = StoreProblem.eventConflict(conflict, file: "cases/261129-K7QF.jsonl", lines: [3, 7])
    #expect(problem.formatted(.english)
      == "cases/261129-K7QF.jsonl: conflict on event 01JDX000000000000000000011: same event id with different content (lines 3 and 7)")
    #expect(problem.message(.french)
      == "conflit sur l’événement 01JDX000000000000000000011\u{202F}: même identifiant d’événement, contenu différent (lignes 3 et 7)")
    #expect(problem.severity == .warning && problem.line == nil)
  }

  /// Lines read before an incremental catch-up are not kept: the conflict is said without them.
  @Test func unknownLinesAreLeftOut() {
    let problem = StoreProblem.eventConflict(conflict, file: "cases/261129-K7QF.jsonl", lines: [])
    #expect(problem.message(.english) == "conflict on event 01JDX000000000000000000011: same event id with different content")
  }
}
