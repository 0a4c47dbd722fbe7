import Foundation
import Testing

/// `ardoise show` prints who the customer is, and `--no-personal-data` leaves it out.
@Suite struct ShowCommandTests {
  @Test func showPrintsTheCustomerUnlessAskedNotTo() throws {
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    let text = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(text.contains("Customer: Julien Moreau · j.moreau@example.org"))
    #expect(text.contains("Address: 8 avenue Jean Jaurès, 69007 Lyon"))
    #expect(text.contains("Details from: réservation en ligne"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(ardoise.succeed(["show", id, "--json"]).utf8)) as? [String: Any])
    let customer = try #require(json["customer"] as? [String: Any])
    #expect(customer["name"] as? String == "Julien Moreau")
    #expect(customer["kind"] as? String == "consumer")
    #expect(customer["phone"] is NSNull)
    let hidden = try ardoise.succeed(["show", id, "--no-personal-data", "--lang", "en"])
    #expect(!hidden.contains("Moreau"))
    let hiddenJSON = try #require(try JSONSerialization.jsonObject(with: Data(ardoise.succeed(["show", id, "--json", "--no-personal-data"]).utf8)) as? [String: Any])
    #expect(hiddenJSON["customer"] == nil)
  }

  /// Payments are numbered as `ardoise doc ID receipt --payment N` counts them, in the text and
  /// in `--json`.
  @Test func paymentsAreNumberedForTheReceiptsPaymentOption() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "90", "--at", "2026-01-10 21:30"])
    try ardoise.succeed(["pay", id, "30", "--at", "2026-01-12 10:00"])
    try ardoise.succeed(["pay", id, "20", "--method", "card", "--at", "2026-01-13 11:00"])
    let lines = try ardoise.succeed(["show", id, "--lang", "en"]).split(separator: "\n").map(String.init)
    let payments = try #require(lines.firstIndex(of: "Payments"))
    #expect(lines[payments + 1] == "  1. 2026-01-12 10:00  €30.00  other")
    #expect(lines[payments + 2] == "  2. 2026-01-13 11:00  €20.00  card")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(ardoise.succeed(["show", id, "--json"]).utf8)) as? [String: Any])
    let numbered = try #require(json["payments"] as? [[String: Any]])
    #expect(numbered.map { $0["number"] as? Int } == [1, 2])
    #expect(numbered.map { $0["amount"] as? String } == ["30.00", "20.00"])
    let second = try ardoise.succeed(["doc", id, "receipt", "--payment", "2", "--out", "-", "--lang", "en"])
    #expect(second.contains("payment no. 2") && second.contains("**€20.00**"))
  }

  @Test func aDamagedCustomerFileIsAnErrorNotAnUnknownCustomer() throws {
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    try "name = \"Julien\n".write(toFile: ardoise.dataDirectory.path + "/people/\(id).toml", atomically: true, encoding: .utf8)
    #expect(try ardoise.succeed(["show", id, "--lang", "en"]).contains("! Customer file unreadable: people/\(id).toml:1: invalid TOML"))
    let check = try ardoise.run(["check", "--lang", "en"])
    #expect(check.status == 1)
    #expect(check.stdout.contains("people/\(id).toml") || check.stderr.contains("people/\(id).toml"))
  }
}
