/// Everything needed to write one document for one case. Holds no I/O: the caller reads the case,
/// the customer's identity, the config and any override template first.
public struct DocumentRequest: Sendable {
  public var kind: DocumentKind
  public var incident: Incident
  /// The customer's identity, when someone was identified and not purged.
  public var customer: CustomerIdentity?
  public var config: Config
  public var playbook: Playbook
  public var language: Language
  /// The date the document bears; deadlines and interest are counted from it.
  public var today: CalendarDay
  /// The restaurant's own template (`<data>/templates/<kind>.<lang>.md`), used instead of the built-in one.
  public var templateOverride: String?
  /// SMS or email, for a reminder; ignored by the other kinds.
  public var variant: DocumentVariant
  /// For a receipt: the payment it is for, numbered from 1 in the order the case lists its
  /// payments (as `ardoise show` does); nil for the latest. Ignored by the other kinds.
  public var paymentNumber: Int?

  public init(kind: DocumentKind, incident: Incident, customer: CustomerIdentity?, config: Config, playbook: Playbook,
              language: Language, today: CalendarDay, templateOverride: String? = nil, variant: DocumentVariant = .email,
              paymentNumber: Int? = nil) {
    self.kind = kind
    self.incident = incident
    self.customer = customer
    self.config = config
    self.playbook = playbook
    self.language = language
    self.today = today
    self.templateOverride = templateOverride
    self.variant = variant
    self.paymentNumber = paymentNumber
  }

  /// The law that applies: the restaurant's, from the config (never the language).
  public var jurisdiction: Jurisdiction { config.jurisdiction }

  /// `261129-K7QF-demand-letter-fr.md`, `261129-K7QF-reminder-sms-en.md`.
  public var suggestedFileName: String {
    let variantPart = kind == .reminder && variant == .sms ? "-sms" : ""
    return "\(incident.id.rawValue)-\(kind.rawValue)\(variantPart)-\(language.rawValue).md"
  }

  /// The name of the override template in `<data>/templates/`: `reminder.fr.md`, `reminder-sms.fr.md`.
  public var templateFileName: String {
    let variantPart = kind == .reminder && variant == .sms ? "-sms" : ""
    return "\(kind.rawValue)\(variantPart).\(language.rawValue).md"
  }
}

/// A written document and what the person should check before using it.
public struct GeneratedDocument: Sendable, Equatable {
  /// Markdown that also reads as plain text.
  public var text: String
  /// Missing settings, missing debtor details, time limits: one line each.
  public var warnings: [LocalizedText]
  public var suggestedFileName: String

  public init(text: String, warnings: [LocalizedText], suggestedFileName: String) {
    self.text = text
    self.warnings = warnings
    self.suggestedFileName = suggestedFileName
  }
}
