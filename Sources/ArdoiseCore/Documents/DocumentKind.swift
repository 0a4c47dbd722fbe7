/// A document ardoise writes for a case.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
  /// A friendly first reminder (SMS or email).
  case reminder
  /// A firmer follow-up that announces the formal demand.
  case finalReminder = "final-reminder"
  /// A formal demand: French « mise en demeure », English letter before claim.
  case demandLetter = "demand-letter"
  /// A pack for filing a complaint with the police.
  case complaint
  /// A data sheet for a court payment order (injonction de payer).
  case courtRequest = "court-request"
  /// The whole case, for the file or a lawyer.
  case dossier

  /// The document's name as a person reads it.
  public var label: LocalizedText {
    switch self {
    case .reminder: L("relance amiable", "friendly reminder")
    case .finalReminder: L("dernière relance", "final reminder")
    case .demandLetter: L("mise en demeure", "letter before claim")
    case .complaint: L("dossier de plainte", "complaint pack")
    case .courtRequest: L("fiche d’injonction de payer", "payment order data sheet")
    case .dossier: L("dossier complet", "case file")
    }
  }
}

/// How a reminder is sent: the SMS text is short, the email has a subject and more detail.
public enum DocumentVariant: String, Sendable, CaseIterable, Codable {
  case email, sms
}
