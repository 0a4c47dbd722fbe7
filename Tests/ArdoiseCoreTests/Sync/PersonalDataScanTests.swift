import ArdoiseCore
import Testing

@Suite struct PersonalDataScanTests {
  let scan = PersonalDataScan(
    identities: [("people/261129-K7QF.toml", CustomerIdentity(name: "Émilie Durand-Leroy", phone: "+33 6 12 34 56 78", email: "ed1985@example.org"))],
    exemptions: ["contact@petitzinc.fr", "01 42 00 00 00"])

  private func note(_ text: String) -> String {
    #"{"at":"2026-11-29T23:40:00+01:00","by":"Léa","id":"01J","recorded":"2026-11-29T23:41:00+01:00","text":"\#(text)","type":"note","v":1}"# + "\tdeadbeef"
  }

  @Test func aKnownCustomerIsFoundByNameWordPhoneOrEmail() {
    for (text, what) in [("Called emilie durand-leroy", "name"), ("Mme LEROY will pay", "name"), ("Reached her on 06.12.34.56.78", "phone"),
                         ("Wrote to ED1985@Example.org", "email")] {
      let finding = scan.findings(inLine: note(text), file: "cases/261129-K7QF.jsonl", line: 4)
      #expect(finding == PersonalDataFinding(kind: .knownIdentity(what: what, source: "people/261129-K7QF.toml"), file: "cases/261129-K7QF.jsonl", line: 4), "\(text)")
    }
  }

  @Test func contactDetailsOfAnyoneAreFoundButNotTheRestaurants() {
    #expect(scan.findings(inLine: note("his number 07 11 22 33 44"), file: "f", line: 1)?.kind == .contactDetail(what: "phone number"))
    #expect(scan.findings(inLine: note("mail: someone@else.com"), file: "f", line: 1)?.kind == .contactDetail(what: "email address"))
    #expect(scan.findings(inLine: note("asked to write to contact@petitzinc.fr or call 01 42 00 00 00"), file: "f", line: 1) == nil)
  }

  @Test func idsTimestampsAmountsAndShortWordsAreNotPersonalData() {
    let line = #"{"amount":"1234.56","at":"2026-11-29T23:40:00+01:00","bill":"4512","by":"Durand","id":"0612345678","recorded":"2026-11-29T23:41:00+01:00","table":"T12","type":"opened","v":1}"# + "\tdeadbeef"
    #expect(scan.findings(inLine: line, file: "f", line: 1) == nil)
    #expect(scan.findings(inLine: note("Paid 1 234,56 at 23:40 on 29/11/2026, bill 4512, ref 123456"), file: "f", line: 1) == nil)
  }
}
