import Testing
@testable import ArdoiseCore

/// A fact's short reference is read in the text's language: translated words, original references.
@Suite struct LegalFactTests {
  @Test func theGDPRIsTheRGPDInFrenchOnly() {
    #expect(LegalRegistry.short("fr.gdpr.14") == LocalizedText("art.\u{A0}14 RGPD", "art.\u{A0}14 GDPR"))
    #expect(LegalRegistry.short("fr.gdpr.5") == LocalizedText("RGPD, art.\u{A0}5", "GDPR, art.\u{A0}5"))
    #expect(LegalRegistry.short("gb-eng.uk-gdpr.14") == LocalizedText("RGPD britannique, art.\u{A0}14", "UK GDPR, art.\u{A0}14"))
  }

  @Test func noShortReferenceKeepsTheOtherLanguagesWords() {
    let frenchWords = ["RGPD", " ans", " jours", " mois", "frais", "droit à l’image", "janv."]
    let englishWords = ["UK GDPR", " days", "court fees", "check with"]
    for fact in LegalRegistry.all {
      for word in frenchWords { #expect(!fact.short.english.contains(word), "\(fact.id): “\(fact.short.english)”") }
      for word in englishWords { #expect(!fact.short.french.contains(word), "\(fact.id): « \(fact.short.french) »") }
    }
  }
}
