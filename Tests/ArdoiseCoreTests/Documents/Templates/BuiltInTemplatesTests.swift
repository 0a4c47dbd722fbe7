import Foundation
import Testing
@testable import ArdoiseCore

/// Every built-in template, in French and English, under France, England and Wales and a
/// jurisdiction ardoise does not know, speaks only the law of the restaurant's jurisdiction: no
/// French legal term under English law, no English one under French law, and no legal term or
/// citation at all where ardoise does not know the law.
///
/// The documents are written for the three fixture cases (and one with a document already
/// written, so its timeline names it) with the jurisdiction's own built-in
/// checklist (the step titles a restaurant there sees). The fixtures' own notes and references
/// (an “LRAR” number, « envoyée à La Poste ») are the user's words and are not among the terms.
@Suite struct BuiltInTemplatesTests {
  struct Sample: CustomTestStringConvertible, Sendable {
    var kind: DocumentKind
    var variant: DocumentVariant
    var language: Language
    var jurisdiction: Jurisdiction
    var testDescription: String {
      "\(kind.rawValue)\(variant == .sms ? "-sms" : "").\(language.rawValue).\(jurisdiction.code)"
    }
  }

  static let jurisdictions: [Jurisdiction] = [.france, .englandAndWales, .unsupported("xx")]

  static let samples: [Sample] = DocumentKind.allCases.flatMap { kind in
    (kind == .reminder ? DocumentVariant.allCases : [.email]).flatMap { variant in
      jurisdictions.filter(kind.applies(to:)).flatMap { jurisdiction in
        Language.allCases.map { Sample(kind: kind, variant: variant, language: $0, jurisdiction: jurisdiction) }
      }
    }
  }

  /// French law's words, in either language.
  static let frenchTerms = [
    #"(?i)\bmise en demeure\b"#, #"(?i)\bmis en demeure\b"#, #"(?i)\bCode civil\b"#, #"(?i)\bFrench Civil Code\b"#, #"(?i)\binjonction\b"#,
    #"(?i)\bCode pénal\b"#, #"(?i)\bCode de commerce\b"#, #"(?i)\bCERFA\b"#, #"(?i)\btribunal judiciaire\b"#, #"(?i)\btribunal de commerce\b"#,
    #"(?i)\bcommissaire de justice\b"#, #"\bCNIL\b"#, #"(?i)\bfilouterie\b"#, #"(?i)\bpartie civile\b"#, #"(?i)\bprocureur\b"#,
    #"\bRGPD\b(?! britannique)"#, #"(?i)\bpetites créances\b"#,
  ]

  /// English law's words, in either language.
  static let englishTerms = [
    #"(?i)\bCounty Court\b"#, #"(?i)\bTheft Act\b"#, #"(?i)\bletter before claim\b"#, #"(?i)\blettre avant poursuites\b"#,
    #"(?i)\bMoney Claim Online\b"#, #"\bUK GDPR\b"#, #"(?i)\bRGPD britannique\b"#, #"\bICO\b"#, #"(?i)\bPre-Action Protocol\b"#,
    #"(?i)\bLimitation Act\b"#, #"\bPACE\b"#, #"(?i)\bsmall[- ]claims\b"#,
  ]

  /// A legal term or citation of any country, for a jurisdiction ardoise does not know.
  static let anyCitation = [
    #"\bart\. ?\d"#, #"(?i)\barticles? \d"#, #"\b[LRD] ?\d{3,4}-\d+"#, #"\bActs? (19|20)\d\d"#, #"(?i)\bsections? \d"#,
    #"\bs\. ?\d+[A-Z]?\b"#, #"\bGDPR\b"#, #"(?i)\bformal (demand|notice)\b"#, #"(?i)\blegal rate\b"#, #"(?i)\btaux légal\b"#,
  ]

  static func forbidden(under jurisdiction: Jurisdiction) -> [NSRegularExpression] {
    let patterns: [String]
    switch jurisdiction {
    case .france: patterns = englishTerms
    case .englandAndWales: patterns = frenchTerms
    case .unsupported: patterns = frenchTerms + englishTerms + anyCitation
    }
    return patterns.map { try! NSRegularExpression(pattern: $0) }  // literal patterns: a typo fails every test at once
  }

  static func found(_ patterns: [NSRegularExpression], in text: String) -> [String] {
    let range = NSRange(text.startIndex..., in: text)
    return patterns.compactMap { pattern in
      pattern.firstMatch(in: text, range: range).flatMap { Range($0.range, in: text) }.map { String(text[$0]) }
    }
  }

  /// The fixture cases, and the first one again with its formal demand written as a document (its
  /// timeline then names the document kind).
  static let cases: [(name: String, incident: Incident, customer: CustomerIdentity?)] = DocumentFixtures.cases + [
    ("known-written", DocumentFixtures.build(DocumentFixtures.known.id.rawValue, DocumentFixtures.known.events + [
      DocumentFixtures.event(10, DocumentFixtures.at(3, 25, 14, 0), .documentGenerated(kind: DocumentKind.demandLetter.rawValue, file: "demande.md")),
    ]), DocumentFixtures.knownCustomer),
  ]

  static func document(_ sample: Sample, fixture: Int) throws -> GeneratedDocument {
    var config = DocumentFixtures.config
    config.jurisdiction = sample.jurisdiction
    let fixture = Self.cases[fixture]
    return try DocumentGenerator.generate(DocumentRequest(
      kind: sample.kind, incident: fixture.incident, customer: fixture.customer, config: config,
      playbook: Playbook.standard(for: sample.jurisdiction), language: sample.language, today: DocumentFixtures.today,
      variant: sample.variant))
  }

  @Test(arguments: samples)
  func speaksOnlyItsJurisdictionsLaw(_ sample: Sample) throws {
    let patterns = Self.forbidden(under: sample.jurisdiction)
    for fixture in Self.cases.indices {
      let document = try Self.document(sample, fixture: fixture)
      let texts = [document.text] + document.warnings.map { $0(sample.language) }
      for text in texts {
        let terms = Self.found(patterns, in: text)
        #expect(terms.isEmpty, "\(Self.cases[fixture].name) \(sample.testDescription) says \(terms)")
      }
    }
  }

  @Test func theScannerFindsEachCountrysTerms() {
    // The scanner itself, so the matrix above cannot pass by matching nothing.
    #expect(Self.found(Self.forbidden(under: .englandAndWales), in: "Le débiteur a été mis en demeure de payer.") == ["mis en demeure"])
    #expect(Self.found(Self.forbidden(under: .englandAndWales), in: "Information (RGPD britannique)").isEmpty)
    #expect(Self.found(Self.forbidden(under: .englandAndWales), in: "Information (RGPD)") == ["RGPD"])
    #expect(Self.found(Self.forbidden(under: .france), in: "a claim in the County Court") == ["County Court"])
    #expect(Self.found(Self.forbidden(under: .unsupported("xx")), in: "under article 1231-6") == ["article 1"])
    #expect(Self.found(Self.forbidden(under: .unsupported("xx")), in: "A demand for payment was sent.").isEmpty)
  }
}
