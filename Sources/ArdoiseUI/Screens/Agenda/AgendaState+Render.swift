import ArdoiseCore

extension AgendaState {
  /// The box: a summary line, then each day's heading and its items (state as a sign and a word
  /// as well as a colour), and at the bottom what the selected item rests on and where ⏎ goes.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let box = area
    grid.drawBox(box, title: context.localized(LocalizedText("Agenda — les \(Self.days) prochains jours et les retards",
                                                 "Agenda — the next \(Self.days) days and everything overdue")))
    let x = box.x + 2
    let width = box.width - 4
    guard let items else {
      grid.writeClipped(context.localized(LocalizedText("Lecture des dossiers…", "Reading the cases…")), x: x, y: box.y + 1, width: width, role: .dimmed)
      return
    }
    grid.writeClipped(Self.summary(items, context: context), x: x, y: box.y + 1, width: width, role: .header)
    guard !items.isEmpty else {
      grid.writeClipped(context.localized(LocalizedText("Rien à faire dans les \(Self.days) prochains jours, rien en retard.",
                                            "Nothing to do in the next \(Self.days) days, nothing overdue.")),
                        x: x, y: box.y + 3, width: width, role: .normal)
      return
    }
    let room = Self.room(in: area)
    let lines = self.lines
    let start = min(scroll, max(0, lines.count - room))
    let stateWidth = AgendaItem.State.allCases.map { context.localized($0.label).displayWidth }.max() ?? 10
    for (offset, line) in lines.dropFirst(start).prefix(room).enumerated() {
      let y = box.y + 2 + offset
      switch line {
      case .day(let day):
        grid.writeClipped(Self.heading(day, context: context), x: x, y: y, width: width, role: .header)
      case .item(let index):
        let item = items[index]
        let isSelected = index == selected
        let role = isSelected ? .selectedRow : Self.role(of: item.state)
        if isSelected { grid.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: role) }
        let amount = item.outstanding.formatted(context.language)
        let amountWidth = max(10, amount.displayWidth)
        let estimate = item.isEstimated ? context.localized(LocalizedText(" (≈\u{00A0}estimation)", " (≈ estimate)")) : ""
        // Over a group, each item's site after its case (its clocks follow that site's law).
        let site = context.group.map { $0.site(of: item.caseID).inert.padded(toWidth: min(10, $0.columnWidth)) + "  " } ?? ""
        let left = "  " + item.state.sign + (item.isEstimated ? "≈" : " ") + " "
          + context.localized(item.state.label).padded(toWidth: stateWidth) + "  " + item.caseID.rawValue + "  " + site
        grid.writeClipped(left, x: x, y: y, width: width, role: role)
        let labelX = x + left.displayWidth
        let labelWidth = max(0, width - left.displayWidth - amountWidth - 2)
        let label = (context.localized(item.label) + estimate).clipped(toWidth: labelWidth, ellipsis: true)
        grid.write(label, x: labelX, y: y, role: role, maxWidth: labelWidth)
        grid.writeRight(amount, x: x + width - amountWidth, y: y, width: amountWidth, role: isSelected ? .selectedRow : .moneyOwed)
      }
    }
    grid.drawScrollPosition(firstLine: start, room: room, count: lines.count, in: box)
    // What the selected item rests on, and where ⏎ goes.
    guard let item = selectedItem else { return }
    let detailY = box.maxY - 3
    grid.write(String(repeating: "─", count: width), x: x, y: detailY - 1, role: .border, maxWidth: width)
    var why = context.localized(item.note ?? (item.label + LocalizedText(" — ", " — ") + item.state.label))
    if item.isEstimated { why = "≈ " + why }
    grid.writeClipped(why, x: x, y: detailY, width: width, role: .normal)
    var next = "⏎ " + context.localized(LocalizedText("ouvre le dossier ", "opens case ")) + item.caseID.rawValue
    if let step = item.step, let index = context.playbook.index(of: step), let found = context.playbook.step(step) {
      next += context.localized(LocalizedText(" à l’étape \(index + 1)/\(context.playbook.steps.count) « \(found.title.french) »",
                                  " at step \(index + 1)/\(context.playbook.steps.count) “\(found.title.english)”"))
    }
    if let source = item.source { next += " · " + context.localized(LocalizedText("source\u{202F}: ", "source: ")) + context.localized(source) }
    grid.writeClipped(next, x: x, y: detailY + 1, width: width, role: .dimmed)
  }

  /// `2 actions à faire aujourd’hui, 1 en retard · 5 dans les 30 jours`.
  static func summary(_ items: [AgendaItem], context: ScreenContext) -> String {
    let due = items.count { $0.state == .today }
    let late = items.count { $0.state == .overdue }
    let coming = items.count { $0.state == .upcoming }
    let french = (due == 0 ? "Aucune action" : "\(due) action\(due > 1 ? "s" : "")") + " à faire aujourd’hui, "
      + (late == 0 ? "aucune" : String(late)) + " en retard, \(coming) à venir"
    let english = (due == 0 ? "No action" : "\(due) action\(due == 1 ? "" : "s")") + " due today, "
      + (late == 0 ? "none" : String(late)) + " overdue, \(coming) upcoming"
    return context.localized(LocalizedText(french, english))
  }

  /// `dim. 29/11/2026 — aujourd’hui`, `Tue 2026-12-01 — in 2 days`.
  static func heading(_ day: CalendarDay, context: ScreenContext) -> String {
    let french = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    let english = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let name = (context.language == .french ? french : english)[day.weekday]
    let offset = context.today.days(until: day)
    let relative: LocalizedText
    switch offset {
    case 0: relative = LocalizedText("aujourd’hui", "today")
    case 1: relative = LocalizedText("demain", "tomorrow")
    case -1: relative = LocalizedText("hier", "yesterday")
    case 2...: relative = LocalizedText("dans \(offset) jours", "in \(offset) days")
    default: relative = LocalizedText("il y a \(-offset) jours", "\(-offset) days ago")
    }
    return name + " " + day.formatted(context.language) + " — " + context.localized(relative)
  }

  static func role(of state: AgendaItem.State) -> StyleRole {
    switch state {
    case .overdue: .overdue
    case .today: .warning
    case .upcoming: .listRow
    case .expired: .error
    }
  }
}
