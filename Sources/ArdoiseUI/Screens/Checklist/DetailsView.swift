import ArdoiseCore

extension AppState {
  /// The open case in full, scrollable: the selected step's guidance and guardrails, its
  /// sub-actions and outcomes, then payments, contacts and the whole timeline with times.
  func renderDetails(into grid: inout Grid, scroll: Int) {
    guard let checklist, let stored = cases[checklist.incident], playbook.steps.indices.contains(checklist.selectedStep) else { return }
    let incident = stored.incident
    let step = playbook.steps[checklist.selectedStep]
    let box = Rect(x: 0, y: 0, width: size.width, height: size.height - 2)
    let width = box.width - 4
    grid.drawBox(box, title: t(L("Dossier ", "Case ")) + incident.id.rawValue + " — " + t(step.title))
    var lines: [(String, StyleRole)] = []
    for line in TextWrap.lines(t(step.guidance), width: width) { lines.append((line, .normal)) }
    lines.append(("", .normal))
    for guardrail in step.guardrails {
      let forbidden = guardrail.kind == .forbidden
      var text = t(guardrail.text)
      if let source = guardrail.source { text += " (" + source + ")" }
      for (index, line) in TextWrap.lines(text, width: width - 2).enumerated() {
        lines.append(((index == 0 ? (forbidden ? "✗ " : "✓ ") : "  ") + line, forbidden ? .guardrailForbidden : .guardrailAllowed))
      }
    }
    let progress = incident.progress(of: step.id)
    if !step.subActions.isEmpty {
      lines.append(("", .normal))
      for sub in step.subActions {
        lines.append(((progress.ticked.contains(sub.id) ? "[x] " : "[ ] ") + t(sub.label), .normal))
      }
    }
    lines.append(("", .normal))
    lines.append((t(L("Historique", "Timeline")), .header))
    for event in incident.events.sorted(by: { ($0.occurredAt, $0.recordedAt) < ($1.occurredAt, $1.recordedAt) }) {
      let text = event.occurredAt.formatted(language) + "  " + TimelineText.describe(event, playbook: playbook, language: language)
        + " — " + event.actor
      for (index, line) in TextWrap.lines(text, width: width - 2).enumerated() {
        lines.append(((index == 0 ? "" : "    ") + line, .normal))
      }
    }
    let room = box.height - 2
    let start = min(scroll, max(0, lines.count - room))
    for (index, line) in lines.dropFirst(start).prefix(room).enumerated() {
      grid.write(line.0, x: box.x + 2, y: box.y + 1 + index, role: line.1, maxWidth: width)
    }
    if lines.count > room {
      grid.writeRight(" \(start + 1)–\(min(lines.count, start + room))/\(lines.count) ", x: 0, y: box.maxY - 1, width: box.width - 2, role: .border)
    }
  }
}
