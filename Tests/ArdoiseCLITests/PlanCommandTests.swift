import Foundation
import Testing

/// `ardoise plan`: agreeing, renegotiating and cancelling an instalment plan; `show` and its JSON.
@Suite struct PlanCommandTests {
  private func plan(_ ardoise: ArdoiseProcess, _ id: String) throws -> Any? {
    let json = try ardoise.succeed(["show", id, "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return object?["plan"]
  }

  @Test func aPlanIsSplitToTheCentAndPaymentsGoToItsInstalmentsInOrder() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "100", "--at", "2026-11-20 21:00"])
    #expect(try plan(ardoise, id) is NSNull)
    // A day long past, then days far ahead: late, due, upcoming whatever the day the test runs.
    let agreed = try ardoise.succeed(["plan", id, "--days", "2020-01-06,2099-01-05,2099-02-05", "--lang", "en"])
    #expect(agreed == """
      Payment plan agreed:
        1. 2020-01-06  €33.34  late
        2. 2099-01-05  €33.33  due
        3. 2099-02-05  €33.33  upcoming
        remainder of €0.01 on the first instalment
      """)
    #expect(try ardoise.succeed(["pay", id, "40", "--lang", "en"]) == "outstanding: €60.00")
    let instalments = try #require(try plan(ardoise, id) as? [[String: String]])
    #expect(instalments == [
      ["due": "2020-01-06", "amount": "33.34", "paid": "33.34", "status": "paid"],
      ["due": "2099-01-05", "amount": "33.33", "paid": "6.66", "status": "due"],
      ["due": "2099-02-05", "amount": "33.33", "paid": "0.00", "status": "upcoming"],
    ])
    let shown = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(shown.contains("Payment plan\n  1. 2020-01-06  €33.34  paid\n  2. 2099-01-05  €33.33  due (€6.66 paid)"), "\(shown)")
    #expect(shown.contains("Next follow-up: 2099-01-05"))
  }

  @Test func aRenegotiatedPlanReplacesTheOldAndACancelledOneIsGone() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42.50", "--at", "2026-11-20 21:00"])
    try ardoise.succeed(["plan", id, "--parts", "2", "--first", "2099-01-05"])
    try ardoise.succeed(["plan", id, "--parts", "3", "--first", "2099-03-01", "--every", "2weeks", "--remainder", "last"])
    let instalments = try #require(try plan(ardoise, id) as? [[String: String]])
    #expect(instalments.map { $0["due"] } == ["2099-03-01", "2099-03-15", "2099-03-29"])
    #expect(instalments.map { $0["amount"] } == ["14.16", "14.16", "14.18"])
    let shown = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(shown.components(separatedBy: "Payment plan agreed: €42.50").count == 3, "both plans stay in the timeline: \(shown)")
    #expect(try ardoise.succeed(["plan", id, "--cancel", "--lang", "en"]) == "Payment plan cancelled.")
    #expect(try plan(ardoise, id) is NSNull)
    let again = try ardoise.run(["plan", id, "--cancel", "--lang", "en"])
    #expect(again.status == 1 && again.stderr.contains("no payment plan in force"))
  }

  @Test func badPlansAreRefusedWithTheReason() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "0.02", "--at", "2026-11-20 21:00"])
    let tooMany = try ardoise.run(["plan", id, "--parts", "3", "--first", "2099-01-05", "--lang", "en"])
    #expect(tooMany.status == 1 && tooMany.stderr.contains("€0.02 cannot be split into 3 instalments of at least one cent"), "\(tooMany.stderr)")
    let unordered = try ardoise.run(["plan", id, "--days", "2099-02-05,2099-01-05", "--lang", "en"])
    #expect(unordered.status == 1 && unordered.stderr.contains("the due days must follow one another"), "\(unordered.stderr)")
    let nothing = try ardoise.run(["plan", id])
    #expect(nothing.status == 64 && nothing.stderr.contains("give --parts N and --first DAY, or --days, or --cancel"))
    let rhythm = try ardoise.run(["plan", id, "--parts", "2", "--first", "2099-01-05", "--every", "fortnight"])
    #expect(rhythm.status == 64)
    let rhythmAndDays = try ardoise.run(["plan", id, "--days", "2099-01-05", "--every", "week", "--lang", "en"])
    #expect(rhythmAndDays.status == 64, "\(rhythmAndDays.stderr)")
    #expect(rhythmAndDays.stderr == "ardoise: --every does not go with --days: the instalments fall on the days given (see --help)\n", "\(rhythmAndDays.stderr)")
  }

  /// With days typed one by one, --remainder still says which instalment takes the odd cent.
  @Test func theRemainderAppliesToDaysTypedOneByOne() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "100", "--at", "2026-11-20 21:00"])
    let agreed = try ardoise.succeed(["plan", id, "--days", "2099-01-05,2099-02-05,2099-03-05", "--remainder", "last", "--lang", "en"])
    #expect(agreed.contains("€33.34") && agreed.contains("on the last instalment"), "\(agreed)")
  }

  @Test func aPaymentThatSettlesTheCaseSaysItIsClosedAndHowToReopenIt() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "30", "--at", "2026-11-20 21:00"])
    #expect(try ardoise.succeed(["pay", id, "10", "--lang", "en"]) == "outstanding: €20.00")
    let settled = try ardoise.succeed(["pay", id, "20", "--lang", "en"])
    #expect(settled.hasSuffix("Everything is paid: the case is closed as recovered. To reopen it: key r in its checklist, or “ardoise reopen \(id)”."),
            "\(settled)")
    let french = try ardoise.succeed(["show", id, "--lang", "fr"])
    #expect(french.contains("récupéré"))
  }
}
