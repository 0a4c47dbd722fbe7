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
    ]
    return MenuState(title: context.localized(L("Écrire un document", "Write a document")),
                     items: kinds.map { MenuState.Item(context.localized($0.2), .document($0.0, asPDF: $0.1)) }, incident: id)
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
