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

  /// `set` and `unset` change the key's line only: comments, blank lines and order stay.
  @Test func setAndUnsetKeepTheFilesCommentsAndOrder() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    try ardoise.succeed(["config", "set", "restaurant.name", "Zinc"])
    let original = "# Kept by hand.\n\n[restaurant]\ncity = \"Lyon\"\nname = \"Zinc\"  # the sign\n\n# Recovery\n[recovery]\ndemand_days = 8\n"
    try original.write(to: ardoise.dataDirectory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    try ardoise.succeed(["config", "set", "restaurant.name", "Le Petit Zinc"])
    #expect(configText(ardoise) == original.replacingOccurrences(of: "name = \"Zinc\"", with: "name = \"Le Petit Zinc\""))
    try ardoise.succeed(["config", "set", "restaurant.phone", "04 78 00 00 00"])
    try ardoise.succeed(["config", "unset", "restaurant.city"])
    #expect(configText(ardoise) == """
      # Kept by hand.

      [restaurant]
      name = "Le Petit Zinc"  # the sign
      phone = "04 78 00 00 00"

      # Recovery
      [recovery]
      demand_days = 8

      """)
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

  /// The settings screen's rules apply to `config set`: one line naming the rule, nothing written.
  @Test func valuesThatFailTheSettingsScreensRulesAreRefused() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "fr"])
    try ardoise.succeed(["config", "set", "restaurant.company_number", "732 829 320 00074"])
    let before = configText(ardoise)
    let refused: [(String, String, String)] = [
      ("restaurant.company_number", "123 456 789 00012", "check digit"),
      ("restaurant.company_number", "1234", "14 digits"),
      ("restaurant.iban", "FR76 3000 6000 0112 3456 7890 188", "IBAN"),
      ("restaurant.email", "contact@", "email"),
      ("restaurant.payment_link", "pay.example.com", "http"),
    ]
    for (key, value, rule) in refused {
      let result = try ardoise.run(["config", "set", key, value, "--lang", "en"])
      #expect(result.status == 1, "\(key) \(value)")
      #expect(result.stderr.contains(key) && result.stderr.contains(rule), "\(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }
    #expect(configText(ardoise) == before)
    try ardoise.succeed(["config", "set", "restaurant.iban", "GB29 NWBK 6016 1331 9268 19"])
    try ardoise.succeed(["config", "set", "restaurant.payment_link", "https://pay.example/pz"])
  }
}
