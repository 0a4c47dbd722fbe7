import Foundation
import Testing
@testable import ArdoiseCore

/// `config.toml`: parsing with line-numbered errors, writing back, and validation of each key.
@Suite struct ConfigTests {
  private func parse(_ text: String) -> (config: Config, errors: [ConfigError]) {
    Config.parse(text, file: "config.toml")
  }

  @Test func aFullFileIsRead() {
    let (config, errors) = parse("""
      # comment
      [restaurant]
      name = "Le Petit Zinc"
      legal_name = "SARL Zinc & Fils"
      address = "3 rue des Écoles, 75005 Paris"
      city = "Paris"
      company_number = "123 456 789 00012"
      phone = "+33 1 23 45 67 89"
      email = "contact@zinc.example"
      payment_link = "https://pay.example/zinc"
      iban = "FR76 3000 6000 0112 3456 7890 189"
      representative = "Claire Martin"

      [ardoise]
      language = "fr"
      currency = "eur"
      user = "Claire"
      theme = "dark"

      [recovery]
      demand_days = 10
      interest_rate = "4,16 %"

      [privacy]
      purge_paid_after_days = 7
      """)
    #expect(errors.isEmpty, "\(errors)")
    #expect(config.restaurantName == "Le Petit Zinc")
    #expect(config.legalName == "SARL Zinc & Fils")
    #expect(config.address == "3 rue des Écoles, 75005 Paris")
    #expect(config.city == "Paris" && config.companyNumber == "123 456 789 00012" && config.phone == "+33 1 23 45 67 89")
    #expect(config.email == "contact@zinc.example" && config.paymentLink == "https://pay.example/zinc")
    #expect(config.iban == "FR76 3000 6000 0112 3456 7890 189" && config.representative == "Claire Martin")
    #expect(config.language == .french && config.currency == .euro && config.user == "Claire" && config.theme == "dark")
    #expect(config.demandDays == 10 && config.interestRate == "4.16" && config.purgePaidAfterDays == 7)
  }

  @Test func anEmptyFileIsTheDefaults() {
    let (config, errors) = parse("")
    #expect(errors.isEmpty)
    #expect(config == Config())
    #expect(config.jurisdiction == .france)
    #expect(config.demandDays(for: .france) == 8)
    #expect(config.purgePaidAfterDays == 2 && config.currency == .euro)
  }

  @Test(arguments: [
    ("recovery", "demand_days", "200", "recovery.demand_days", "from 1 to 90"),
    ("recovery", "demand_days", "0", "recovery.demand_days", "from 1 to 90"),
    ("recovery", "demand_days", "\"ten\"", "recovery.demand_days", "from 1 to 90"),
    ("recovery", "interest_rate", "\"abc\"", "recovery.interest_rate", "a rate in %"),
    ("recovery", "interest_rate", "150", "recovery.interest_rate", "a rate in %"),
    ("ardoise", "language", "\"de\"", "ardoise.language", "“fr” or “en”"),
    ("ardoise", "currency", "\"EURO\"", "ardoise.currency", "three-letter ISO code"),
    ("privacy", "purge_paid_after_days", "40", "privacy.purge_paid_after_days", "from 0 to 30"),
    ("privacy", "purge_paid_after_days", "-1", "privacy.purge_paid_after_days", "from 0 to 30"),
    ("restaurant", "name", "true", "restaurant.name", "a text or number value was expected"),
    ("restaurant", "name", "[\"a\"]", "restaurant.name", "a text or number value was expected"),
    ("restaurant", "colour", "\"red\"", "restaurant.colour", "unknown key"),
  ])
  func eachBadValueIsReportedWithItsLineAndKeyAndLeftAtItsDefault(section: String, key: String, value: String,
                                                                   fullKey: String, words: String) throws {
    // Another section with a good value, then the bad one on line 6.
    let (otherKey, otherLine) = section == "restaurant" ? ("ardoise.user", "user = \"Marc\"") : ("restaurant.name", "name = \"Zinc\"")
    let otherSection = otherKey.split(separator: ".")[0]
    let (config, errors) = parse("[\(otherSection)]\n\(otherLine)\n\n[\(section)]\n# the bad one is on line 6\n\(key) = \(value)\n")
    let error = try #require(errors.first, "no error for \(key) = \(value)")
    #expect(errors.count == 1, "\(errors)")
    #expect(error.line == 6)
    #expect(error.key == fullKey)
    #expect(error.file == "config.toml")
    #expect(error.message(.english) == "config.toml:6: \(fullKey): " + error.reason.english)
    #expect(error.reason.english.contains(words), "\(error.reason.english)")
    #expect(error.message(.french) != error.message(.english))
    // `FILE:LINE:` as editors read it; after the key, French punctuation.
    #expect(error.message(.french) == "config.toml:6: \(fullKey)\u{202F}: " + error.reason(.french))
    // The bad key keeps its default; the good one still counts.
    #expect(config.value(for: fullKey) == Config().value(for: fullKey))
    #expect(config.value(for: otherKey) == (otherKey == "ardoise.user" ? "Marc" : "Zinc"))
  }

