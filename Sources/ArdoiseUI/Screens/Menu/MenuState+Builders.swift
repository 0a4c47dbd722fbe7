import ArdoiseCore

extension MenuState {
  /// `m`: mark the step done, skipped, not applicable, or to do again.
  static func markStep(_ step: PlaybookStep, of id: IncidentID, context: ScreenContext) -> MenuState {
    let choices: [(StepStatus, LocalizedText)] = [
      (.done, L("Faite", "Done")), (.skipped, L("Passée", "Skipped")),
      (.notApplicable, L("Sans objet", "Not applicable")), (.pending, L("À faire", "To do")),
    ]
    return MenuState(title: context.localized(L("Marquer « ", "Mark “")) + context.localized(step.title) + context.localized(L(" »", "”")),
                     items: choices.map { MenuState.Item(context.localized($0.1), .stepStatus(step.id, $0.0)) }, incident: id)
  }

  /// `w`: the documents ardoise writes, from the friendliest to the whole file.
  static func writeDocument(for id: IncidentID, context: ScreenContext) -> MenuState {
    let kinds: [(DocumentKind, Bool, LocalizedText)] = [
      (.reminder, false, L("Rappel aimable (SMS et e-mail)", "Friendly reminder (SMS and email)")),
      (.finalReminder, false, L("Dernier rappel", "Final reminder")),
      (.demandLetter, false, L("Mise en demeure", "Letter before claim")),
      (.complaint, false, L("Dossier de plainte", "Complaint pack")),
      (.courtRequest, false, L("Fiche injonction de payer", "Court request sheet")),
      (.dossier, false, L("Dossier complet", "Full case file")),
      // The letters that go by post, as a PDF laid out for a window envelope.
      (.finalReminder, true, L("Dernier rappel — PDF à imprimer", "Final reminder — PDF to print")),
      (.demandLetter, true, L("Mise en demeure — PDF à imprimer", "Letter before claim — PDF to print")),
      // To sign, to give, and (England and Wales) the letter before claim's enclosures (from 9 on, the arrows reach them).
      (.acknowledgement, false, L("Reconnaissance de dette (à signer)", "Acknowledgement of debt (to sign)")),
      (.paymentPlan, false, L("Échéancier (à signer par les deux parties)", "Payment plan agreement (both parties sign)")),
      (.receipt, false, L("Reçu du dernier paiement", "Receipt for the last payment")),
      (.informationSheet, false, L("Fiche d’information (protocole, annexe 1)", "Information sheet (protocol, Annex 1)")),
      (.replyForm, false, L("Formulaire de réponse (protocole, annexe 1)", "Reply form (protocol, Annex 1)")),
      (.financialStatement, false, L("État financier (protocole, annexe 2)", "Financial statement (protocol, Annex 2)")),
    ]
    // The protocol's enclosures exist under the law of England and Wales only.
    let applicable = kinds.filter { context.jurisdiction.map($0.0.applies(to:)) ?? true }
    let written = applicable.map { MenuState.Item(context.localized($0.2), .document($0.0, asPDF: $0.1)) }
    // Sending and printing stay at 9 and 10, where a digit reaches the first of them; the documents
    // to sign and the enclosures come after, reached with the arrows.
    let further = [
      MenuState.Item(context.localized(L("Envoyer par e-mail…", "Send by email…")), .emailMenu),
      MenuState.Item(context.localized(L("Imprimer…", "Print…")), .printMenu),
    ]
    return MenuState(title: context.localized(L("Écrire un document", "Write a document")),
                     items: Array(written.prefix(8)) + further + written.dropFirst(8), incident: id)
  }

  /// The letters that can be emailed to the customer.
  static func sendEmail(for id: IncidentID, context: ScreenContext) -> MenuState {
    let kinds: [(DocumentKind, LocalizedText)] = [
      (.reminder, L("Rappel aimable", "Friendly reminder")),
      (.finalReminder, L("Dernier rappel", "Final reminder")),
      (.demandLetter, L("Mise en demeure", "Letter before claim")),
    ]
    return MenuState(title: context.localized(L("Envoyer par e-mail", "Send by email")),
                     items: kinds.map { MenuState.Item(context.localized($0.1), .sendEmail($0.0)) }, incident: id)
  }

  /// The documents that can be printed (as a PDF handed to the print spooler).
  static func print(for id: IncidentID, context: ScreenContext) -> MenuState {
    let kinds: [(DocumentKind, LocalizedText)] = [
      (.finalReminder, L("Dernier rappel", "Final reminder")),
      (.demandLetter, L("Mise en demeure", "Letter before claim")),
      (.complaint, L("Dossier de plainte", "Complaint pack")),
      (.dossier, L("Dossier complet", "Full case file")),
    ]
    return MenuState(title: context.localized(L("Imprimer", "Print")),
                     items: kinds.map { MenuState.Item(context.localized($0.1), .print($0.0)) }, incident: id)
  }

  /// `x`: how the case closes, the likeliest first for what is still owed.
  static func closeCase(_ incident: Incident, context: ScreenContext) -> MenuState {
    let ordered: [Resolution] = incident.hasOutstandingBalance
      ? (incident.paid.isZero ? [.writtenOff, .honestMistake, .handedToAuthorities] : [.partlyRecovered, .writtenOff, .handedToAuthorities, .honestMistake])
      : [.recovered, .honestMistake]
    return MenuState(title: context.localized(L("Clore le dossier : comment ?", "Close the case: how?")),
                     items: ordered.map { MenuState.Item(context.localized($0.label), .resolution($0)) }, incident: incident.id)
  }
}
