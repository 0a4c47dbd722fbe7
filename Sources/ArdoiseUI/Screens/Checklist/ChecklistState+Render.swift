import ArdoiseCore

extension ChecklistState {
  /// The guided checklist: the case's facts and money on top, the steps with their marks on the
  /// left (then the timeline), the selected step's guidance, guardrails, sub-actions and outcomes
  /// on the right.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Position? {
    guard let stored = context.openCase, stored.incident.id == incident else { return nil }
    let checklist = self
    let playbook = context.playbook
    let language = context.language
    let today = context.today
    let incident = stored.incident
    let facts = incident.facts
    let width = area.width
    let stepCount = playbook.steps.count
    let current = incident.currentStep(in: playbook)

    // Title: case, its site over a group, table, when; on the right its state.
    var title = " " + context.localized(LocalizedText("Dossier ", "Case ")) + incident.id.rawValue
    let otherSite = context.group?.otherSite(of: incident.id)
    if let group = context.group { title += " · " + context.localized(LocalizedText("site ", "site ")) + group.site(of: incident.id) }
    if let table = facts.table { title += " · " + table }
    let isReadOnly = stored.isReadOnly || otherSite != nil
    let state = " " + incident.statusLabel(language) + (isReadOnly ? context.localized(LocalizedText(" · lecture seule", " · read-only")) : "") + " "
    let when = " · " + facts.occurredAt.formatted(language)
    if otherSite != nil && (title + when).displayWidth + state.displayWidth >= width {
      // Another site's case: its site and "read-only" stay; the date loses its year, then the
      // title is cut.
      let shortWhen = " · " + CaseListColumns.shortDay(facts.occurredAt.day, language: language) + " " + facts.occurredAt.timeText
      title = (title + shortWhen).inert.clipped(toWidth: max(1, width - state.displayWidth - 1), ellipsis: true)
    } else {
      title += when
    }
    grid.writeFill(title, x: 0, y: 0, width: width, role: .title)
    if title.displayWidth + state.displayWidth < width { grid.writeRight(state, x: 0, y: 0, width: width, role: .title) }

    // Money and follow-up.
    var x = 1
    x += grid.write(context.localized(LocalizedText("Montant ", "Amount ")), x: x, y: 1, role: .normal)
    x += grid.write(facts.amount.formatted(language), x: x, y: 1, role: .normal) + 2
    x += grid.write(context.localized(LocalizedText("Payé ", "Paid ")), x: x, y: 1, role: .normal)
    x += grid.write(incident.paid.formatted(language), x: x, y: 1, role: .moneyRecovered) + 2
    x += grid.write(context.localized(LocalizedText("Reste dû ", "Owed ")), x: x, y: 1, role: .normal)
    x += grid.write(incident.outstanding.formatted(language), x: x, y: 1, role: incident.hasOutstandingBalance ? .moneyOwed : .moneyRecovered) + 2
    if incident.isOpen, let followUp = incident.followUp {
      let overdue = incident.isOverdue(today: today)
      let late = overdue ? context.localized(LocalizedText(" EN RETARD", " OVERDUE")) : ""
      var text = context.localized(LocalizedText("Relance ", "Follow-up ")) + followUp.formatted(language) + late
      // Too narrow: the short day the case list uses, so "overdue" stays; else cut with `…`.
      if text.displayWidth > width - x { text = (overdue ? "!" : "") + CaseListColumns.shortDay(followUp, language: language) + late }
      grid.writeClipped(text, x: x, y: 1, width: width - x, role: overdue ? .overdue : .normal)
    }
    // Facts.
    var details: [String] = []
    if let covers = facts.covers { details.append(context.localized(.counting(covers, french: ("couvert", "couverts"), english: ("cover", "covers")))) }
    if let server = facts.server { details.append(context.localized(LocalizedText("serveur ", "server ")) + server) }
    if let bill = facts.bill { details.append(context.localized(LocalizedText("note n° ", "bill #")) + bill) }
    if let summary = facts.summary { details.append(summary) }
    if let description = facts.customerDescription { details.append(description) }
    // Who the customer is, once known, before the facts (C opens the card).
    switch context.openCustomer {
    case .identity(let identity)?:
      let who = [identity.name ?? identity.companyName, identity.phone].compactMap { $0 }.joined(separator: " ")
      if !who.isEmpty { details.insert(context.localized(LocalizedText("Client : ", "Customer: ")) + who, at: 0) }
    default:
      break
    }
    // Cut with an ellipsis: `i` reads it in full.
    grid.write((" " + details.joined(separator: " · ")).inert.clipped(toWidth: width, ellipsis: true), x: 0, y: 2, role: .dimmed, maxWidth: width)
    if case .unreadable(let reason)? = context.openCustomer {
      grid.writeFill((" ! " + context.localized(LocalizedText("Fiche client illisible : ", "Customer file unreadable: ")) + context.localized(reason).inert)
        .clipped(toWidth: width, ellipsis: true), x: 0, y: 2, width: width, role: .error)
    }
    if let reason = stored.readOnlyReason {
      grid.writeFill(" ! " + context.localized(LocalizedText("Lecture seule : ", "Read-only: ")) + context.localized(reason), x: 0, y: 2, width: width, role: .error)
    }
    grid.write(String(repeating: "─", count: width), x: 0, y: 3, role: .border)

