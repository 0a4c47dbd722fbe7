import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise show ID`: one case in full.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Afficher un dossier : faits, étapes, sommes, contacts, historique.", "Show one case: facts, checklist, money, contacts, timeline.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier, ou une partie qui n’appartient qu’à lui (p. ex. K7QF).", "Case id, or a unique part of it (e.g. K7QF)."), valueName: ValueName.caseID)) var id: String
    @Flag(help: .localized(LocalizedText("Sortie en JSON.", "Output JSON."))) var json = false
    @Flag(help: .localized(LocalizedText("Laisser de côté le nom, le téléphone, l’e-mail et l’adresse du client.", "Leave out the customer's name, phone, email and address."))) var noPersonalData = false

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      guard let stored = context.store.incident(caseID) else { throw Console.reportFailure(StoreError.notFound(id).message(context.language)) }
      let customer = noPersonalData ? nil : context.store.readCustomer(of: caseID)
      if json {
        CaseJSON.print(stored, playbook: context.playbook, today: context.today, customer: customer)
      } else {
        var text = CaseReport.text(stored, playbook: context.playbook, jurisdiction: context.config.jurisdiction, language: context.language,
                                   today: context.today)
        if let customer, case let lines = CustomerReport.lines(customer, language: context.language), !lines.isEmpty,
          let end = text.range(of: "\n")
        {
          text.insert(contentsOf: "\n" + lines.joined(separator: "\n"), at: end.lowerBound)
        }
        Console.print(text)
      }
    }
  }
}

/// The plain-text view of one case.
enum CaseReport {
  static func text(_ stored: StoredIncident, playbook: Playbook, jurisdiction: Jurisdiction, language: Language, today: CalendarDay) -> String {
    let incident = stored.incident
    let facts = incident.facts
    let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
    var lines: [String] = []
    lines.append(localized("Dossier", "Case") + " \(incident.id) — " + incident.statusLabel(language))
    if let reason = stored.readOnlyReason { lines.append("! " + localized("Lecture seule : ", "Read-only: ") + reason(language)) }
    lines.append(localized("Quand : ", "When: ") + facts.occurredAt.formatted(language))
    var place: [String] = []
    if let table = facts.table { place.append(localized("table ", "table ") + table) }
    if let covers = facts.covers { place.append(LocalizedText.counting(covers, french: ("couvert", "couverts"), english: ("cover", "covers"))(language)) }
    if let server = facts.server { place.append(localized("serveur ", "server ") + server) }
    if let bill = facts.bill { place.append(localized("note n° ", "bill #") + bill) }
    if !place.isEmpty { lines.append(place.joined(separator: ", ")) }
    if let summary = facts.summary { lines.append(localized("Ce qui s’est passé : ", "What happened: ") + summary) }
    if let description = facts.customerDescription { lines.append(localized("Clients : ", "Customers: ") + description) }
    lines.append(localized("Montant : ", "Amount: ") + facts.amount.formatted(language) + " · " + localized("payé : ", "paid: ")
                 + incident.paid.formatted(language) + " · " + localized("reste dû : ", "outstanding: ") + incident.outstanding.formatted(language))
    if let followUp = incident.followUp, incident.isOpen {
      lines.append(localized("Prochaine relance : ", "Next follow-up: ") + followUp.formatted(language)
                   + (incident.isOverdue(today: today) ? localized(" (EN RETARD)", " (OVERDUE)") : ""))
    }
    let planLines = incident.planLines(today: today, language: language)
    if !planLines.isEmpty {
      lines.append(localized("Échéancier", "Payment plan"))
      for line in planLines { lines.append("  " + line) }
    }
    lines.append("")
    lines.append(localized("Étapes", "Steps") + " — " + incident.stepSummary(in: playbook, language: language))
    let current = incident.currentStep(in: playbook)
    for (index, step) in playbook.steps.enumerated() {
      let progress = incident.progress(of: step.id)
      let mark: String
      switch progress.status {
      case .done: mark = "[✓]"
      case .skipped, .notApplicable: mark = "[–]"
      case .pending: mark = step.id == current ? "[→]" : "[ ]"
      }
      var line = "\(mark) \(index + 1). " + step.title(language)
      if let outcome = progress.outcome {
        line += " — " + (step.outcome(outcome)?.label(language) ?? outcome)
      }
      if progress.status == .notApplicable { line += localized(" (sans objet)", " (not applicable)") }
      if progress.status == .skipped { line += localized(" (passée)", " (skipped)") }
      lines.append(line)
    }
    if !incident.payments.isEmpty {
      lines.append("")
      lines.append(localized("Paiements", "Payments"))
      // Numbered as `ardoise doc ID receipt --payment N` counts them.
      for (index, entry) in incident.payments.enumerated() {
        lines.append("  \(index + 1). " + entry.at.formatted(language) + "  " + entry.payment.amount.formatted(language) + "  "
                     + entry.payment.method.label(language) + (entry.payment.reference.map { "  " + $0 } ?? ""))
      }
    }
    if !incident.contacts.isEmpty {
      lines.append("")
      lines.append(localized("Contacts", "Contacts"))
      for entry in incident.contacts {
        var line = "  " + entry.at.formatted(language) + "  " + entry.attempt.channel.label(language) + " — " + entry.attempt.outcome.label(language)
        if let note = entry.attempt.note { line += " — " + note }
        if let followUp = entry.attempt.followUp { line += localized(" (relance ", " (follow-up ") + followUp.formatted(language) + ")" }
        lines.append(line)
      }
    }
    if !incident.legal.isEmpty {
      lines.append("")
      lines.append(localized("Démarches", "Legal steps"))
      for record in incident.legal {
        var line = "  " + record.day.formatted(language) + "  " + record.action.label(under: jurisdiction)(language)
        if let reference = record.reference { line += " — " + reference }
        if let received = record.received { line += localized(", reçue le ", ", received on ") + received.formatted(language) }
        if let deadline = record.deadline {
          // France: the deadline counts from receipt, an estimate until the day received is recorded.
          // England and Wales: from the letter's date, which the day sent stands for.
          let estimate = record.deadlineIsEstimate(under: jurisdiction) ? localized(", estimée : réception non enregistrée", ", estimated: receipt not recorded")
            : record.action == .formalDemand && !jurisdiction.demandTimeRunsFromReceipt ? localized(", comptée de la date de la lettre", ", counted from the letter’s date") : ""
          line += localized(" (échéance ", " (deadline ") + deadline.formatted(language) + estimate + ")"
        }
        lines.append(line)
      }
    }
    lines.append("")
    lines.append(localized("Historique", "Timeline") + " (\(incident.events.count))")
    for event in incident.events.sorted(by: { ($0.occurredAt, $0.recordedAt) < ($1.occurredAt, $1.recordedAt) }) {
      lines.append("  " + event.occurredAt.formatted(language) + "  " + TimelineText.describe(event, playbook: playbook, jurisdiction: jurisdiction, language: language))
    }
    return lines.joined(separator: "\n")
  }
}
