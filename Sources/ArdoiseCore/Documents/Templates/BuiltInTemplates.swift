/// The templates shipped with ardoise, one per kind, language and (for reminders) variant.
///
/// The law inside them follows the restaurant's jurisdiction, through `{{#is_france}}`,
/// `{{#is_gb_eng}}` and `{{#is_unknown_law}}` blocks and the registry's `{{law.ID}}` names; the
/// language only translates. A restaurant replaces one by placing its own text in
/// `<data>/templates/<kind>.<lang>.md` (`reminder-sms.<lang>.md` for the SMS). The fields they may
/// use are those of the built-in ones.
public enum BuiltInTemplates {
  /// The built-in template text.
  public static func text(for kind: DocumentKind, language: Language, variant: DocumentVariant = .email) -> String {
    let french = language == .french
    switch kind {
    case .reminder:
      if variant == .sms { return french ? ReminderTemplates.smsFrench : ReminderTemplates.smsEnglish }
      return french
        ? ReminderTemplates.emailFrench + "\n\n" + PrivacyNoticeTemplates.french
        : ReminderTemplates.emailEnglish + "\n\n" + PrivacyNoticeTemplates.english
    case .finalReminder: return french ? FinalReminderTemplates.french : FinalReminderTemplates.english
    case .demandLetter:
      return french
        ? DemandLetterTemplates.french + "\n\n" + PrivacyNoticeTemplates.french
        : DemandLetterTemplates.english + "\n\n" + PrivacyNoticeTemplates.english
    case .complaint: return french ? ComplaintTemplates.french : ComplaintTemplates.english
    case .courtRequest: return french ? CourtRequestTemplates.french : CourtRequestTemplates.english
    case .dossier: return french ? DossierTemplates.french : DossierTemplates.english
    case .acknowledgement: return french ? AcknowledgementTemplates.french : AcknowledgementTemplates.english
    case .informationSheet: return french ? ProtocolAnnexTemplates.informationSheetFrench : ProtocolAnnexTemplates.informationSheetEnglish
    case .replyForm: return french ? ProtocolAnnexTemplates.replyFormFrench : ProtocolAnnexTemplates.replyFormEnglish
    case .financialStatement:
      return french ? ProtocolAnnexTemplates.financialStatementFrench : ProtocolAnnexTemplates.financialStatementEnglish
    case .paymentPlan: return french ? PaymentPlanTemplates.french : PaymentPlanTemplates.english
    case .receipt: return french ? ReceiptTemplates.french : ReceiptTemplates.english
    }
  }
}
