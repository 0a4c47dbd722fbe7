import Testing
@testable import ArdoiseCore

/// A legal step's name follows the restaurant's law, in either language.
@Suite struct RecordsTests {
  @Test func aFormalDemandIsNamedAsTheLawNamesIt() {
    #expect(LegalAction.formalDemand.label(under: .france) == LocalizedText("mise en demeure envoyée", "formal demand sent"))
    #expect(LegalAction.formalDemand.label(under: .englandAndWales) == LocalizedText("lettre avant poursuites envoyée", "letter before claim sent"))
    #expect(LegalAction.formalDemand.label(under: .unsupported("xx")) == LocalizedText("demande de paiement envoyée", "demand for payment sent"))
  }

  @Test func noOtherCountrysTermUnderEnglandAndWalesOrAnUnknownLaw() {
    let french = ["mise en demeure", "injonction", "ordonnance", "requête"]
    for action in LegalAction.allCases {
      for language in Language.allCases {
        for jurisdiction in [Jurisdiction.englandAndWales, .unsupported("xx")] {
          let label = action.label(under: jurisdiction)(language)
          for term in french { #expect(!label.contains(term), "\(action) under \(jurisdiction.code), \(language): \(label)") }
          #expect(!label.contains("formal demand") && !label.contains("court order"), "\(label)")
        }
        let france = action.label(under: .france)(language)
        #expect(!france.contains("letter before claim") && !france.contains("lettre avant"), "\(france)")
      }
    }
  }
}
