/// A document ardoise writes for a case.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
  /// A friendly first reminder (SMS or email), with the privacy notice due at the first contact.
  case reminder
  /// A firmer follow-up that announces the formal demand.
  case finalReminder = "final-reminder"
  /// A formal demand: French « mise en demeure », English letter before claim.
  case demandLetter = "demand-letter"
  /// A pack for filing a complaint with the police.
  case complaint
  /// The sheet that prepares the court step: France's injonction de payer (with the small-debt
  /// procedure beside it), England and Wales's Money Claim Online.
  case courtRequest = "court-request"
  /// The whole case, for the file or a lawyer.
  case dossier
  /// An acknowledgement of the debt for the customer to sign, the sum in words and figures.
  case acknowledgement
  /// England and Wales: the Information Sheet of Annex 1 to the Pre-Action Protocol for Debt Claims.
  case informationSheet = "information-sheet"
  /// England and Wales: the Reply Form of Annex 1 to the Pre-Action Protocol for Debt Claims.
  case replyForm = "reply-form"
  /// England and Wales: the Financial Statement enclosed with a letter before claim (not part of Annex 1).
  case financialStatement = "financial-statement"
  /// The instalment plan agreed with the customer, for both parties to sign.
  case paymentPlan = "payment-plan"
  /// A receipt (« reçu ») for the last payment received: amount in figures and words, the balance left.
  case receipt

  /// The document's name as a person reads it, true whatever the law (where the restaurant's
  /// jurisdiction is known, ``label(under:)`` names it as that law does).
  public var label: LocalizedText {
    switch self {
    case .reminder: LocalizedText("relance amiable", "friendly reminder")
    case .finalReminder: LocalizedText("dernière relance", "final reminder")
    case .demandLetter: LocalizedText("mise en demeure", "formal demand")
    case .complaint: LocalizedText("dossier de plainte", "complaint pack")
    case .courtRequest: LocalizedText("fiche de préparation de la demande en justice", "court claim preparation sheet")
    case .dossier: LocalizedText("dossier complet", "case file")
    case .acknowledgement: LocalizedText("reconnaissance de dette", "acknowledgement of debt")
    case .informationSheet: LocalizedText("fiche d’information (protocole, annexe 1)", "information sheet (protocol, Annex 1)")
    case .replyForm: LocalizedText("formulaire de réponse (protocole, annexe 1)", "reply form (protocol, Annex 1)")
    case .financialStatement: LocalizedText("état financier (protocole)", "financial statement (protocol)")
    case .paymentPlan: LocalizedText("échéancier de paiement", "payment plan agreement")
    case .receipt: LocalizedText("reçu de paiement", "payment receipt")
    }
  }

  /// Whether the document exists under `jurisdiction`'s law: the protocol's enclosures belong to
  /// England and Wales only.
  public func applies(to jurisdiction: Jurisdiction) -> Bool {
    switch self {
    case .informationSheet, .replyForm, .financialStatement: jurisdiction == .englandAndWales
    default: true
    }
  }
}

/// How a reminder is sent: the SMS text is short, the email has a subject and more detail.
public enum DocumentVariant: String, Sendable, CaseIterable, Codable {
  case email, sms
}
