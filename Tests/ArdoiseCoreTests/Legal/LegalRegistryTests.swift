import Foundation
import Testing
@testable import ArdoiseCore

/// The registry is the only place legal statements come from: every citation that the playbook
/// (guidance, guardrails, labels) or a document (text and warnings) shows must be a registry
/// fact of the restaurant's jurisdiction; a jurisdiction ardoise does not know gets none at all.
@Suite struct LegalRegistryTests {
  static let jurisdictions: [Jurisdiction] = [.france, .englandAndWales, .unsupported("xx")]

  /// What looks like a legal citation: an article, a section, a form, a court, a code, an Act,
  /// a case, a protocol, a data-protection law or authority.
  static let citationPatterns = [
    #"\bart\."#, #"\barticles? \d"#, #"\bCERFA\b"#, #"\b[LRD] ?\d{3,4}-\d+"#, #"\bActs? (19|20)\d\d"#, #"\bs\. ?\d+[A-Z]?\b"#,
    #"\bsections? \d"#, #"[Tt]ribunal (judiciaire|de commerce)"#, #"County Court"#, #"\bCode (civil|pénal|de )"#, #"\bCivil Code\b"#,
    #"\bCNIL\b"#, #"\bICO\b"#, #"\bRGPD\b"#, #"\bGDPR\b"#, #"\bCass\."#, #"\bProtocol\b"#, #"\bCPP\b"#, #"\bC\. (civ|pén|com|trav|conso)\."#,
    #"\bloi n°"#, #"\bdécret\b"#, #"\barrêté\b"#,
  ].map { try! NSRegularExpression(pattern: $0) }  // literal patterns: a typo fails every test at once

  @Test func everyFactIsWellFormed() {
    var seen = Set<String>()
    for fact in LegalRegistry.all {
      #expect(seen.insert(fact.id).inserted, "\(fact.id) is listed twice")
      #expect(fact.id.hasPrefix(fact.jurisdiction.code + "."), "\(fact.id) is not under \(fact.jurisdiction.code)")
      #expect(fact.jurisdiction.isSupported)
      for text in [fact.name, fact.text] {
        #expect(!text.french.isEmpty && !text.english.isEmpty, "\(fact.id) lacks a language")
        #expect(!text.french.contains("'") && !text.english.contains("'"), "\(fact.id): typographic apostrophes only")
      }
      #expect(!fact.source.reference.isEmpty && !fact.short.french.isEmpty && !fact.short.english.isEmpty)
      #expect(fact.source.url.map { $0.hasPrefix("http") } ?? true)
      // The research notes were re-checked on 2026-11-30; a fact added since carries its own day.
      #expect(fact.checked >= LegalFact.domainCheck, "\(fact.id) checked before the research notes")
    }
    #expect(LegalRegistry.facts(for: .unsupported("xx")).isEmpty)
  }

  @Test func everyTemplateNamesOnlyFactsTheRegistryHas() {
    for kind in DocumentKind.allCases {
      for language in Language.allCases {
        for variant in DocumentVariant.allCases {
          let template = BuiltInTemplates.text(for: kind, language: language, variant: variant)
          for id in LegalRegistry.references(in: template) {
            #expect(LegalRegistry.fact(id) != nil, "\(kind).\(language) names \(id), which the registry lacks")
          }
        }
      }
    }
  }

