import Testing

@testable import ArdoiseCore

@Suite struct ConfigValidationTests {
  @Test func theSIRETIsCheckedUnderFrenchLawOnly() {
    var config = Config()
    #expect(config.problem(setting: "restaurant.company_number", to: "123 456 789 00012") != nil)
    #expect(config.problem(setting: "restaurant.company_number", to: "732 829 320 00074") == nil)
    config.jurisdiction = .englandAndWales
    #expect(config.problem(setting: "restaurant.company_number", to: "01234567") == nil)
  }

  @Test func eachKindOfValueIsCheckedAsTyped() {
    let config = Config()
    #expect(config.problem(setting: "restaurant.iban", to: "FR76 3000 6000 0112 3456 7890 188") != nil)
    #expect(config.problem(setting: "restaurant.email", to: "contact@") != nil)
    #expect(config.problem(setting: "restaurant.payment_link", to: "pay.example.com") != nil)
    #expect(config.problem(setting: "restaurant.jurisdiction", to: "de") != nil)
    #expect(config.problem(setting: "ardoise.language", to: "de")?.english == "“fr” or “en”")
    #expect(config.problem(setting: "recovery.demand_days", to: "120") != nil)
    #expect(config.problem(setting: "stats.monthly_takings", to: "beaucoup") != nil)
    #expect(config.problem(setting: "stats.monthly_takings", to: "42 000,00") == nil)
    #expect(config.problem(setting: "restaurant.name", to: "Le Petit Zinc") == nil)
  }

  @Test func anEmptyValueUnsetsAndPasses() {
    #expect(Config().problem(setting: "restaurant.iban", to: "  ") == nil)
  }
}
