import ArdoiseCore

extension SettingsState {
  /// The settings over the whole content area: a broken `config.toml` on top (file and line),
  /// the keys under their groups with their values, then the selected key's explanation and,
  /// while editing, the value typed and why it is refused.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Position? {
    let box = area
    grid.drawBox(box, title: context.localized(LocalizedText("Réglages du restaurant — config.toml", "Restaurant settings — config.toml")))
    let width = box.width - 4
    var top = box.y + 1
    if let problem = context.settingsProblem {
      for line in TextWrap.lines("✗ " + context.localized(problem) + context.localized(LocalizedText(" — réglages précédents conservés", " — previous settings kept")), width: width).prefix(2) {
        grid.write(line, x: box.x + 2, y: top, role: .error, maxWidth: width)
        top += 1
      }
    }
    // The foot: the explanation, then the value typed and its error.
    let help = Config.keys.first { $0.key == selectedKey }?.help
    var foot: [(String, StyleRole)] = TextWrap.lines(selectedKey + " — " + (help.map(context.localized) ?? ""), width: width).map { ($0, .dimmed) }
    if let error { foot += TextWrap.lines("✗ " + error, width: width).map { ($0, .formError) } }
    let editRow = box.maxY - 2
    let footTop = editRow - foot.count - (editing == nil ? 0 : 1)
    // The rows: a group title, then its keys.
    var rows: [(text: String, value: String?, key: String?)] = []
    var group: SettingsGroup?
    let keyWidth = min(32, (Self.orderedKeys.map(\.displayWidth).max() ?? 20) + 2)
    for key in Self.orderedKeys {
      if SettingsGroup.of(key) != group {
        group = SettingsGroup.of(key)
        rows.append((context.localized(group!.title), nil, nil))
      }
      rows.append((key, context.settings.value(for: key) ?? "", key))
    }
    let room = max(1, footTop - top)
    let selectedRow = rows.firstIndex { $0.key == selectedKey } ?? 0
    let start = min(max(0, selectedRow - room / 2), max(0, rows.count - room))
    for (offset, row) in rows.dropFirst(start).prefix(room).enumerated() {
      let y = top + offset
      guard let key = row.key else {
        grid.write(row.text, x: box.x + 2, y: y, role: .header, maxWidth: width)
        continue
      }
      let isSelected = key == selectedKey
      let toComplete = highlighted.contains(key) && (row.value ?? "").isEmpty
      let value = (row.value ?? "").isEmpty ? (toComplete ? context.localized(LocalizedText("à compléter", "to complete")) : "—") : row.value!.inert
      // The selection is marked, not only coloured.
      let line = (isSelected ? "› " : "  ") + key + String(repeating: " ", count: max(1, keyWidth - key.count)) + value
      grid.writeFill(line.clipped(toWidth: width, ellipsis: true), x: box.x + 2, y: y, width: width,
                     role: isSelected ? .selectedRow : (toComplete ? .warning : .normal))
    }
    for (offset, line) in foot.enumerated() {
      grid.write(line.0, x: box.x + 2, y: footTop + offset, role: line.1, maxWidth: width)
    }
    guard let editing else { return nil }
    let label = context.localized(LocalizedText("Nouvelle valeur : ", "New value: "))
    grid.write(label, x: box.x + 2, y: editRow, role: .header, maxWidth: width)
    let inputX = box.x + 2 + label.displayWidth
    let inputWidth = max(4, width - label.displayWidth)
    let (visible, column) = editing.visible(width: inputWidth - 1)
    grid.writeFill(visible, x: inputX, y: editRow, width: inputWidth, role: error == nil ? .formFieldFocused : .formError)
    return Position(x: inputX + column, y: editRow)
  }
}
