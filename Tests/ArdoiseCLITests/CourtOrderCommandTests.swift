import Foundation
import Testing

/// `ardoise court-order ID DAY [--served DAY]`: the order is recorded on the authorities step and
/// the agenda counts its clocks, by the restaurant's jurisdiction.
@Suite struct CourtOrderCommandTests {
  @Test func franceCountsSixMonthsToServeThenAMonthToObject() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-11-20 21:30", "--table", "T4"])
    let made = try ardoise.succeed(["court-order", id, "2026-11-25"])
    #expect(made.contains("serve the court order: 2027-05-25 (six months to serve the order)"))
    #expect(made.contains("unserved by then, the order of 2026-11-25 lapses"))
    let served = try ardoise.succeed(["court-order", id, "2026-11-25", "--served", "2026-11-28"])
    #expect(served.contains("end of the month to object: 2026-12-28 (one month to object)"))
    #expect(!served.contains("serve the court order"))
    let shown = try ardoise.succeed(["show", id, "--json"])
    #expect(shown.contains("court-order"))
    let json = try ardoise.succeed(["agenda", "--json", "--days", "3660"])
    let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    let objection = try #require(items.first { $0["kind"] as? String == "objection" })
    #expect(objection["day"] as? String == "2026-12-28" && objection["step"] as? String == "authorities")
    #expect(!items.contains { $0["kind"] as? String == "order-service" })
  }

  @Test func englandAndWalesSaysToCheckWithTheCourtWithNoDate() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    try ardoise.succeed(["config", "set", "ardoise.currency", "GBP"])
    try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "gb-eng"])
    let id = try ardoise.succeed(["new", "--amount", "42.50", "--at", "2026-11-20 21:30", "--table", "T4"])
    let made = try ardoise.succeed(["court-order", id, "2026-11-25"])
    #expect(made.contains("check with the court the order’s time limits (county court judgment: time limits to check with the court)"))
    #expect(!made.contains("2027-"))
  }

  @Test func aDayInTheFutureOrBeforeTheMealIsRefusedAndNothingIsWritten() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-11-20 21:30", "--table", "T4"])
    let early = try ardoise.run(["court-order", id, "2026-11-19"])
    #expect(early.status != 0 && early.stderr.contains("the day of the order is before the meal"))
    let late = try ardoise.run(["court-order", id, "2026-11-25", "--served", "2026-11-24"])
    #expect(late.status != 0 && late.stderr.contains("the day served is before the day of the order"))
    #expect(!(try ardoise.succeed(["show", id, "--json"])).contains("court-order"))
  }
}
