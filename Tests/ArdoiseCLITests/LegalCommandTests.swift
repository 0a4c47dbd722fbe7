import ArdoiseCore
import Foundation
import Testing

/// `ardoise legal`, `ardoise legal interest`, and the law following restaurant.jurisdiction
/// whatever the language, end to end.
@Suite(.serialized) struct LegalCommandTests {
  func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func listsTheFactsOfTheConfiguredJurisdictionWithTheirSources() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let french = try object(try ardoise.succeed(["legal", "--json", "--lang", "en"]))
    #expect(french["jurisdiction"] as? String == "fr")
    let facts = try #require(french["facts"] as? [[String: Any]])
    let ids = facts.compactMap { $0["id"] as? String }
    #expect(ids.contains("fr.civil-code.1231-6") && ids.contains("fr.legal-interest.2026-h1") && ids.allSatisfy { $0.hasPrefix("fr.") })
    let article = try #require(facts.first { $0["id"] as? String == "fr.civil-code.1231-6" })
    #expect(article["name"] as? String == "article 1231-6 of the French Civil Code")
    #expect(article["checked"] as? String == "2026-11-30" && (article["source"] as? String)?.contains("Code civil") == true)

    _ = try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "gb-eng"])
    let english = try object(try ardoise.succeed(["legal", "--json"]))
    let englishIDs = (english["facts"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(englishIDs.contains("gb-eng.theft-act-1978.s3") && englishIDs.allSatisfy { $0.hasPrefix("gb-eng.") })
    let text = try ardoise.succeed(["legal", "--lang", "fr"])
    #expect(text.contains("Droit applicable\u{202F}: Angleterre et pays de Galles"))
    #expect(text.contains("Source\u{202F}: Theft Act 1978, s. 3 — https://www.legislation.gov.uk/ukpga/1978/31/section/3"))

    // Euros chosen with the law of England and Wales: a suggestion on every command, never a switch.
    _ = try ardoise.succeed(["config", "set", "ardoise.currency", "EUR"])
    let hinted = try ardoise.run(["legal", "--lang", "en"])
    #expect(hinted.stderr.contains("the law applied is that of England and Wales (restaurant.jurisdiction = gb-eng). The currency (EUR) points to France: "
      + "if the restaurant is in France, ardoise config set restaurant.jurisdiction fr."), "\(hinted.stderr)")
    #expect(hinted.stdout.contains("Law that applies: England and Wales"))

    let refused = try ardoise.run(["config", "set", "restaurant.jurisdiction", "de", "--lang", "en"])
    #expect(refused.status == 1 && refused.stderr.contains("“fr” (France) or “gb-eng” (England and Wales)"), "\(refused.stderr)")
  }

  @Test func aHandEditedUnknownJurisdictionGetsNoLawAndSaysSo() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "48", "--at", "2026-11-20 21:00"])
    try Data("[restaurant]\njurisdiction = \"de\"\n".utf8).write(to: ardoise.dataDirectory.appendingPathComponent("config.toml"))
    let listed = try ardoise.run(["legal", "--lang", "en"])
    #expect(listed.status == 0 && listed.stdout.contains("ardoise does not know the law of the jurisdiction “de”"))
    #expect(listed.stderr.contains("restaurant.jurisdiction"), "\(listed.stderr)")
    let letter = try ardoise.succeed(["doc", id, "demand-letter", "--lang", "en", "--out", "-"])
    #expect(letter.contains("DEMAND FOR PAYMENT") && !letter.contains("article") && !letter.contains("Protocol"))
  }

  @Test func interestAcrossTheChangeOfRateHalfYearByHalfYear() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "1000", "--at", "2025-11-20 21:00"])
    let noDemand = try ardoise.run(["legal", "interest", id, "--lang", "en"])
    #expect(noDemand.status == 1 && noDemand.stderr.contains("no formal demand recorded"))
    _ = try ardoise.succeed(["step", id, "authorities", "--outcome", "demand-sent", "--day", "2025-12-01"])
    let result = try object(try ardoise.succeed(["legal", "interest", id, "--until", "2026-01-31", "--json"]))
    let periods = try #require(result["periods"] as? [[String: Any]])
    // By hand: 1000 × 2.76 % × 31 / 365 = 2.344 → 2.34; 1000 × 2.62 % × 30 / 365 = 2.153 → 2.15.
    #expect(periods.count == 2)
    #expect(periods[0]["from"] as? String == "2025-12-01" && periods[0]["to"] as? String == "2025-12-31")
    #expect(periods[0]["days"] as? Int == 31 && periods[0]["rate"] as? String == "2.76" && periods[0]["amount"] as? String == "2.34")
    #expect(periods[1]["from"] as? String == "2026-01-01" && periods[1]["to"] as? String == "2026-01-30")
    #expect(periods[1]["days"] as? Int == 30 && periods[1]["rate"] as? String == "2.62" && periods[1]["amount"] as? String == "2.15")
    #expect(result["total"] as? String == "4.49" && result["complete"] as? Bool == true)

    // After June 2026 there is no arrêté in the sources: no rate unless recovery.interest_rate is set.
    let later = try object(try ardoise.succeed(["legal", "interest", id, "--until", "2026-07-11", "--json"]))
    #expect(later["complete"] as? Bool == false)
    #expect(((later["periods"] as? [[String: Any]])?.last?["rate"]) is NSNull)
    let table = try ardoise.succeed(["legal", "interest", id, "--until", "2026-07-11", "--lang", "en"])
    #expect(table.contains("incomplete: a period has no rate"))
  }

  /// The table's last half-year ends on 30 June 2026. `--until` is not counted: up to 1 July every
  /// day has its arrêté; from 2 July, 1 July has no rate, and with no `recovery.interest_rate` it
  /// is shown as missing in both languages and in the JSON, never guessed.
  @Test func theDayAfterTheTablesLastHalfYearHasNoRateUnlessOneIsSet() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "1000", "--at", "2026-06-20 21:00"])
    _ = try ardoise.succeed(["step", id, "authorities", "--outcome", "demand-sent", "--day", "2026-06-29"])
    let last = LegalInterestRate.france.map(\.last).max()
    #expect(last == CalendarDay(year: 2026, month: 6, day: 30), "the table grew: move this test to its new last day")

    let covered = try object(try ardoise.succeed(["legal", "interest", id, "--until", "2026-07-01", "--json"]))
    #expect(covered["complete"] as? Bool == true)
    #expect((covered["periods"] as? [[String: Any]])?.allSatisfy { $0["rate"] as? String == "2.62" } == true)

    let after = try object(try ardoise.succeed(["legal", "interest", id, "--until", "2026-07-02", "--json"]))
    let periods = try #require(after["periods"] as? [[String: Any]])
    #expect(after["complete"] as? Bool == false)
    let missing = try #require(periods.last)
    #expect(missing["from"] as? String == "2026-07-01" && missing["to"] as? String == "2026-07-01" && missing["days"] as? Int == 1)
    #expect(missing["rate"] is NSNull && missing["amount"] is NSNull && missing["source"] is NSNull)
    // Only the days with a rate are added up: 1000 × 2.62 % × 2 / 365 = 0.1436 → 0.14.
    #expect(after["total"] as? String == "0.14")

    let english = try ardoise.succeed(["legal", "interest", id, "--until", "2026-07-02", "--lang", "en"])
    #expect(english.contains("unknown") && english.contains("none (recovery.interest_rate unset)"))
    #expect(english.contains("incomplete: a period has no rate"))
    let french = try ardoise.succeed(["legal", "interest", id, "--until", "2026-07-02", "--lang", "fr"])
    #expect(french.contains("inconnu") && french.contains("aucune (recovery.interest_rate non défini)"))
    #expect(french.contains("incomplet\u{202F}: taux manquant pour une période"))

    // With a rate set, that period uses it, and says where it comes from.
    _ = try ardoise.succeed(["config", "set", "recovery.interest_rate", "3.5"])
    let set = try object(try ardoise.succeed(["legal", "interest", id, "--until", "2026-07-02", "--json"]))
    #expect(set["complete"] as? Bool == true)
    let filled = try #require((set["periods"] as? [[String: Any]])?.last)
    #expect(filled["rate"] as? String == "3.50" && (filled["source"] as? String)?.contains("recovery.interest_rate") == true)
  }

  @Test func theLawFollowsTheJurisdictionWhateverTheLanguage() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "48", "--at", "2026-11-20 21:00"])
    _ = try ardoise.succeed(["identify", id, "--name", "Jo Bloggs", "--address", "1 High Street"])
    // A restaurant in Lyon, screen in English: French law, in English.
    let lyon = try ardoise.succeed(["doc", id, "demand-letter", "--lang", "en", "--out", "-"])
    #expect(lyon.contains("article 1231-6 of the French Civil Code") && lyon.contains("within **8 days** of receiving this letter"))
    #expect(!lyon.contains("Protocol") && !lyon.contains("UK GDPR") && lyon.contains("(CNIL)"))
    // A restaurant in Leeds, screen in French: the law of England and Wales, in French.
    _ = try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "gb-eng"])
    let leeds = try ardoise.succeed(["doc", id, "demand-letter", "--lang", "fr", "--out", "-"])
    #expect(leeds.contains("LETTRE AVANT POURSUITES") && leeds.contains("**30\u{A0}jours**") && leeds.contains("(RGPD britannique)"))
    #expect(!leeds.contains("Code civil") && !leeds.contains("CNIL"))
    #expect(try ardoise.run(["doc", id, "reply-form", "--out", "-"]).status == 0)
    _ = try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "fr"])
    let noAnnex = try ardoise.run(["doc", id, "reply-form", "--lang", "en"])
    #expect(noAnnex.status == 1 && noAnnex.stderr.contains("does not exist for the jurisdiction France"), "\(noAnnex.stderr)")
  }

  @Test func theDemandOutcomeSaysWhatIsMissingAndTakesTheDayReceived() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "48", "--at", "2026-11-20 21:00"])
    let missing = try ardoise.run(["step", id, "authorities", "--outcome", "demand-sent", "--ref", "R", "--lang", "en"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("“demand-sent” needs --day DAY (the day the demand was sent") && missing.stderr.contains("--ref is not used here"),
            "\(missing.stderr)")
    // With the day, a --ref would replace it: refused, saying where the letter's number goes.
    let both = try ardoise.run(["step", id, "authorities", "--outcome", "demand-sent", "--day", "2026-11-23", "--ref", "R", "--lang", "en"])
    #expect(both.status == 1 && both.stderr.contains("“demand-sent” takes no --ref (the registered letter’s number can go in --note)"), "\(both.stderr)")
    _ = try ardoise.succeed(["step", id, "authorities", "--outcome", "demand-sent", "--day", "2026-11-23"])
    let estimate = try ardoise.succeed(["doc", id, "dossier", "--lang", "en", "--out", "-"])
    #expect(estimate.contains("(deadline: 1 December 2026, an estimate until the acknowledgement of receipt is back)"), "\(estimate)")
    _ = try ardoise.succeed(["step", id, "authorities", "--outcome", "demand-sent", "--day", "2026-11-23", "--received", "2026-11-25"])
    let received = try ardoise.succeed(["doc", id, "dossier", "--lang", "en", "--out", "-"])
    #expect(received.contains("received on 25 November 2026 (deadline: 3 December 2026)"), "\(received)")
    let help = try ardoise.run(["step", "--help"])
    #expect(help.stdout.contains("authorities: complaint-filed, demand-sent") && !help.stdout.contains("ardoise steps"))
  }
}
