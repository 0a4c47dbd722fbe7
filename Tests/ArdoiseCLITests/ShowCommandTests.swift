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
