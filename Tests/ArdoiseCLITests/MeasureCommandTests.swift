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

  @Test func aMeasureCanBeDatedBeforeTheDayItIsRecordedAndCountsOnThatDay() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-11-20 21:30"])
    let recorded = try ardoise.succeed(["measure", id, "cctv", "--day", "2026-11-22"])
    #expect(recorded.contains("Prevention measure: CCTV (taken on "))
    // Counted on the day it was taken, not the day it was recorded.
    let compared = try ardoise.succeed(["stats", "--from", "2026-11-23", "--compare-from", "2026-11-21", "--compare-to", "2026-11-22"])
    #expect(compared.split(separator: "\n").contains { $0.hasPrefix("  Measures taken ") && $0.contains(" 0 ") && $0.hasSuffix(" 1") })
    let shown = try ardoise.succeed(["show", id, "--json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
    let measures = try #require(object["measures"] as? [[String: Any]])
    #expect(measures.first?["day"] as? String == "2026-11-22")
    // Not in the future, not before the walkout: one line saying why, nothing recorded.
    let future = try ardoise.run(["measure", id, "cctv", "--day", "+1"])
    #expect(future.status != 0 && future.stderr.contains("the day of the measure is in the future"))
    #expect(future.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
    let before = try ardoise.run(["measure", id, "cctv", "--day", "2026-11-19"])
    #expect(before.status != 0 && before.stderr.contains("the day of the measure is before the walkout"))
    #expect(before.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
    #expect(try ardoise.succeed(["stats"]).contains("Measures taken: 1 (CCTV 1)"))
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
