/// One line of a case's timeline in words, for screens and documents.
public enum TimelineText {
  public static func describe(_ event: Event, playbook: Playbook, language: Language) -> String {
    let t = { (french: String, english: String) in L(french, english)(language) }
    switch event.body {
    case .opened(let facts):
      return t("Départ sans payer enregistré : ", "Walkout recorded: ") + facts.amount.formatted(language)
    case .amended:
      return t("Faits corrigés", "Facts corrected")
    case .stepRecorded(let record):
      let step = playbook.step(record.step)
      let title = step?.title(language) ?? record.step.rawValue
      var text: String
      if let outcome = record.outcome {
        text = title + " — " + (step?.outcome(outcome)?.label(language) ?? outcome)
      } else {
        switch record.status {
        case .done: text = title + t(" : étape faite", ": done")
        case .skipped: text = title + t(" : étape passée", ": skipped")
        case .notApplicable: text = title + t(" : étape sans objet", ": not applicable")
        case .pending: text = title + t(" : étape à refaire", ": pending again")
        }
      }
      if let payment = record.payment { text += " (" + payment.amount.formatted(language) + ")" }
      if let promised = record.promisedDay { text += t(" — promis pour le ", " — promised for ") + promised.formatted(language) }
      if let legal = record.legal, let reference = legal.reference { text += " — " + reference }
      if let deadline = record.legal?.deadline { text += t(" — échéance ", " — deadline ") + deadline.formatted(language) }
      if let note = record.note { text += " — " + note }
      return text
    case .subActionToggled(let stepID, let item, let isDone):
      let label = playbook.step(stepID)?.subActions.first { $0.id == item }?.label(language) ?? item
      return (isDone ? "☑ " : "☐ ") + label
    case .paymentRecorded(let payment, let resolution):
      var text = t("Paiement reçu : ", "Payment received: ") + payment.amount.formatted(language) + " (" + payment.method.label(language) + ")"
      if let reference = payment.reference { text += " — " + reference }
      if resolution != nil { text += t(" — soldé", " — settled") }
      return text
    case .contactRecorded(let attempt):
      var text = t("Contact par ", "Contact by ") + attempt.channel.label(language) + " — " + attempt.outcome.label(language)
      if let note = attempt.note { text += " — " + note }
      if let followUp = attempt.followUp { text += t(" (relance le ", " (follow up on ") + followUp.formatted(language) + ")" }
      return text
    case .noteAdded(let text):
      return t("Note : ", "Note: ") + text
    case .evidenceAdded(let evidence):
      return t("Preuve : ", "Evidence: ") + evidence.kind.label(language) + " — " + evidence.location
    case .followUpScheduled(let day):
      return day.map { t("Relance prévue le ", "Follow-up set for ") + $0.formatted(language) } ?? t("Relance annulée", "Follow-up cleared")
    case .closed(let resolution, let note):
      return t("Dossier clos : ", "Case closed: ") + resolution.label(language) + (note.map { " — " + $0 } ?? "")
    case .reopened(let note):
      return t("Dossier rouvert", "Case reopened") + (note.map { " — " + $0 } ?? "")
    case .documentGenerated(let kind, let file):
      let name = DocumentKind(rawValue: kind).map { $0.label(language) } ?? kind
      return t("Document rédigé : ", "Document written: ") + name + (file == "-" ? "" : " (" + file + ")")
    case .customerIdentified:
      return t("Client identifié (coordonnées conservées à part)", "Customer identified (details kept apart)")
    case .customerDetailsChanged(let change):
      return change.description(language)
    case .personalDataPurged:
      return t("Données personnelles effacées", "Personal data purged")
    case .planAgreed(let plan):
      let count = plan.instalments.count
      var text = t("Échéancier convenu : ", "Payment plan agreed: ") + plan.total.formatted(language)
        + t(" en \(count) échéance\(count > 1 ? "s" : "")", " in \(count) instalment\(count > 1 ? "s" : "")")
      if let first = plan.instalments.first { text += t(", la première le ", ", the first on ") + first.due.formatted(language) }
      return text
    case .planCancelled(let note):
      return t("Échéancier annulé", "Payment plan cancelled") + (note.map { " — " + $0 } ?? "")
    }
  }
}
