import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The customer form says what the address and the company number are for in the words of the
/// restaurant's law, whatever the screen's language: a French restaurant's formal demand is a
/// « mise en demeure », England and Wales's a letter before claim, and where ardoise does not know
/// the law the form names no legal step at all.
@Suite struct FormStateCustomerTests {
  static let jurisdictions: [Jurisdiction] = [.france, .englandAndWales, .unsupported("xx")]

  /// The form's text with the address focused, then with the company number focused (each field
  /// shows what it expects under the form).
  static func helpTexts(_ jurisdiction: Jurisdiction, _ language: Language) -> String {
    var state = Fixtures.state(language, size: Size(width: 120, height: 40))
    state.jurisdiction = jurisdiction
    state.press(.enter)
    _ = state.update(.customerRead(IncidentID(rawValue: "261129-K7QF"), .none))
    state.press(.character("C"), .enter, .tab, .tab, .tab)
    let address = state.render().grid.text
    state.press(.tab, .tab, .tab)
    return address + "\n" + state.render().grid.text
  }

  static func forbidden(under jurisdiction: Jurisdiction) -> [String] {
    let french = ["mise en demeure", "injonction", "SIREN", "SIRET"]
    let english = ["letter before claim", "lettre avant poursuites", "Money Claim", "Companies House"]
    switch jurisdiction {
    case .france: return english
    case .englandAndWales: return french
    case .unsupported: return french + english + ["formal demand", "payment order"]
    }
  }

  @Test(arguments: jurisdictions, Language.allCases)
  func theHelpSpeaksTheRestaurantsLaw(_ jurisdiction: Jurisdiction, _ language: Language) {
    let text = Self.helpTexts(jurisdiction, language)
    #expect(text.contains(language == .french ? "Adresse postale" : "Postal address"), "the form is open")
    for term in Self.forbidden(under: jurisdiction) {
      #expect(!text.localizedCaseInsensitiveContains(term), "\(jurisdiction.code).\(language.rawValue): “\(term)”")
    }
  }

  @Test func englandAndWalesNamesItsOwnSteps() {
    #expect(Self.helpTexts(.englandAndWales, .english).contains("letter before claim"))
    #expect(Self.helpTexts(.englandAndWales, .french).contains("lettre avant poursuites"))
    #expect(Self.helpTexts(.france, .french).contains("mise en demeure"))
  }
}
