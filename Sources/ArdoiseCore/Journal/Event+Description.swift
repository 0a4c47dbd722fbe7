/// One line of a case's timeline in words, for screens and documents.
public enum TimelineText {
  /// The event in `language`; a document written is named as `jurisdiction`'s law names it.
  public static func describe(_ event: Event, playbook: Playbook, jurisdiction: Jurisdiction, language: Language) -> String {
    let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
    switch event.body {
    case .opened(let facts):
      return localized("Départ sans payer enregistré : ", "Walkout recorded: ") + facts.amount.formatted(language)
    case .amended:
      return localized("Faits corrigés", "Facts corrected")
    case .stepRecorded(let record):
      let step = playbook.step(record.step)
      let title = step?.title(language) ?? record.step.rawValue
      var text: String
      if let outcome = record.outcome {
        text = title + " — " + (step?.outcome(outcome)?.label(language) ?? outcome)
      } else {
        switch record.status {
        case .done: text = title + localized(" : étape faite", ": done")
        case .skipped: text = title + localized(" : étape passée", ": skipped")
        case .notApplicable: text = title + localized(" : étape sans objet", ": not applicable")
        case .pending: text = title + localized(" : étape à refaire", ": pending again")
        }
      }
      if let payment = record.payment { text += " (" + payment.amount.formatted(language) + ")" }
      if let promised = record.promisedDay { text += localized(" — promis pour le ", " — promised for ") + promised.formatted(language) }
      if let legal = record.legal, let reference = legal.reference { text += " — " + reference }
      if let deadline = record.legal?.deadline { text += localized(" — échéance ", " — deadline ") + deadline.formatted(language) }
      if let note = record.note { text += " — " + note }
      return text
    case .subActionToggled(let stepID, let item, let isDone):
      let label = playbook.step(stepID)?.subActions.first { $0.id == item }?.label(language) ?? item
      return (isDone ? "☑ " : "☐ ") + label
    case .paymentRecorded(let payment, let resolution):
      var text = localized("Paiement reçu : ", "Payment received: ") + payment.amount.formatted(language) + " (" + payment.method.label(language) + ")"
      if let reference = payment.reference { text += " — " + reference }
      if resolution != nil { text += localized(" — soldé", " — settled") }
      return text
    case .contactRecorded(let attempt):
      var text = localized("Contact par ", "Contact by ") + attempt.channel.label(language) + " — " + attempt.outcome.label(language)
      if let note = attempt.note { text += " — " + note }
      if let followUp = attempt.followUp { text += localized(" (relance le ", " (follow up on ") + followUp.formatted(language) + ")" }
      return text
    case .noteAdded(let text):
      return localized("Note : ", "Note: ") + text
    case .evidenceAdded(let evidence):
      return localized("Preuve : ", "Evidence: ") + evidence.kind.label(language) + " — " + evidence.location
    case .followUpScheduled(let day):
      return day.map { localized("Relance prévue le ", "Follow-up set for ") + $0.formatted(language) } ?? localized("Relance annulée", "Follow-up cleared")
    case .closed(let resolution, let note):
      return localized("Dossier clos : ", "Case closed: ") + resolution.label(language) + (note.map { " — " + $0 } ?? "")
    case .reopened(let note):
      return localized("Dossier rouvert", "Case reopened") + (note.map { " — " + $0 } ?? "")
    case .documentGenerated(let kind, let file):
      let name = DocumentKind(rawValue: kind).map { $0.label(under: jurisdiction)(language) } ?? kind
      return localized("Document rédigé : ", "Document written: ") + name + (file == "-" ? "" : " (" + file + ")")
    case .customerIdentified:
      return localized("Client identifié (coordonnées conservées à part)", "Customer identified (details kept apart)")
    case .customerDetailsChanged(let change):
      return change.description(language)
    case .personalDataPurged:
      return localized("Données personnelles effacées", "Personal data purged")
    case .planAgreed(let plan):
      let count = plan.instalments.count
      var text = localized("Échéancier convenu : ", "Payment plan agreed: ") + plan.total.formatted(language)
        + localized(" en \(count) échéance\(count > 1 ? "s" : "")", " in \(count) instalment\(count > 1 ? "s" : "")")
      if let first = plan.instalments.first { text += localized(", la première le ", ", the first on ") + first.due.formatted(language) }
      return text
    case .planCancelled(let note):
      return localized("Échéancier annulé", "Payment plan cancelled") + (note.map { " — " + $0 } ?? "")
    case .measureTaken(let measure):
      // A measure dated before the day it is recorded says its day.
      let taken = measure.day.flatMap { $0 == event.occurredAt.day ? nil : localized(" (prise le ", " (taken on ") + $0.formatted(language) + ")" }
      return localized("Mesure de prévention\u{202F}: ", "Prevention measure: ") + measure.kind.label(language) + (taken ?? "")
        + (measure.note.map { " — " + $0 } ?? "")
    }
  }
}
