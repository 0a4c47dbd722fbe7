import ArdoiseCore

extension HelpState {
  /// Every key of the screen underneath, from the key table that dispatches them, then notes
  /// across the whole width; a description too long for its column wraps under itself.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let box = area
    let title = context.localized(LocalizedText("Aide — ", "Help — "))
      + context.localized(screen == .checklist ? LocalizedText("liste de contrôle", "checklist")
        : screen == .agenda ? LocalizedText("agenda", "agenda") : LocalizedText("liste des dossiers", "case list"))
    grid.drawBox(box, title: title)
    let lines = lines(in: box, context: context)
    let room = box.height - 2
    let start = min(scroll, max(0, lines.count - room))
    for (index, line) in lines.dropFirst(start).prefix(room).enumerated() {
      let y = box.y + 1 + index
      grid.writeClipped(line.key, x: box.x + 2, y: y, width: keyWidth(context: context), role: .hintKey)
      grid.writeClipped(line.text, x: box.x + 2 + line.textX, y: y, width: box.width - line.textX - 4, role: .normal)
    }
    grid.drawScrollPosition(firstLine: start, room: room, count: lines.count, in: box)
  }

  /// The first line shown when the help is scrolled to its end in `area`.
  func lastScroll(area: Rect, context: ScreenContext) -> Int {
    max(0, lines(in: area, context: context).count - (area.height - 2))
  }

  private func keys(context: ScreenContext) -> [(key: String, text: String)] {
    var keys: [(key: String, text: String)] = []
    var seen = Set<String>()
    for binding in Keymap.bindings(for: screen) where !binding.keys.isEmpty {
      let key = binding.keyLabel
      let text = context.localized(binding.label)
      guard seen.insert(key + text).inserted else { continue }
      keys.append((key, text))
    }
    return keys
  }

  private func keyWidth(context: ScreenContext) -> Int {
    min(14, (keys(context: context).map { $0.key.displayWidth }.max() ?? 6) + 2)
  }

  /// Each line: the key (on a description's first line only), its text, and where the text starts.
  private func lines(in box: Rect, context: ScreenContext) -> [(key: String, text: String, textX: Int)] {
    let keys = keys(context: context)
    let notes = [
      context.localized(LocalizedText("Dans un formulaire : ⇥/⇧⇥ ou ↑↓ changent de champ, ←/→ changent un choix, ⏎ enregistre, Esc annule ; la frappe remplace une valeur proposée.",
                          "In a form: ⇥/⇧⇥ or ↑↓ change field, ←/→ change a choice, ⏎ saves, Esc cancels; typing replaces a suggested value.")),
      context.localized(LocalizedText("Dans un menu\u{202F}: ↑↓ puis ⏎, ou le numéro d’un choix\u{202F}; après 9, deux chiffres (1 puis 6 pour le 16, 1 puis ⏎ pour le 1).",
                          "In a menu: ↑↓ then ⏎, or an item’s number; past 9, two digits (1 then 6 for item 16, 1 then ⏎ for item 1).")),
      context.localized(LocalizedText("Tout ce qui s’affiche « Enregistré » est déjà écrit sur le disque.", "Anything shown as “Saved” is already on disk.")),
    ]
    let keyWidth = keyWidth(context: context)
    let textWidth = max(10, box.width - keyWidth - 4)
    // Each line: the key (on a description's first line only), then where its text starts.
    var lines: [(key: String, text: String, textX: Int)] = keys.flatMap { key, text in
      TextWrap.lines(text, width: textWidth).enumerated().map { index, part in (index == 0 ? key : "", part, keyWidth) }
    }
    lines.append(("", "", 0))
    for note in notes { lines += TextWrap.lines(note, width: box.width - 4).map { ("", $0, 0) } }
    return lines
  }
}
