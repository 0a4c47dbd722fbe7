import ArdoiseCore

extension Notice {
  /// The notice in a centred box, its paragraphs wrapped; a taller notice scrolls (↑↓) and says
  /// which lines show.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let boxWidth = min(area.width - 4, 72)
    let width = boxWidth - 4
    let lines = lines(width: width)
    let boxHeight = min(area.height, lines.count + 4)
    let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + max(0, (area.height - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: title)
    let room = boxHeight - 4
    let start = min(scroll, max(0, lines.count - room))
    for (index, line) in lines.dropFirst(start).prefix(room).enumerated() {
      grid.writeClipped(line, x: box.x + 2, y: box.y + 1 + index, width: width, role: .normal)
    }
    let keys = settingsKeys.isEmpty ? LocalizedText("⏎/Esc : fermer", "⏎/Esc: close")
      : LocalizedText("⏎/Esc\u{202F}: fermer · c\u{202F}: compléter les réglages, puis w", "⏎/Esc: close · c: complete the settings, then w again")
    grid.writeClipped(context.localized(keys), x: box.x + 2, y: box.maxY - 2, width: width, role: .hintKey)
    grid.drawScrollPosition(firstLine: start, room: room, count: lines.count, in: box)
  }

  /// The first line shown when the notice is scrolled to its end in `area`.
  func lastScroll(area: Rect, context: ScreenContext) -> Int {
    let lines = lines(width: min(area.width - 4, 72) - 4)
    let room = min(area.height, lines.count + 4) - 4
    return max(0, lines.count - room)
  }

  /// The paragraphs wrapped to `width`; one that starts with `• ` hangs under its bullet.
  private func lines(width: Int) -> [String] {
    paragraphs.flatMap { paragraph -> [String] in
      guard paragraph.hasPrefix("• ") else { return TextWrap.lines(paragraph, width: width) }
      return TextWrap.lines(String(paragraph.dropFirst(2)), width: width - 2).enumerated().map { ($0 == 0 ? "• " : "  ") + $1 }
    }
  }
}
