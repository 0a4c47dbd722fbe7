import Foundation
import Testing

@Suite(.serialized) struct StatsAndPurgeCommandTests {
  @Test func statsCountsWhatWasLostAndRecovered() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let first = try ardoise.succeed(["new", "--amount", "40", "--at", "2026-11-20 21:30", "--table", "T4", "--covers", "2"])
    try ardoise.succeed(["new", "--amount", "60", "--at", "2026-11-21 13:10", "--table", "T4", "--covers", "5"])
    try ardoise.succeed(["pay", first, "40", "--method", "card"])
    let stats = try ardoise.succeed(["stats"])
    #expect(stats.contains("Walkouts: 2 (1 open)"))
    #expect(stats.contains("Bills left unpaid: €100.00 · recovered: €40.00 (40%)"))
    #expect(stats.contains("Closed cases settled or honest mistakes: 1/1 (100%)"))
    #expect(stats.contains("never to sanction a server"))
  }

  @Test func purgeDryRunNamesNoOneAndKeepsOpenCases() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let open = try ardoise.succeed(["new", "--amount", "40", "--at", "2026-11-20 21:30"])
    try ardoise.succeed(["identify", open, "--name", "Jean Dupont", "--phone", "0600000000"])
    let paid = try ardoise.succeed(["new", "--amount", "30", "--at", "2024-01-10 21:30"])
    try ardoise.succeed(["identify", paid, "--name", "Marie Martin"])
    try ardoise.succeed(["pay", paid, "30", "--at", "2024-01-11 12:00"])
    let dryRun = try ardoise.succeed(["purge", "--dry-run"])
    #expect(dryRun.contains(paid) && !dryRun.contains(open))
    #expect(!dryRun.contains("Martin") && !dryRun.contains("Dupont"))
    let people = ardoise.dataDirectory.appendingPathComponent("people")
    #expect(FileManager.default.fileExists(atPath: people.appendingPathComponent(paid + ".toml").path))
    let purged = try ardoise.succeed(["purge"])
    #expect(purged.contains(paid))
    #expect(!FileManager.default.fileExists(atPath: people.appendingPathComponent(paid + ".toml").path))
    #expect(FileManager.default.fileExists(atPath: people.appendingPathComponent(open + ".toml").path))
  }
}
