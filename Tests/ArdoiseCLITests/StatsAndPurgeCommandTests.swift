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
    // France by default: the labour code, as the legal registry cites it (lines joined where the report wraps).
    let joined = stats.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
    #expect(joined.contains("Figures to prevent and to train, never to sanction a server (art. L1331-2 C. trav.)."))
  }

  /// The note on figures per server cites the law of the restaurant's jurisdiction, never the
  /// French Labour Code elsewhere; under an unknown one, no law at all.
  @Test func statsCitesTheLawOfTheRestaurantsJurisdiction() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    try ardoise.succeed(["new", "--amount", "40", "--at", "2026-11-20 21:30", "--table", "T4"])
    try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "gb-eng"])
    let english = try ardoise.succeed(["stats"]).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
    #expect(!english.contains("L1331"))
    #expect(english.contains("Figures to prevent and to train, never to sanction a server nor to take the loss out of their pay (ERA 1996, s. 13)."))
    try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "fr"])
    #expect(try ardoise.succeed(["stats", "--lang", "en"]).replacingOccurrences(of: "\n", with: " ").contains("L1331-2"))
  }

  @Test func statsForAPeriodWithTakingsHeatMapAdviceAndComparison() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    try ardoise.succeed(["new", "--amount", "40", "--at", "2026-11-20 22:30", "--table", "Terrasse 2", "--covers", "2"])
    try ardoise.succeed(["new", "--amount", "60", "--at", "2026-11-20 22:50", "--table", "Terrasse 3", "--covers", "6"])
    try ardoise.succeed(["new", "--amount", "30", "--at", "2026-10-05 12:00", "--table", "T4", "--covers", "1"])
    let stats = try ardoise.succeed(["stats", "--from", "2026-11-01", "--to", "2026-11-30", "--takings", "10000",
                                     "--compare-from", "2026-10-01", "--compare-to", "2026-10-31"])
    #expect(stats.contains("Period: from 2026-11-01 to 2026-11-30"))
    #expect(stats.contains("Walkouts: 2 (2 open)"))
    #expect(stats.contains("Loss: 1.00% of takings (€100.00 of €10,000.00)"))
    #expect(stats.contains("  November 2026     2  ██████████ ▒▒▒▒▒▒▒▒▒▒▒▒ €100.00 / €0.00"))
    #expect(stats.contains("  Fri █ 2"))
    #expect(stats.contains("Not enough data for advice: 2 cases in the period, at least 10 needed."))
    #expect(stats.contains("The two periods compared"))
    #expect(stats.split(separator: "\n").contains { $0.hasPrefix("  Walkouts ") && $0.contains(" 2 ") && $0.hasSuffix(" 1") })
    try ardoise.succeed(["config", "set", "stats.advice_min_cases", "2"])
    #expect(try ardoise.succeed(["stats", "--from", "2026-11-01", "--to", "2026-11-30"]).contains("No clear pattern in the 2 cases of the period: no advice."))
    let json = try ardoise.succeed(["stats", "--from", "2026-11-01", "--to", "2026-11-30", "--json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let heat = try #require(object["heatMap"] as? [[Int]])
    #expect(heat[4][22] == 2 && heat.joined().reduce(0, +) == 2)
    #expect((object["advice"] as? [String: Any])?["status"] as? String == "no-pattern")
    #expect(object["owed"] as? String == "100.00")
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

  /// A message the mail transport refused waits in `outbox/` with the customer's name and email:
  /// the purge deletes it with the identity and says so on the case's line.
  @Test func purgeDeletesTheCasesMailDraftsAndSaysSo() throws {
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    try ardoise.succeed(["config", "set", "mail.sendmail", "/bin/false"])
    #expect(try ardoise.run(["send", id, "reminder"]).status == 1)
    let outbox = ardoise.dataDirectory.appendingPathComponent("outbox")
    let drafts = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
    try #require(drafts.count == 1)
    #expect(try String(contentsOf: outbox.appendingPathComponent(drafts[0]), encoding: .utf8).contains("Moreau"))
    try ardoise.succeed(["pay", id, "86,50", "--at", "2026-01-11 12:00"])

    let purged = try ardoise.run(["purge"])

    #expect(purged.status == 0, "\(purged.stderr)")
    #expect(purged.stdout.contains("\(id)  purged — paid; closed 2026-01-11; retention 2 days — 1 mail draft deleted"), "\(purged.stdout)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }.isEmpty)
    let log = try String(contentsOf: ardoise.dataDirectory.appendingPathComponent("cases/\(id).jsonl"), encoding: .utf8)
    #expect(log.contains("mail drafts removed: outbox/\(drafts[0])") && !log.contains("Moreau") && !log.contains("example.org"))
  }

  /// `outbox/` replaced by a symbolic link: the purge deletes nothing through it, says so in one
  /// line per case naming the path, keeps those identities, exits 1, and the store works on.
  @Test func purgeRefusesASymlinkedOutbox() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let paid = try ardoise.succeed(["new", "--amount", "30", "--at", "2024-01-10 21:30"])
    try ardoise.succeed(["identify", paid, "--name", "Marie Martin"])
    try ardoise.succeed(["pay", paid, "30", "--at", "2024-01-11 12:00"])
    let elsewhere = ardoise.dataDirectory.deletingLastPathComponent().appendingPathComponent("elsewhere-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: false)
    let victim = elsewhere.appendingPathComponent("\(paid)-reminder-20240112T100000.eml")
    try Data("someone else's".utf8).write(to: victim)
    let outbox = ardoise.dataDirectory.appendingPathComponent("outbox")
    try FileManager.default.createSymbolicLink(at: outbox, withDestinationURL: elsewhere)

    let purged = try ardoise.run(["purge"])

    #expect(purged.status == 1)
    #expect(purged.stderr == "ardoise: \(paid): \(outbox.path) is a symbolic link: ardoise does not follow it; replace it with the file or folder itself\n")
    #expect(FileManager.default.fileExists(atPath: victim.path))
    #expect(FileManager.default.fileExists(atPath: ardoise.dataDirectory.appendingPathComponent("people/\(paid).toml").path))
    #expect(try ardoise.succeed(["list", "--all"]).contains(paid))
  }
}