  @Test func aKeyOutsideASectionIsReported() throws {
    let (_, errors) = parse("name = \"Zinc\"\n")
    let error = try #require(errors.first)
    #expect(error.key == "name")
    #expect(error.reason.english.contains("a section was expected"))
  }

  @Test(arguments: [("[restaurant]\nname = \"Zinc\nphone = \"1\"\n", 2), ("[restaurant]\nname = \"Zinc\"\n\n[ardoise\n", 4),
                    ("a = 1\nb = \n", 2), ("[x]\na = 1\na = 2\n", 3)])
  func aTOMLSyntaxErrorGivesItsLine(text: String, line: Int) throws {
    let (config, errors) = parse(text)
    let error = try #require(errors.first)
    #expect(errors.count == 1)
    #expect(error.line == line, "\(error.message(.english))")
    #expect(error.message(.english).hasPrefix("config.toml:\(line): invalid TOML"))
    #expect(error.message(.french).hasPrefix("config.toml:\(line): TOML invalide"))
    #expect(config == Config())
  }

  @Test func theWrittenTextReadsBackTheSame() throws {
    var config = Config()
    try config.set("restaurant.name", to: "Chez \"Léa\" \\ Fils")
    try config.set("restaurant.address", to: "3 rue des Écoles\n75005 Paris\tFrance \u{01}")
    try config.set("restaurant.iban", to: "FR76 3000")
    try config.set("ardoise.language", to: "en")
    try config.set("ardoise.currency", to: "chf")
    try config.set("recovery.demand_days", to: "14")
    try config.set("recovery.interest_rate", to: "4,16")
    try config.set("privacy.purge_paid_after_days", to: "0")
    let (parsed, errors) = parse(config.tomlText)
    #expect(errors.isEmpty, "\(errors)")
    #expect(parsed == config)
    #expect(parse(Config().tomlText).config == Config())
  }

