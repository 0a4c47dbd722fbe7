import Foundation
import Testing

@Suite(.serialized) struct ConfigCommandTests {
  func configText(_ ardoise: ArdoiseProcess) -> String? {
    try? String(contentsOf: ardoise.dataDirectory.appendingPathComponent("config.toml"), encoding: .utf8)
  }

  @Test func setShowAndUnset() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    try ardoise.succeed(["config", "set", "restaurant.legal_name", "SARL Le Petit Zinc"])
    let shown = try ardoise.succeed(["config"])
    #expect(shown.contains("restaurant.legal_name") && shown.contains("SARL Le Petit Zinc"))
    #expect(shown.contains("(unset)"))
    try ardoise.succeed(["config", "unset", "restaurant.legal_name"])
    #expect(!(configText(ardoise) ?? "").contains("Petit Zinc"))
  }

  @Test func badValueOrKeyExitsOneAndLeavesTheFileUnchanged() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    try ardoise.succeed(["config", "set", "recovery.demand_days", "15"])
    let before = configText(ardoise)
    let badValue = try ardoise.run(["config", "set", "recovery.demand_days", "two weeks"])
    #expect(badValue.status == 1)
    #expect(badValue.stderr.contains("recovery.demand_days"))
    #expect(badValue.stderr.split(separator: "\n").count == 1)
    let badKey = try ardoise.run(["config", "set", "restaurant.colour", "blue"])
    #expect(badKey.status == 1)
    #expect(badKey.stderr.contains("restaurant.colour"))
    #expect(configText(ardoise) == before)
  }
}
