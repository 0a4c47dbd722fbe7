import ArdoiseCore

extension MenuState {
  /// `m`: mark the step done, skipped, not applicable, or to do again.
  static func markStep(_ step: PlaybookStep, of id: IncidentID, context: ScreenContext) -> MenuState {
    let choices: [(StepStatus, LocalizedText)] = [
      (.done, LocalizedText("Faite", "Done")), (.skipped, LocalizedText("Passée", "Skipped")),
      (.notApplicable, LocalizedText("Sans objet", "Not applicable")), (.pending, LocalizedText("À faire", "To do")),
    ]
    return MenuState(title: context.localized(LocalizedText("Marquer « ", "Mark “")) + context.localized(step.title) + context.localized(LocalizedText(" »", "”")),
                     items: choices.map { MenuState.Item(context.localized($0.1), .stepStatus(step.id, $0.0)) }, incident: id)
  }

  /// `w`: the documents ardoise writes, from the friendliest to the whole file. The formal demand
  /// and the court sheet are named as the restaurant's law names them, whatever the language.
  static func writeDocument(for id: IncidentID, context: ScreenContext) -> MenuState {
    let law = context.law
    let toPrint = LocalizedText(" — PDF à imprimer", " — PDF to print")
    let kinds: [(DocumentKind, Bool, LocalizedText)] = [
      (.reminder, false, LocalizedText("Rappel aimable (SMS et e-mail)", "Friendly reminder (SMS and email)")),
      (.finalReminder, false, LocalizedText("Dernier rappel", "Final reminder")),
      (.demandLetter, false, DocumentKind.demandLetter.title(under: law)),
      (.complaint, false, LocalizedText("Dossier de plainte", "Complaint pack")),
      (.courtRequest, false, DocumentKind.courtRequest.title(under: law)),
      (.dossier, false, LocalizedText("Dossier complet", "Full case file")),
      // The letters that go by post, as a PDF laid out for a window envelope.
      (.finalReminder, true, LocalizedText("Dernier rappel", "Final reminder") + toPrint),
      (.demandLetter, true, DocumentKind.demandLetter.title(under: law) + toPrint),
      // To sign, to give, and (England and Wales) the letter before claim's enclosures (numbered from 11 on).
      (.acknowledgement, false, LocalizedText("Reconnaissance de dette (à signer)", "Acknowledgement of debt (to sign)")),
      (.paymentPlan, false, LocalizedText("Échéancier (à signer par les deux parties)", "Payment plan agreement (both parties sign)")),
      (.receipt, false, LocalizedText("Reçu du dernier paiement", "Receipt for the last payment")),
      (.informationSheet, false, LocalizedText("Fiche d’information (protocole, annexe 1)", "Information sheet (protocol, Annex 1)")),
      (.replyForm, false, LocalizedText("Formulaire de réponse (protocole, annexe 1)", "Reply form (protocol, Annex 1)")),
      (.financialStatement, false, LocalizedText("État financier (protocole)", "Financial statement (protocol)")),
    ]
    // The protocol's enclosures exist under the law of England and Wales only.
    let applicable = kinds.filter { $0.0.applies(to: law) }
    // With more than one payment, the receipt asks which payment it is for.
    let payments = context.openCase.map { $0.incident.id == id ? $0.incident.payments.count : 0 } ?? 0
    let written = applicable.map { kind, asPDF, label in
      if kind == .receipt && payments > 1 { return MenuState.Item(context.localized(LocalizedText("Reçu…", "Receipt…")), .receiptMenu) }
      // No payment yet: nothing to give a receipt for; the item stays in its place, dimmed, saying why.
      let reason = kind == .receipt && payments == 0
        ? context.localized(LocalizedText("aucun paiement enregistré", "no payment recorded")) : nil
      return MenuState.Item(context.localized(label), .document(kind, asPDF: asPDF), unavailableReason: reason)
    }
    // Sending and printing stay at 9 and 10; the documents to sign and the enclosures come after.
    let further = [
      MenuState.Item(context.localized(LocalizedText("Envoyer par e-mail…", "Send by email…")), .emailMenu),
      // Where `lp` is missing, Print… stays in its place, dimmed, saying why.
      MenuState.Item(context.localized(LocalizedText("Imprimer…", "Print…")), .printMenu,
                     unavailableReason: context.printUnavailableReason.map(context.localized)),
    ]
    return MenuState(title: context.localized(LocalizedText("Écrire un document", "Write a document")),
                     items: Array(written.prefix(8)) + further + written.dropFirst(8), incident: id)
  }

  /// The case's payments as `ardoise show` lists them (day and amount), to choose the one a receipt is for.
  static func receipt(for incident: Incident, context: ScreenContext) -> MenuState {
    let items = incident.payments.enumerated().map { index, entry in
      MenuState.Item(entry.at.day.formatted(context.language) + " — " + entry.payment.amount.formatted(context.language),
                     .receipt(paymentNumber: index + 1))
    }
    return MenuState(title: context.localized(LocalizedText("Reçu : pour quel paiement ?", "Receipt: for which payment?")),
                     items: items, incident: incident.id)
  }

  /// The letters that can be emailed to the customer.
  static func sendEmail(for id: IncidentID, context: ScreenContext) -> MenuState {
    let kinds: [(DocumentKind, LocalizedText)] = [
      (.reminder, LocalizedText("Rappel aimable", "Friendly reminder")),
      (.finalReminder, LocalizedText("Dernier rappel", "Final reminder")),
      (.demandLetter, DocumentKind.demandLetter.title(under: context.law)),
    ]
    return MenuState(title: context.localized(LocalizedText("Envoyer par e-mail", "Send by email")),
                     items: kinds.map { MenuState.Item(context.localized($0.1), .sendEmail($0.0)) }, incident: id)
  }

  /// The documents that can be printed (as a PDF handed to the print spooler).
  static func print(for id: IncidentID, context: ScreenContext) -> MenuState {
    let kinds: [(DocumentKind, LocalizedText)] = [
      (.finalReminder, LocalizedText("Dernier rappel", "Final reminder")),
      (.demandLetter, DocumentKind.demandLetter.title(under: context.law)),
      (.complaint, LocalizedText("Dossier de plainte", "Complaint pack")),
      (.dossier, LocalizedText("Dossier complet", "Full case file")),
    ]
    return MenuState(title: context.localized(LocalizedText("Imprimer", "Print")),
                     items: kinds.map { MenuState.Item(context.localized($0.1), .print($0.0)) }, incident: id)
  }

  /// `x`: how the case closes, the likeliest first for what is still owed.
  static func closeCase(_ incident: Incident, context: ScreenContext) -> MenuState {
    let ordered: [Resolution] = incident.hasOutstandingBalance
      ? (incident.paid.isZero ? [.writtenOff, .honestMistake, .handedToAuthorities] : [.partlyRecovered, .writtenOff, .handedToAuthorities, .honestMistake])
      : [.recovered, .honestMistake]
    return MenuState(title: context.localized(LocalizedText("Clore le dossier : comment ?", "Close the case: how?")),
                     items: ordered.map { MenuState.Item(context.localized($0.label), .resolution($0)) }, incident: incident.id)
  }
}
