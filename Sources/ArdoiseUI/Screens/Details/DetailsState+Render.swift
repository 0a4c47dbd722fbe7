import ArdoiseCore

extension DetailsState {
  /// The open case in full, scrollable: the selected step's guidance and guardrails, its
  /// sub-actions, then the walkout's facts and evidence, then the whole timeline with times.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let playbook = context.playbook
    guard let stored = context.openCase, playbook.steps.indices.contains(self.step) else { return }
    let box = area
    let width = box.width - 4
    grid.drawBox(box, title: context.localized(LocalizedText("Dossier ", "Case ")) + stored.incident.id.rawValue + " — " + context.localized(playbook.steps[self.step].title))
    let lines = lines(width: width, context: context)
    let room = box.height - 2
    let start = min(scroll, max(0, lines.count - room))
    for (index, line) in lines.dropFirst(start).prefix(room).enumerated() {
      grid.writeClipped(line.0, x: box.x + 2, y: box.y + 1 + index, width: width, role: line.1)
    }
    grid.drawScrollPosition(firstLine: start, room: room, count: lines.count, in: box)
  }

  /// The first line shown when the details are scrolled to their end in `area`.
  func lastScroll(area: Rect, context: ScreenContext) -> Int {
    max(0, lines(width: area.width - 4, context: context).count - (area.height - 2))
  }

  /// Every line of the details, wrapped to `width`, with how each is drawn.
  private func lines(width: Int, context: ScreenContext) -> [(String, StyleRole)] {
    let playbook = context.playbook
    let language = context.language
    guard let stored = context.openCase, playbook.steps.indices.contains(self.step) else { return [] }
    let incident = stored.incident
    let step = playbook.steps[self.step]
    var lines: [(String, StyleRole)] = []
    for line in TextWrap.lines(context.localized(step.guidance), width: width) { lines.append((line, .normal)) }
    lines.append(("", .normal))
    for guardrail in step.guardrails {
      let forbidden = guardrail.kind == .forbidden
      var text = context.localized(guardrail.text)
      if let source = guardrail.source { text += " (" + context.localized(source) + ")" }
      for (index, line) in TextWrap.lines(text, width: width - 2).enumerated() {
        lines.append(((index == 0 ? (forbidden ? "✗ " : "✓ ") : "  ") + line, forbidden ? .guardrailForbidden : .guardrailAllowed))
      }
    }
    let progress = incident.progress(of: step.id)
    if !step.subActions.isEmpty {
      lines.append(("", .normal))
      for sub in step.subActions {
        lines.append(((progress.ticked.contains(sub.id) ? "[x] " : "[ ] ") + context.localized(sub.label), .normal))
      }
    }
    // The walkout itself in full: the header line above the checklist cuts it at the width.
    lines.append(("", .normal))
    lines.append((context.localized(LocalizedText("Le départ", "The walkout")), .header))
    let facts = incident.facts
    var place = [context.localized(LocalizedText("Quand : ", "When: ")) + facts.occurredAt.formatted(language)]
    if let table = facts.table { place.append(context.localized(LocalizedText("table ", "table ")) + table) }
    if let covers = facts.covers { place.append(context.localized(.counting(covers, french: ("couvert", "couverts"), english: ("cover", "covers")))) }
    if let server = facts.server { place.append(context.localized(LocalizedText("serveur ", "server ")) + server) }
    if let bill = facts.bill { place.append(context.localized(LocalizedText("note n° ", "bill #")) + bill) }
    var paragraphs = [place.joined(separator: " · ")]
    if let summary = facts.summary { paragraphs.append(context.localized(LocalizedText("Ce qui s’est passé : ", "What happened: ")) + summary) }
    if let description = facts.customerDescription { paragraphs.append(context.localized(LocalizedText("Clients : ", "Customers: ")) + description) }
    for item in incident.evidence {
      paragraphs.append(context.localized(LocalizedText("Preuve : ", "Evidence: ")) + context.localized(item.kind.label) + " — " + item.location + (item.note.map { " (" + $0 + ")" } ?? ""))
    }
    for paragraph in paragraphs {
      for (index, line) in TextWrap.lines(paragraph, width: width - 2).enumerated() { lines.append(((index == 0 ? "" : "  ") + line, .normal)) }
    }
    lines.append(("", .normal))
    lines.append((context.localized(LocalizedText("Historique", "Timeline")), .header))
    for event in incident.events.sorted(by: { ($0.occurredAt, $0.recordedAt) < ($1.occurredAt, $1.recordedAt) }) {
      let text = event.occurredAt.formatted(language) + "  " + TimelineText.describe(event, playbook: playbook, jurisdiction: context.law, language: language)
        + " — " + event.actor
      // Continuation lines hang four columns in: wrapped to what is left after them.
      for (index, line) in TextWrap.lines(text, width: width - 4).enumerated() {
        lines.append(((index == 0 ? "" : "    ") + line, .normal))
      }
    }
    return lines
  }
}