  @Test func theWrittenTextLeavesUnsetKeysOutInFileOrder() throws {
    var config = Config()
    try config.set("recovery.demand_days", to: "9")
    try config.set("restaurant.city", to: "Lyon")
    let lines = config.tomlText.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    // The jurisdiction and the currency left at their defaults are not written: the file says
    // whether they were chosen.
    #expect(lines == ["[restaurant]", "city = 'Lyon'", "[recovery]", "demand_days = 9",
                      "[privacy]", "purge_paid_after_days = 2", "[stats]", "advice_min_cases = 10"])
  }

  // MARK: - set

  @Test(arguments: [
    ("ardoise.language", "fr", "fr"), ("ardoise.language", "English", "en"), ("ardoise.language", "français", "fr"),
    ("ardoise.currency", "gbp", "GBP"), ("recovery.demand_days", " 8 ", "8"), ("recovery.demand_days", "90", "90"),
    ("recovery.interest_rate", "4.16%", "4.16"), ("recovery.interest_rate", "0", "0"),
    ("privacy.purge_paid_after_days", "30", "30"), ("restaurant.name", "  Zinc  ", "Zinc"), ("ardoise.theme", "light", "light"),
    ("stats.monthly_takings", "42 000,50 €", "42000.50"), ("stats.advice_min_cases", "25", "25"),
  ])
  func setAcceptsValidValues(key: String, text: String, stored: String) throws {
    var config = Config()
    try config.set(key, to: text)
    #expect(config.value(for: key) == stored)
  }

  @Test(arguments: [
    ("ardoise.language", "de"), ("ardoise.currency", "€"), ("recovery.demand_days", "91"),
    ("recovery.demand_days", "8.5"), ("recovery.interest_rate", "-1"), ("recovery.interest_rate", "lots"),
    ("privacy.purge_paid_after_days", "31"), ("privacy.purge_paid_after_days", ""), ("restaurant.nmae", "Zinc"), ("name", "Zinc"),
    ("stats.monthly_takings", "beaucoup"), ("stats.advice_min_cases", "0"),
  ])
  func setRefusesInvalidValuesAndChangesNothing(key: String, text: String) throws {
    var config = Config()
    try config.set("ardoise.language", to: "en")
    let before = config
    let error = try #require(throws: ConfigError.self) { try config.set(key, to: text) }
    #expect(error.key == key && error.line == nil && error.file == nil)
    #expect(error.message(.english).hasPrefix(key + ": "))
    #expect(config == before)
  }

  @Test func clearingOptionalKeys() throws {
    var config = Config()
    try config.set("restaurant.name", to: "Zinc")
    try config.set("recovery.demand_days", to: "10")
    try config.set("ardoise.language", to: "fr")
    for key in ["restaurant.name", "recovery.demand_days", "ardoise.language"] { try config.set(key, to: " ") }
    #expect(config == Config())
  }

  @Test func everyListedKeyCanBeSetAndRead() throws {
    for (key, help) in Config.keys {
      var config = Config()
      let value = ["ardoise.language": "en", "ardoise.currency": "USD", "recovery.demand_days": "12",
                   "recovery.interest_rate": "3.5", "privacy.purge_paid_after_days": "5", "restaurant.jurisdiction": "gb-eng",
                   "stats.monthly_takings": "42000.00", "stats.advice_min_cases": "12"][key] ?? "x"
      try config.set(key, to: value)
      #expect(config.value(for: key) == value, "\(key)")
      #expect(!help.french.isEmpty && !help.english.isEmpty)
    }
  }

  @Test func languageAndActorPrecedence() {
    var config = Config()
    #expect(config.language(flag: nil, environment: ["LANG": "fr_FR.UTF-8"]) == .french)
    #expect(config.language(flag: nil, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"]) == .english)
    #expect(config.language(flag: nil, environment: [:]) == .english)
    config.language = .french
    #expect(config.language(flag: nil, environment: ["LANG": "en_US.UTF-8"]) == .french)
    #expect(config.language(flag: .english, environment: [:]) == .english)
    #expect(config.actor(environment: ["USER": "marc"]) == "marc")
    config.user = "Claire"
    #expect(config.actor(environment: ["USER": "marc"]) == "Claire")
  }

  // MARK: jurisdiction (the law follows the restaurant's country, not the language)

  @Test func theJurisdictionIsReadSetAndWritten() throws {
    var config = Config()
    try config.set("restaurant.jurisdiction", to: "GB-ENG")
    #expect(config.jurisdiction == .englandAndWales && config.value(for: "restaurant.jurisdiction") == "gb-eng")
    #expect(Config.parse(config.tomlText, file: "config.toml").config.jurisdiction == .englandAndWales)
    try config.set("restaurant.jurisdiction", to: "")
    #expect(config.jurisdiction == .france)
  }

  @Test func anUnknownJurisdictionIsRefusedBySetButKeptFromAHandEditedFile() throws {
    var config = Config()
    #expect(throws: ConfigError.self) { try config.set("restaurant.jurisdiction", to: "de") }
    let (read, errors) = parse("[restaurant]\njurisdiction = \"de\"\n")
    // Never France's law for a German restaurant: the value is kept and the guidance is neutral.
    #expect(read.jurisdiction == .unsupported("de"))
    let error = try #require(errors.first)
    #expect(error.line == 2 && error.key == "restaurant.jurisdiction")
    #expect(error.message(.english).contains("cites no legal rule"))
  }

  @Test func theDemandDeadlineFollowsTheJurisdictionAndTheDebtorNeverTheLanguage() {
    let config = Config()
    #expect(config.demandDays(for: .france, debtor: .consumer) == 8)
    #expect(config.demandDays(for: .france, debtor: .business) == 8)
    #expect(config.demandDays(for: .englandAndWales, debtor: .consumer) == 30)
    #expect(config.demandDays(for: .englandAndWales, debtor: .business) == 14)
    #expect(config.demandDays(for: .englandAndWales, debtor: .nonTrader) == 14)
    var set = Config()
    set.demandDays = 12
    #expect(set.demandDays(for: .englandAndWales, debtor: .consumer) == 12)
  }

  /// A key's help is the same whatever the restaurant's law (`ardoise config`, the settings screen):
  /// it names no one country's legal step.
  @Test func noKeysHelpNamesOneCountrysLegalStep() {
    let terms = ["mise en demeure", "formal demand", "letter before claim", "lettre avant poursuites", "injonction", "payment order"]
    for (key, help) in Config.keys {
      for text in [help.french, help.english] {
        for term in terms { #expect(!text.contains(term), "\(key): \(text)") }
      }
    }
  }

  @Test func theCurrencySuggestsTheJurisdictionButNeverSwitchesIt() throws {
    var config = Config()
    #expect(config.jurisdictionNotice(environment: [:]) == nil)
    try config.set("ardoise.currency", to: "GBP")
    #expect(config.jurisdiction == .france)
    #expect(config.jurisdictionNotice(environment: [:])?.english.contains("ardoise config set restaurant.jurisdiction gb-eng") == true)
    try config.set("restaurant.jurisdiction", to: "gb-eng")
    #expect(config.jurisdictionNotice(environment: [:]) == nil)
    try config.set("ardoise.currency", to: "EUR")
    #expect(config.jurisdictionNotice(environment: [:])?.french.contains("ardoise config set restaurant.jurisdiction fr") == true)
  }
}