    let top = 4
    let bottom = area.maxY - 1  // last content row
    // The steps and the timeline grow with the window (a third of it from 100 columns, at most 60).
    let leftWidth = width >= 100 ? min(60, max(34, width / 3)) : (width >= 80 ? 27 : 24)
    for y in top...bottom { grid.write("│", x: leftWidth, y: y, role: .border) }
    grid.write("┬", x: leftWidth, y: 3, role: .border)

    // Steps.
    var cursor: Position?
    for (index, step) in playbook.steps.enumerated() where top + index <= bottom {
      let progress = incident.progress(of: step.id)
      let mark: String
      let role: StyleRole
      switch progress.status {
      case .done: (mark, role) = ("[✓]", .stepDone)
      case .skipped, .notApplicable: (mark, role) = ("[–]", .stepSkipped)
      case .pending: (mark, role) = step.id == current ? ("[→]", .stepCurrent) : ("[ ]", .stepPending)
      }
      let y = top + index
      let isSelected = index == checklist.selectedStep
      let text = " \(mark) \(index + 1) " + context.localized(step.title)
      let chosen: StyleRole = isSelected ? (checklist.pane == .steps ? .selectedRow : .header) : role
      grid.writeFill(text, x: 0, y: y, width: leftWidth, role: chosen)
      if isSelected && checklist.pane == .steps { cursor = Position(x: 1, y: y) }
    }

    // Timeline under the steps, newest first.
    let timelineTop = top + stepCount + 1
    if timelineTop < bottom {
      grid.writeFill(" " + context.localized(LocalizedText("Historique", "Timeline")) + " (\(incident.events.count))", x: 0, y: timelineTop, width: leftWidth, role: .header)
      let events = incident.events.sorted { ($0.occurredAt, $0.recordedAt) > ($1.occurredAt, $1.recordedAt) }
      var y = timelineTop + 1
      for event in events where y <= bottom {
        let when = CaseListColumns.shortDay(event.occurredAt.day, language: language) + " " + event.occurredAt.timeText
        let line = " " + when + " " + TimelineText.describe(event, playbook: playbook, jurisdiction: context.law, language: language)
        grid.write(line.inert.clipped(toWidth: leftWidth, ellipsis: true), x: 0, y: y, role: .dimmed, maxWidth: leftWidth)
        y += 1
      }
    }

