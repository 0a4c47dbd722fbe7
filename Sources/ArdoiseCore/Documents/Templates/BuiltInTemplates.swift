/// The templates shipped with ardoise, one per kind, language and (for reminders) variant.
///
/// A restaurant replaces one by placing its own text in `<data>/templates/<kind>.<lang>.md`
/// (`reminder-sms.<lang>.md` for the SMS). The fields they may use are those of the built-in ones.
public enum BuiltInTemplates {
  /// The built-in template text.
  public static func text(for kind: DocumentKind, language: Language, variant: DocumentVariant = .email) -> String {
    switch (kind, language) {
    case (.reminder, .french): variant == .sms ? ReminderTemplates.smsFrench : ReminderTemplates.emailFrench
    case (.reminder, .english): variant == .sms ? ReminderTemplates.smsEnglish : ReminderTemplates.emailEnglish
    case (.finalReminder, .french): FinalReminderTemplates.french
    case (.finalReminder, .english): FinalReminderTemplates.english
    case (.demandLetter, .french): DemandLetterTemplates.french + "\n\n" + PrivacyNoticeTemplates.french
    case (.demandLetter, .english): DemandLetterTemplates.english + "\n\n" + PrivacyNoticeTemplates.english
    case (.complaint, .french): ComplaintTemplates.french
    case (.complaint, .english): ComplaintTemplates.english
    case (.courtRequest, .french): CourtRequestTemplates.french
    case (.courtRequest, .english): CourtRequestTemplates.english
    case (.dossier, .french): DossierTemplates.french
    case (.dossier, .english): DossierTemplates.english
    }
  }
}
