import Testing
@testable import ArdoiseCore

/// Where the restaurant seems to be: its address, its currency, the system locale.
@Suite struct JurisdictionHintTests {
  @Test func aFrenchPostcodeOrFranceInTheAddressPointsToFrance() {
    #expect(JurisdictionHint.address("12 rue de la Paix, 69001 Lyon") == [JurisdictionHint(.address, suggests: .france, evidence: "69001 Lyon")])
    #expect(JurisdictionHint.address("Le Port, 97400 Saint-Denis") == [JurisdictionHint(.address, suggests: .france, evidence: "97400 Saint-Denis")])
    #expect(JurisdictionHint.address("3 place du Marché, Annecy, France") == [JurisdictionHint(.address, suggests: .france, evidence: "France")])
  }

  @Test func aUKPostcodeOrTheCountryInTheAddressPointsToEnglandAndWales() {
    #expect(JurisdictionHint.address("10 Downing Street, London SW1A 2AA") == [JurisdictionHint(.address, suggests: .englandAndWales, evidence: "SW1A 2AA")])
    #expect(JurisdictionHint.address("1 Piccadilly, Manchester M1 1AE") == [JurisdictionHint(.address, suggests: .englandAndWales, evidence: "M1 1AE")])
    #expect(JurisdictionHint.address("High Street, Cardiff, Wales") == [JurisdictionHint(.address, suggests: .englandAndWales, evidence: "Wales")])
    #expect(JurisdictionHint.address("The Green, Bath, United Kingdom") == [JurisdictionHint(.address, suggests: .englandAndWales, evidence: "United Kingdom")])
    #expect(JurisdictionHint.address("Londres, Royaume-Uni") == [JurisdictionHint(.address, suggests: .englandAndWales, evidence: "Royaume-Uni")])
  }

  @Test func anAddressElsewhereGivesNoHint() {
    #expect(JurisdictionHint.address("350 Fifth Avenue, New York, NY 10118").isEmpty)
    #expect(JurisdictionHint.address("George Street, Sydney, New South Wales 2000").isEmpty)
    #expect(JurisdictionHint.address("Main Street, Boston, New England").isEmpty)
    #expect(JurisdictionHint.address("00100 Roma").isEmpty)
    #expect(JurisdictionHint.address("").isEmpty)
  }

  @Test func anAddressWithBothCountriesGivesBothHints() {
    #expect(JurisdictionHint.address("75011 Paris; office: London EC1A 1BB") == [
      JurisdictionHint(.address, suggests: .france, evidence: "75011 Paris"),
      JurisdictionHint(.address, suggests: .englandAndWales, evidence: "EC1A 1BB"),
    ])
  }

  @Test func theLocaleRegionPointsToFranceOrEnglandAndWales() {
    #expect(JurisdictionHint.locale(["LANG": "fr_FR.UTF-8"]) == JurisdictionHint(.locale, suggests: .france, evidence: "LANG=fr_FR.UTF-8"))
    #expect(JurisdictionHint.locale(["LANG": "en_GB.UTF-8"]) == JurisdictionHint(.locale, suggests: .englandAndWales, evidence: "LANG=en_GB.UTF-8"))
    // LC_ALL wins over LANG, as for the C library.
    #expect(JurisdictionHint.locale(["LANG": "fr_FR.UTF-8", "LC_ALL": "en_GB@euro"])
            == JurisdictionHint(.locale, suggests: .englandAndWales, evidence: "LC_ALL=en_GB@euro"))
    #expect(JurisdictionHint.locale(["LANG": "en_US.UTF-8"]) == nil)
    #expect(JurisdictionHint.locale(["LANG": "fr_BE.UTF-8"]) == nil)
    #expect(JurisdictionHint.locale(["LANG": "C.UTF-8"]) == nil)
    #expect(JurisdictionHint.locale([:]) == nil)
  }

  @Test func theCurrencyPointsToTheLawOfItsCountry() {
    #expect(JurisdictionHint.currency(.poundSterling)?.suggests == .englandAndWales)
    #expect(JurisdictionHint.currency(.euro)?.suggests == .france)
    #expect(JurisdictionHint.currency(.swissFranc) == nil)
  }
}
