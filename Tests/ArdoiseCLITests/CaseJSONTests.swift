import Foundation
import Testing

/// `show --json` and `list --json` come from one streaming writer; their bytes are those of the
/// former output, Foundation's `JSONSerialization` with sorted keys, pretty-printed, slashes
/// unescaped: parsing them and writing them that way gives them back unchanged.
@Suite struct CaseJSONTests {
  private func asFoundationWrote(_ json: String) throws -> String {
    let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func showAndListWriteWhatJSONSerializationWrote() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-11-20 21:00", "--table", "Terrasse/3", "--server", "Léa",
                                  "--note", "Partis « fumer », jamais revenus \"vite\""])
    _ = try ardoise.succeed(["new", "--amount", "12", "--at", "2026-11-21 20:00"])
    try ardoise.succeed(["note", id, "Appelé le 06/12 — pas de réponse"])
    try ardoise.succeed(["pay", id, "10"])
    _ = try ardoise.succeed(["measure", id, "seating", "--note", "Groupes loin de la porte"])
    try ardoise.succeed(["contact", id, "--channel", "phone", "--outcome", "no-answer", "--follow-up", "2099-01-15"])
    let shown = try ardoise.succeed(["show", id, "--json"])
    #expect(shown.hasPrefix("{\n  \"amount\" : \"42.50\""), "\(shown)")
    #expect(shown.contains("\"Terrasse/3\"") && shown.contains("\"notes\" : [\n    {"))
    #expect(try asFoundationWrote(shown) == shown)
    #expect(shown.contains("\"measures\" : [\n    {") && shown.contains("\"kind\" : \"seating\""))
    let listed = try ardoise.succeed(["list", "--all", "--json"])
    #expect(try asFoundationWrote(listed) == listed)
    // The case in the list is the case shown.
    let cases = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
    let element = try #require(cases.first { $0["id"] as? String == id })
    let data = try JSONSerialization.data(withJSONObject: element, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    // The list has no customer member: compare with show leaving personal data out.
    let shownWithoutCustomer = try ardoise.succeed(["show", id, "--json", "--no-personal-data"])
    #expect(!shownWithoutCustomer.contains("\"customer\" :") && shown.contains("\"customer\" : null"))
    #expect(String(decoding: data, as: UTF8.self) == shownWithoutCustomer)
  }
}
