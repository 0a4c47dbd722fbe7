import Foundation
import Testing

/// `ardoise measure ID KIND [--note TEXT]`: the measure goes into the case's timeline, and
/// `ardoise stats` counts the measures taken, by kind.
@Suite struct MeasureCommandTests {
  @Test func aMeasureIsRecordedShownAndCountedByKind() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-11-20 21:30", "--table", "T4", "--covers", "8"])
    let recorded = try ardoise.succeed(["measure", id, "deposit", "--note", "from 6 covers"])
    #expect(recorded.contains("Prevention measure: card guarantee or deposit for large parties — from 6 covers"))
    // The label in either language names the kind too.
    _ = try ardoise.succeed(["measure", id, "vidéosurveillance"])
    _ = try ardoise.succeed(["measure", id, "cctv"])
    #expect(try ardoise.succeed(["show", id]).contains("Prevention measure: CCTV"))
    let stats = try ardoise.succeed(["stats"])
    #expect(stats.contains("Measures taken: 3 (CCTV 2, card guarantee or deposit for large parties 1)"))
    // Before and after: none in a period before the measures.
    let compared = try ardoise.succeed(["stats", "--compare-from", "2020-01-01", "--compare-to", "2020-12-31"])
    #expect(compared.split(separator: "\n").contains { $0.hasPrefix("  Measures taken ") && $0.contains(" 3 ") && $0.hasSuffix(" 0") })
    let json = try ardoise.succeed(["stats", "--json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let measures = try #require(object["measures"] as? [String: Any])
    #expect(measures["total"] as? Int == 3)
    #expect(measures["byKind"] as? [String: Int] == ["cctv": 2, "deposit": 1])
  }

  @Test func anUnknownKindOrAnOtherMeasureWithoutANoteIsRefused() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-11-20 21:30"])
    let unknown = try ardoise.run(["measure", id, "prayer"])
    #expect(unknown.status != 0 && unknown.stderr.contains("pay-when-served"))
    let other = try ardoise.run(["measure", id, "other"])
    #expect(other.status != 0 && other.stderr.contains("describe the measure in the note"))
    #expect(try ardoise.succeed(["stats"]).contains("Measures taken: 0"))
  }
}
