/// One legal statement ardoise shows or prints (an article, a court, a form, a deadline, a fee, a
/// rate, an authority, a phone number), with where it comes from and when it was last checked.
///
/// Guidance, guardrails and templates name facts by ``id``, so one correction here fixes every
/// place that says it.
public struct LegalFact: Sendable, Equatable {
  /// `fr.civil-code.1231-6`, `gb-eng.theft-act-1978.s3`: the jurisdiction's code, then dotted parts.
  public var id: String
  public var jurisdiction: Jurisdiction
  /// How a text names it in a sentence: « article 1231-6 du Code civil », “article 1231-6 of the
  /// French Civil Code” (translated title, original reference).
  public var name: LocalizedText
  /// What it says, in a sentence or two.
  public var text: LocalizedText
  /// The abbreviated reference shown beside a guardrail, in the reader's language: `art. 73 CPP`,
  /// `PACE 1984, s. 24A`, « art. 14 RGPD » and “art. 14 GDPR” (translated words, original references).
  public var short: LocalizedText
  public var source: LegalSource
  /// The day it was last checked against its source.
  public var checked: CalendarDay

  /// A fact whose short reference reads the same in both languages (`art. 73 CPP`); without one,
  /// its French name.
  public init(_ id: String, _ jurisdiction: Jurisdiction, name: LocalizedText, text: LocalizedText, short: String? = nil,
              source: LegalSource, checked: CalendarDay = LegalFact.domainCheck) {
    let short = short ?? name.french
    self.init(id, jurisdiction, name: name, text: text, short: LocalizedText(short, short), source: source, checked: checked)
  }

  /// A fact whose short reference has words to translate (`RGPD` / `GDPR`, `6 mois` / `6 months`).
  public init(_ id: String, _ jurisdiction: Jurisdiction, name: LocalizedText, text: LocalizedText, short: LocalizedText,
              source: LegalSource, checked: CalendarDay = LegalFact.domainCheck) {
    self.id = id
    self.jurisdiction = jurisdiction
    self.name = name
    self.text = text
    // A citation shown after a guardrail in either language keeps `C. trav.` and `art. 12` together.
    self.short = LocalizedText(short.french.frenchTypography, short.english.frenchTypography)
    self.source = source
    self.checked = checked
  }

  /// The day the research notes behind the built-in facts were re-checked against their sources.
  public static let domainCheck = CalendarDay(year: 2026, month: 11, day: 30)
}

/// Where a legal fact comes from: the official title and reference, and a page when there is one.
public struct LegalSource: Sendable, Equatable {
  /// Official title and reference: « Code civil, art. 1231-6 », “Theft Act 1978, s. 3”.
  public var reference: String
  /// The page it was checked on (Légifrance, service-public, legislation.gov.uk, gov.uk, or the
  /// secondary source the research notes cite when no official page was recorded).
  public var url: String?
  /// The official text itself (Légifrance, EUR-Lex, legislation.gov.uk), when `url` is another page.
  public var official: String?

  public init(_ reference: String, official: String? = nil, url: String? = nil) {
    self.reference = reference
    self.url = url
    self.official = official
  }

  /// `reference — official — url`, leaving out what is missing.
  public var description: String { ([reference] + [official, url].compactMap { $0 }).joined(separator: " — ") }
}
