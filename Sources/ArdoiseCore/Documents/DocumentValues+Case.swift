extension DocumentValues {
  /// The meal, the table, the bill: what happened.
  mutating func addFacts() {
    let facts = incident.facts
    values["case_id"] = incident.id.rawValue
    values["today_long"] = request.today.longFormatted(language)
    values["meal_date_long"] = facts.occurredAt.day.longFormatted(language)
    values["meal_time"] = facts.occurredAt.timeText
    put("table", facts.table)
    if let covers = facts.covers {
      values["covers"] = String(covers)
      // For prose: « 1 couvert », “3 covers”.
      values["covers_text"] = LocalizedText.counting(covers, french: ("couvert", "couverts"), english: ("cover", "covers"))(language)
    }
    put("bill", facts.bill)
    put("server", facts.server)
    put("summary", facts.summary)
    put("customer_description", facts.customerDescription)
    require("people_description", facts.customerDescription,
            placeholder: LocalizedText("DESCRIPTION DES PERSONNES À COMPLÉTER", "DESCRIPTION OF THE PEOPLE MISSING"),
            warning: LocalizedText("Aucune description des personnes parties : ajoutez-la au dossier avant de déposer plainte.",
                       "No description of the people who left: add it to the case before reporting."))
    values["status_label"] = incident.statusLabel(language)
    values["is_open"] = incident.isOpen
    values["opened_at"] = incident.openedAt.formatted(language)
    values["opened_by"] = incident.openedBy
  }

  /// Amounts, payments and the reminder deadline.
  mutating func addMoney() {
    values["amount"] = incident.facts.amount.formatted(language)
    values["paid"] = incident.paid.formatted(language)
    values["outstanding"] = incident.outstanding.formatted(language)
    values["outstanding_words"] = incident.outstanding.words(language) ?? incident.outstanding.formatted(language)
    values["is_partly_paid"] = incident.paid.isPositive && incident.hasOutstandingBalance
    values["is_settled"] = !incident.hasOutstandingBalance
    values["has_payments"] = !incident.payments.isEmpty
    values["payments"] = incident.payments.sorted { $0.at < $1.at }.map { entry -> [String: Any] in
      var item: [String: Any] = [
        "date": entry.at.day.longFormatted(language),
        "money": entry.payment.amount.formatted(language),
        "method": entry.payment.method.label(language),
      ]
      if let reference = entry.payment.reference { item["reference"] = reference }
      return item
    }
    let reminderDays = 7
    values["reminder_days"] = String(reminderDays)
    values["reminder_deadline_long"] = request.today.adding(days: reminderDays).longFormatted(language)
  }

  /// Contacts, notes, evidence, steps, timeline and documents already written.
  mutating func addHistory() {
    let contacts = incident.contacts.sorted { $0.at < $1.at }
    values["has_contacts"] = !contacts.isEmpty
    values["contacts"] = contacts.map { entry -> [String: Any] in
      var item: [String: Any] = [
        "date": entry.at.day.longFormatted(language),
        "channel": entry.attempt.channel.label(language),
        "result": entry.attempt.outcome.label(language),
      ]
      if let note = entry.attempt.note { item["note"] = note }
      return item
    }
    values["has_notes"] = !incident.notes.isEmpty
    values["notes"] = incident.notes.sorted { $0.at < $1.at }.map { ["when": $0.at.formatted(language), "text": $0.text, "by": $0.by] }

    let evidence = incident.evidence.map { item -> [String: Any] in
      var entry: [String: Any] = ["kind": item.kind.label(language), "location": item.location]
      if let note = item.note { entry["note"] = note }
      return entry
    }
    values["has_evidence"] = !evidence.isEmpty
    values["evidence"] = evidence
    let witnesses = incident.evidence.filter { $0.kind == .witness }
    values["has_witnesses"] = !witnesses.isEmpty
    values["witnesses"] = witnesses.map { item -> [String: Any] in
      var entry: [String: Any] = ["location": item.location]
      if let note = item.note { entry["note"] = note }
      return entry
    }

    var stepIDs = request.playbook.stepIDs
    for id in incident.steps.keys.sorted() where !stepIDs.contains(id) { stepIDs.append(id) }
    values["steps"] = stepIDs.enumerated().map { index, id -> [String: Any] in
      let progress = incident.progress(of: id)
      let step = request.playbook.step(id)
      var item: [String: Any] = [
        "number": String(index + 1),
        "title": step?.title(language) ?? id.rawValue,
        "state": stepStatusLabel(progress.status),
      ]
      if let outcome = progress.outcome { item["result"] = step?.outcome(outcome)?.label(language) ?? outcome }
      if let note = progress.note { item["note"] = note }
      if let at = progress.at { item["when"] = at.formatted(language) }
      return item
    }

    let events = incident.events.sorted { ($0.occurredAt, $0.recordedAt, $0.id) < ($1.occurredAt, $1.recordedAt, $1.id) }
    values["timeline"] = events.map {
      ["when": $0.occurredAt.formatted(language),
       "text": TimelineText.describe($0, playbook: request.playbook, jurisdiction: jurisdiction, language: language),
       "by": $0.actor]
    }
    values["has_documents"] = !incident.documents.isEmpty
    values["documents"] = incident.documents.sorted { $0.at < $1.at }.map { entry -> [String: Any] in
      let label = DocumentKind(rawValue: entry.kind)?.label(under: jurisdiction)(language) ?? entry.kind
      return ["when": entry.at.formatted(language), "kind": label, "file": entry.file]
    }
  }

  private func stepStatusLabel(_ status: StepStatus) -> String {
    switch status {
    case .pending: localized("à faire", "to do")
    case .done: localized("faite", "done")
    case .skipped: localized("passée", "skipped")
    case .notApplicable: localized("sans objet", "not applicable")
    }
  }
}