    // The selected step in detail.
    if let itemCursor = renderStepDetail(incident, into: &grid, x: leftWidth + 2, right: area.maxX, top: top, bottom: bottom, context: context) {
      cursor = cursor ?? itemCursor
    }
    return cursor
  }

  private func renderStepDetail(_ incident: Incident, into grid: inout Grid, x: Int, right: Int, top: Int, bottom: Int, context: ScreenContext) -> Position? {
    let checklist = self
    let playbook = context.playbook
    let language = context.language
    guard playbook.steps.indices.contains(checklist.selectedStep) else { return nil }
    let step = playbook.steps[checklist.selectedStep]
    let progress = incident.progress(of: step.id)
    let width = right - x - 1
    let stepCount = playbook.steps.count
    var heading = context.localized(LocalizedText("Étape ", "Step ")) + "\(checklist.selectedStep + 1)/\(stepCount) · " + context.localized(step.title)
    switch progress.status {
    case .done: heading += context.localized(LocalizedText(" — faite", " — done"))
    case .skipped: heading += context.localized(LocalizedText(" — passée", " — skipped"))
    case .notApplicable: heading += context.localized(LocalizedText(" — sans objet", " — not applicable"))
    case .pending: break
    }
    grid.write(heading, x: x, y: top, role: .header, maxWidth: width)

    // Items (sub-actions then outcomes) take the bottom of the pane; guidance and guardrails fill
    // the space above them.
    var itemLines: [(text: String, role: StyleRole, index: Int?)] = []
    var outcomeNumber = 0
    for (index, item) in Self.actionItems(stepIndex: checklist.selectedStep, in: playbook, for: incident).enumerated() {
      switch item {
      case .subAction(let sub):
        let ticked = progress.ticked.contains(sub.id)
        itemLines.append(((ticked ? "[x] " : "[ ] ") + context.localized(sub.label), ticked ? .stepDone : .normal, index))
      case .agreePlan:
        let label = incident.plan == nil ? LocalizedText("Convenir d’un échéancier…", "Agree a payment plan…") : LocalizedText("Renégocier l’échéancier…", "Renegotiate the payment plan…")
        itemLines.append(("» " + context.localized(label), .normal, index))
      case .orderServed:
        itemLines.append(("» " + context.localized(LocalizedText("Ordonnance signifiée le…", "Order served on…")), .normal, index))
      case .recordMeasure:
        itemLines.append(("» " + context.localized(LocalizedText("Enregistrer une mesure prise…", "Record a measure taken…")), .normal, index))
      case .cancelPlan:
        itemLines.append(("» " + context.localized(LocalizedText("Annuler l’échéancier…", "Cancel the payment plan…")), .normal, index))
      case .outcome(let outcome):
        if outcomeNumber == 0 { itemLines.append((context.localized(LocalizedText("Suites possibles (chiffre ou ⏎)", "Outcomes (digit or ⏎)")), .header, nil)) }
        outcomeNumber += 1
        let chosen = progress.outcome == outcome.id
        itemLines.append(("\(outcomeNumber) " + (chosen ? "● " : "› ") + context.localized(outcome.label), chosen ? .stepDone : .normal, index))
      }
    }
    let available = bottom - top
    let itemRows = min(itemLines.count, available - 1)
    var firstItemLine = 0
    if let selected = itemLines.firstIndex(where: { $0.index == checklist.selectedItem }), selected >= itemRows {
      firstItemLine = selected - itemRows + 1
    }
    let itemsTop = bottom - itemRows + 1
    var cursor: Position?
    for (row, line) in itemLines.dropFirst(firstItemLine).prefix(itemRows).enumerated() {
      let y = itemsTop + row
      let isSelected = line.index == checklist.selectedItem && checklist.pane == .actions && line.index != nil
      if isSelected {
        grid.writeFill(" " + line.text, x: x - 1, y: y, width: width + 1, role: .selectedRow)
        cursor = Position(x: x - 1, y: y)
      } else {
        grid.write(line.index == nil ? line.text : " " + line.text, x: line.index == nil ? x : x - 1, y: y, role: line.role, maxWidth: width + 1)
      }
    }

    // Guidance and guardrails above.
    var textLines: [(String, StyleRole)] = []
    if let outcome = progress.outcome.flatMap(step.outcome) {
      var done = context.localized(LocalizedText("Suite choisie : ", "Outcome: ")) + context.localized(outcome.label)
      if let at = progress.at { done += " (" + at.formatted(language) + (progress.by.map { ", " + $0 } ?? "") + ")" }
      textLines.append((done, .stepDone))
    }
    if let note = progress.note { textLines.append((context.localized(LocalizedText("Note : ", "Note: ")) + note, .dimmed)) }
    textLines += Self.adviceLines(for: step.id, on: incident, width: width, context: context)
    if step.id == .paymentOptions, incident.plan != nil {
      textLines.append((context.localized(LocalizedText("Échéancier", "Payment plan")), .header))
      for (line, standing) in zip(incident.planLines(today: context.today, language: language), incident.planStandings(today: context.today)) {
        let role: StyleRole = standing.status == .late ? .overdue : (standing.status == .paid ? .stepDone : .normal)
        textLines.append(("  " + line, role))
      }
      if let remainder = incident.plan?.remainderStatement { textLines.append(("  " + context.localized(remainder), .dimmed)) }
    }
    for guardrail in step.guardrails {
      let mark = guardrail.kind == .forbidden ? "✗ " : "✓ "
      let role: StyleRole = guardrail.kind == .forbidden ? .guardrailForbidden : .guardrailAllowed
      var text = context.localized(guardrail.text)
      if let source = guardrail.source { text += " (" + context.localized(source) + ")" }
      for (index, line) in TextWrap.lines(text, width: width - 2).enumerated() {
        textLines.append(((index == 0 ? mark : "  ") + line, role))
      }
    }
    for line in TextWrap.lines(context.localized(step.guidance), width: width) { textLines.append((line, .normal)) }
    let textRoom = itemsTop - top - 2
    if textRoom > 0 {
      for (index, line) in textLines.prefix(textRoom).enumerated() {
        grid.write(line.0, x: x, y: top + 1 + index, role: line.1, maxWidth: width)
      }
      if textLines.count > textRoom, textRoom > 0 {
        grid.writeRight(context.localized(LocalizedText("… i : tout lire", "… i: read all")), x: x, y: top + textRoom, width: width, role: .hintKey)
      }
    }
    return cursor
  }
}
