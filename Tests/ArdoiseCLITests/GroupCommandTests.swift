import Foundation
import Testing

/// `ardoise group` and the `--group` views over several sites' data directories.
@Suite(.serialized) struct GroupCommandTests {
  @Test func listAndStatsShowEverySiteWithASiteColumn() throws {
    let paris = try ArdoiseProcess()
    let lyon = try ArdoiseProcess()
    defer { paris.removeData(); lyon.removeData() }
    try paris.succeed(["config", "set", "restaurant.name", "Paris"])
    let here = try paris.succeed(["new", "--amount", "40", "--at", "2026-11-20 21:30", "--table", "T4"])
    let there = try lyon.succeed(["new", "--amount", "60", "--at", "2026-11-21 13:10", "--table", "B2"])
    try lyon.succeed(["pay", there, "60"])
    try paris.succeed(["measure", here, "cctv"])
    try lyon.succeed(["measure", there, "deposit"])
    try lyon.succeed(["measure", there, "cctv"])
    try lyon.succeed(["config", "set", "restaurant.jurisdiction", "gb-eng"])

    let lyonFiles = try FileManager.default.contentsOfDirectory(atPath: lyon.dataDirectory.path).sorted()
    #expect(try paris.succeed(["group", "list"]).contains("No other site"))
    #expect(try paris.succeed(["group", "add", "lyon", lyon.dataDirectory.path]) == "Site “lyon” added.")
    #expect(try paris.succeed(["group", "list"]).contains("lyon  " + lyon.dataDirectory.path + "  1"))
    #expect(try paris.run(["group", "add", "lyon", lyon.dataDirectory.path]).stderr.contains("site “lyon” already exists"))
    #expect(try paris.run(["group", "add", "bad name", lyon.dataDirectory.path]).stderr.contains("a site name is letters, digits"))
    #expect(try paris.run(["group", "add", "nowhere", "/nonexistent/ardoise"]).stderr.contains("holds no ardoise data"))

    let list = try paris.succeed(["list", "--all", "--group"]).split(separator: "\n").map(String.init)
    #expect(list.first?.hasPrefix("Site   ID") == true)
    #expect(list.contains { $0.hasPrefix("Paris  \(here)") } && list.contains { $0.hasPrefix("lyon   \(there)") })
    #expect(!(try paris.succeed(["list", "--group"])).contains(there))  // paid and closed: only with --all
    let json = try paris.succeed(["list", "--all", "--group", "--json"])
    // As `list --json` writes them: one case per line, each with its site.
    let lines = json.split(separator: "\n").map(String.init)
    #expect(lines.first == "[" && lines.last == "]" && lines.count == 4, "\(json)")
    #expect(lines.contains { $0.hasPrefix("{\"amount\":") && $0.contains("\"site\":\"lyon\"") && $0.contains(there) })
    #expect(lines.contains { $0.contains("\"site\":\"Paris\"") && $0.contains(here) })
    let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(decoded.count == 2)

    let stats = try paris.succeed(["stats", "--group"])
    #expect(stats.contains("Group: 2 sites"))
    #expect(stats.contains("Walkouts: 2 (1 open)"))
    // The measures taken, combined and per site.
    #expect(stats.contains("Measures taken: 3 (CCTV 2, card guarantee or deposit for large parties 1)\n"))
    #expect(stats.contains("  Paris  1         1     €40.00        €0.00 (0%)     €40.00      1\n"))
    #expect(stats.contains("  lyon   1         0     €60.00        €60.00 (100%)  €0.00       2"))
    // Each site's law for the note on figures per server: Paris in France, Lyon here in England.
    let mixed = try paris.succeed(["stats", "--group"]).replacingOccurrences(of: "\u{00A0}", with: " ")
    #expect(mixed.contains("\nFrance: Figures to prevent and to train, never to sanction a server\n(art. L1331-2 C. trav.).\n"))
    #expect(mixed.contains("\nEngland and Wales: Figures to prevent and to train, never to sanction a server\nnor to take the loss out of their pay (ERA 1996, s. 13).\n"))
    // As JSON: the combined figures and each site's, with the measures taken.
    let statsJSON = try paris.succeed(["stats", "--group", "--json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(statsJSON.utf8)) as? [String: Any])
    let combined = try #require(object["combined"] as? [String: Any])
    #expect(combined["count"] as? Int == 2 && combined["owed"] as? String == "100.00" && combined["recovered"] as? String == "60.00")
    #expect((combined["measures"] as? [String: Any])?["total"] as? Int == 3)
    let perSite = try #require(object["sites"] as? [[String: Any]])
    #expect(perSite.map { $0["site"] as? String } == ["Paris", "lyon"])
    #expect(perSite.map { $0["jurisdiction"] as? String } == ["fr", "gb-eng"])
    #expect(perSite.map { $0["outstanding"] as? String } == ["40.00", "0.00"])
    #expect(perSite.map { ($0["measures"] as? [String: Any])?["byKind"] as? [String: Int] } == [["cctv": 1], ["deposit": 1, "cctv": 1]])
    // Over a period: the walkouts and the measures taken on its days (the measures came later).
    let periodJSON = try paris.succeed(["stats", "--group", "--json", "--to", "2026-11-20"])
    let inPeriod = try #require(try JSONSerialization.jsonObject(with: Data(periodJSON.utf8)) as? [String: Any])
    let first = try #require(inPeriod["combined"] as? [String: Any])
    #expect(first["count"] as? Int == 1 && first["owed"] as? String == "40.00" && first["to"] as? String == "2026-11-20")
    #expect((first["measures"] as? [String: Any])?["total"] as? Int == 0)
    #expect((inPeriod["sites"] as? [[String: Any]])?.map { $0["count"] as? Int } == [1, 0])
    #expect(try paris.succeed(["stats", "--group", "--to", "2026-11-20"]).contains("Period: from 2026-11-20 to 2026-11-20"))
    // Another site's folder is only read: nothing is created or rewritten there.
    #expect(try FileManager.default.contentsOfDirectory(atPath: lyon.dataDirectory.path).sorted() == lyonFiles)

    #expect(try paris.succeed(["group", "remove", "lyon"]).contains("Site “lyon” removed"))
    #expect(!(try paris.succeed(["list", "--all", "--group"])).contains(there))
    // The list of sites is this machine's: git never carries it.
    #expect(try String(contentsOf: paris.dataDirectory.appendingPathComponent(".gitignore"), encoding: .utf8).contains("groups.toml"))
  }
}