  @Test(arguments: jurisdictions)
  func thePlaybookCitesOnlyItsJurisdictionsRegistry(_ jurisdiction: Jurisdiction) {
    for step in Playbook.standard(for: jurisdiction).steps {
      for language in Language.allCases {
        var texts = [step.guidance(language), step.title(language)]
        texts += step.guardrails.flatMap { [$0.text(language), $0.source?(language) ?? ""] }
        texts += step.subActions.map { $0.label(language) } + step.outcomes.map { $0.label(language) }
        for text in texts { expectNoStrayCitation(text, jurisdiction, "\(jurisdiction.code) \(step.id)") }
      }
      for guardrail in step.guardrails {
        if let id = guardrail.factID { #expect(LegalRegistry.fact(id)?.jurisdiction == jurisdiction, "\(step.id): \(id)") }
      }
    }
  }

  @Test(arguments: jurisdictions)
  func everyDocumentCitesOnlyItsJurisdictionsRegistry(_ jurisdiction: Jurisdiction) throws {
    var config = DocumentFixtures.config
    config.jurisdiction = jurisdiction
    for kind in DocumentKind.allCases where kind.applies(to: jurisdiction) {
      for variant in kind == .reminder ? DocumentVariant.allCases : [.email] {
        for fixture in DocumentFixtures.cases {
          for language in Language.allCases {
            let document = try DocumentGenerator.generate(
              DocumentFixtures.request(kind, fixture, language, variant: variant, config: config))
            let where_ = "\(jurisdiction.code) \(fixture.name)-\(kind.rawValue)-\(variant.rawValue).\(language.rawValue)"
            expectNoStrayCitation(document.text, jurisdiction, where_)
            for warning in document.warnings { expectNoStrayCitation(warning(language), jurisdiction, where_ + " (warning)") }
          }
        }
      }
    }
  }

  /// Where ardoise does not know the law, no document borrows another country's procedure words:
  /// no English “solicitor” or “recorded delivery”, no French « commissaire de justice » (the
  /// fixtures' own notes, e.g. an LRAR number, are the user's words and are not checked).
  @Test func neutralDocumentsUseNoCountrysProcedureWords() throws {
    var config = DocumentFixtures.config
    config.jurisdiction = .unsupported("de")
    let words = ["solicitor", "recorded delivery", "County Court", "letter before claim", "Money Claim", "ICO",
                 "commissaire", "CNIL", "injonction", "gendarmerie", "tribunal judiciaire"]
    for kind in DocumentKind.allCases where kind.applies(to: config.jurisdiction) {
      for fixture in DocumentFixtures.cases {
        for language in Language.allCases {
          let text = try DocumentGenerator.generate(DocumentFixtures.request(kind, fixture, language, config: config)).text
          for word in words { #expect(!text.contains(word), "\(fixture.name)-\(kind.rawValue).\(language.rawValue) says “\(word)”") }
        }
      }
    }
  }

  @Test func aFakeCitationIsCaught() {
    // The scanner itself: a citation typed into a text, not taken from the registry, is found.
    #expect(strayCitations("Conformément à l’article 1231-6 du Code civil, …", .france).isEmpty)
    #expect(!strayCitations("Conformément à l’article 1232 du Code civil, …", .france).isEmpty)
    #expect(!strayCitations("Under section 3 of the Theft Act 1978", .france).isEmpty)
    #expect(!strayCitations("Prepare CERFA 12948", .unsupported("xx")).isEmpty)
  }

  @Test func officialTextsPointAtOfficialSites() {
    let hosts = ["https://www.legifrance.gouv.fr/", "https://eur-lex.europa.eu/", "https://www.legislation.gov.uk/"]
    let official = LegalRegistry.all.compactMap(\.source.official)
    #expect(official.count >= 15)
    for address in official { #expect(hosts.contains { address.hasPrefix($0) }, "\(address)") }
    // The offence and the formal demand, at least, link to the code itself.
    #expect(LegalRegistry.all.first { $0.source.reference == "Code pénal, art. 313-5" }?.source.official?.hasPrefix(hosts[0]) == true)
    #expect(LegalRegistry.all.first { $0.source.reference == "Code civil, art. 1231-6" }?.source.official?.hasPrefix(hosts[0]) == true)
  }

  /// A Légifrance link names one article version (`LEGIARTI` and 12 digits), with no date that
  /// would pin an older text; the articles whose ids were checked on 2026-12-05 have theirs.
  @Test func legifranceLinksNameAnArticle() throws {
    let shape = try Regex(#"^https://www\.legifrance\.gouv\.fr/codes/article_lc/LEGIARTI\d{12}$"#)
    for fact in LegalRegistry.all {
      guard let official = fact.source.official, official.contains("legifrance") else { continue }
      #expect(official.wholeMatch(of: shape) != nil, "\(fact.id): \(official)")
    }
    #expect(LegalRegistry.fact("fr.civil-code.2240")?.source.official?.hasSuffix("LEGIARTI000019017366") == true)
    #expect(LegalRegistry.fact("fr.civil-code.2224")?.source.official?.hasSuffix("LEGIARTI000019017112") == true)
  }

  /// Templates read `{{law.a.b}}` as a dotted name: an id that is also the start of another
  /// (`a.b` and `a.b.c`) would lose one of them.
  @Test func noIdIsThePrefixOfAnother() {
    let ids = LegalRegistry.all.map(\.id)
    for id in ids {
      #expect(!ids.contains { $0.hasPrefix(id + ".") }, "\(id) is the start of another id")
    }
  }

  /// The citations left in `text` once every name, statement and short reference of the
  /// jurisdiction's facts is taken out.
  func strayCitations(_ text: String, _ jurisdiction: Jurisdiction) -> [String] {
    var rest = text
    let facts = LegalRegistry.facts(for: jurisdiction)
    let known = facts.flatMap { [$0.text.french, $0.text(.french), $0.text.english, $0.name.french, $0.name(.french), $0.name.english, $0.short.french, $0.short(.french), $0.short.english] }
      + LegalInterestRate.france.map(\.source.reference)
    for phrase in known.sorted(by: { $0.count > $1.count }) where jurisdiction == .france || !LegalInterestRate.france.map(\.source.reference).contains(phrase) {
      rest = rest.replacingOccurrences(of: phrase, with: " ")
    }
    let range = NSRange(rest.startIndex..., in: rest)
    return Self.citationPatterns.flatMap { pattern in
      pattern.matches(in: rest, range: range).compactMap { match -> String? in
        guard let found = Range(match.range, in: rest) else { return nil }
        let start = rest.index(found.lowerBound, offsetBy: -30, limitedBy: rest.startIndex) ?? rest.startIndex
        let end = rest.index(found.upperBound, offsetBy: 30, limitedBy: rest.endIndex) ?? rest.endIndex
        return String(rest[start..<end])
      }
    }
  }

  func expectNoStrayCitation(_ text: String, _ jurisdiction: Jurisdiction, _ where_: String) {
    #expect(!text.contains("⟦"), "\(where_): an id the registry lacks")
    let stray = strayCitations(text, jurisdiction)
    #expect(stray.isEmpty, "\(where_) cites something not in the \(jurisdiction.code) registry: \(stray)")
  }
}
