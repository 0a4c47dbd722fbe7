import Testing
@testable import ArdoiseCore

/// The start notice that suggests the restaurant's law from its address, currency and locale,
/// never switching it.
@Suite struct ConfigJurisdictionNoticeTests {
  private func config(_ settings: [String: String]) throws -> Config {
    var config = Config()
    for (key, value) in settings.sorted(by: { $0.key < $1.key }) { try config.set(key, to: value) }
    return config
  }

  @Test func nothingIsSaidWhenEveryHintAgreesWithTheLaw() throws {
    let lyon = try config(["restaurant.address": "12 rue de la Paix, 69001 Lyon"])
    #expect(lyon.jurisdictionNotice(environment: ["LANG": "fr_FR.UTF-8"]) == nil)
    #expect(lyon.jurisdictionNotice(environment: ["LANG": "C.UTF-8"]) == nil)
    #expect(Config().jurisdictionNotice(environment: [:]) == nil)
  }

  @Test func aUKAddressSuggestsEnglandAndWalesWithoutSwitching() throws {
    let london = try config(["restaurant.address": "10 Downing Street, London SW1A 2AA", "ardoise.currency": "GBP"])
    let notice = try #require(london.jurisdictionNotice(environment: ["LANG": "en_GB.UTF-8"]))
    #expect(london.jurisdiction == .france)
    #expect(notice.english == "restaurant.jurisdiction is not set: ardoise applies French law by default and never changes it by itself. "
      + "The address (SW1A 2AA), the currency (GBP) and the system locale (LANG=en_GB.UTF-8) point to England and Wales: "
      + "if the restaurant is in England or Wales, ardoise config set restaurant.jurisdiction gb-eng. "
      + "To keep French law and hide this notice: ardoise config set restaurant.jurisdiction fr.")
  }

  @Test func aFrenchAddressUnderEnglishLawIsSaidInFrench() throws {
    let lyon = try config(["restaurant.address": "12 rue de la Paix, 69001 Lyon", "restaurant.jurisdiction": "gb-eng", "ardoise.currency": "GBP"])
    let notice = try #require(lyon.jurisdictionNotice(environment: [:]))
    #expect(notice(.french) == "le droit appliqué est celui de l’Angleterre et du pays de Galles (restaurant.jurisdiction = gb-eng). "
      + "L’adresse (69001 Lyon) indique la France\u{202F}: si le restaurant est en France, ardoise config set restaurant.jurisdiction fr. "
      + "Ces indices se contredisent\u{202F}: l’adresse (69001 Lyon) vers la France\u{202F}; la devise (GBP) vers l’Angleterre et le pays de Galles.")
  }

  @Test func theLocaleAloneSuggestsOnlyUntilTheLawIsChosen() throws {
    var lyon = try config(["restaurant.address": "12 rue de la Paix, 69001 Lyon"])
    let british = ["LANG": "en_GB.UTF-8"]
    let notice = try #require(lyon.jurisdictionNotice(environment: british))
    #expect(notice.english.contains("The system locale (LANG=en_GB.UTF-8) points to England and Wales"))
    #expect(notice.english.contains("These hints disagree: the address (69001 Lyon) to France; the system locale (LANG=en_GB.UTF-8) to England and Wales"))
    #expect(notice.english.contains("To keep French law and hide this notice: ardoise config set restaurant.jurisdiction fr."))
    // Chosen explicitly, even as the default: a manager in Lyon may use an English locale.
    try lyon.set("restaurant.jurisdiction", to: "fr")
    #expect(lyon.jurisdictionNotice(environment: british) == nil)
    try lyon.set("restaurant.jurisdiction", to: "")
    #expect(lyon.jurisdictionNotice(environment: british) != nil)
  }

  @Test func anUnknownLawIsSaidAsSuch() throws {
    let (config, _) = Config.parse("[restaurant]\njurisdiction = \"xx\"\naddress = \"69001 Lyon\"\n", file: "config.toml")
    #expect(config.jurisdictionNotice(environment: ["LANG": "en_GB.UTF-8"])?.english
      == "ardoise does not know the law of restaurant.jurisdiction = xx. The address (69001 Lyon) points to France: "
      + "if the restaurant is in France, ardoise config set restaurant.jurisdiction fr.")
  }

  @Test func theChoiceOfLawIsKeptInTheFileOnlyOnceMade() throws {
    var config = Config()
    try config.set("restaurant.name", to: "Le Zinc")
    #expect(!config.tomlText.contains("jurisdiction"))
    #expect(!Config.parse(config.tomlText, file: "config.toml").config.jurisdictionIsSet)
    try config.set("restaurant.jurisdiction", to: "fr")
    let written = config.fileText(over: "[restaurant]\nname = \"Le Zinc\"\n")
    #expect(written == "[restaurant]\nname = \"Le Zinc\"\njurisdiction = \"fr\"\n")
    #expect(Config.parse(written, file: "config.toml").config.jurisdictionIsSet)
    try config.set("restaurant.jurisdiction", to: "")
    #expect(config.fileText(over: written) == "[restaurant]\nname = \"Le Zinc\"\n")
  }

  @Test func theEuroByDefaultIsNoHintButAChosenCurrencyIs() throws {
    let british = ["LANG": "en_GB.UTF-8"]
    // Nothing set but the locale: the euro nobody chose does not argue for France.
    let notice = try #require(Config().jurisdictionNotice(environment: british))
    #expect(notice.english == "restaurant.jurisdiction is not set: ardoise applies French law by default and never changes it by itself. "
      + "The system locale (LANG=en_GB.UTF-8) points to England and Wales: "
      + "if the restaurant is in England or Wales, ardoise config set restaurant.jurisdiction gb-eng. "
      + "To keep French law and hide this notice: ardoise config set restaurant.jurisdiction fr.")
    // Chosen, the same euro is a hint, and the notice says the two disagree.
    let euro = try config(["ardoise.currency": "EUR"])
    #expect(try #require(euro.jurisdictionNotice(environment: british)).english
      .contains("These hints disagree: the currency (EUR) to France; the system locale (LANG=en_GB.UTF-8) to England and Wales"))
  }

  @Test func theCurrencyIsKeptInTheFileOnlyOnceChosen() throws {
    var config = Config()
    try config.set("restaurant.name", to: "Le Zinc")
    #expect(!config.tomlText.contains("currency"))
    #expect(!Config.parse(config.tomlText, file: "config.toml").config.currencyIsSet)
    try config.set("ardoise.currency", to: "EUR")
    #expect(config.tomlText.contains("currency = 'EUR'"))
    #expect(Config.parse(config.tomlText, file: "config.toml").config.currencyIsSet)
    try config.set("ardoise.currency", to: "")
    #expect(config.currency == .euro)
    #expect(!config.currencyIsSet)
    #expect(!config.tomlText.contains("currency"))
  }
}
