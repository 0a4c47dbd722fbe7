import ArdoiseCore

extension StatisticsState {
  /// The figures that prevent the next walkout, over every case, scrollable.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let box = area
    grid.drawBox(box, title: context.localized(LocalizedText("Chiffres — pour prévenir le prochain départ", "Figures — to prevent the next walkout")))
    let lines = self.lines(context.language, width: box.width - 4)
    let room = box.height - 2
    let start = min(scroll, max(0, lines.count - room))
    for (index, line) in lines.dropFirst(start).prefix(room).enumerated() {
      let role: StyleRole = line.hasPrefix("  ") || line.isEmpty ? .normal : .header
      grid.writeClipped(line, x: box.x + 2, y: box.y + 1 + index, width: box.width - 4, role: role)
    }
    grid.drawScrollPosition(firstLine: start, room: room, count: lines.count, in: box)
  }

  /// The first line shown when the figures are scrolled to their end in `area`.
  func lastScroll(area: Rect, context: ScreenContext) -> Int {
    max(0, lines(context.language, width: area.width - 4).count - (area.height - 2))
  }
}
