import ArdoiseCore

extension AppState {
  /// The figures that prevent the next walkout, over every case, scrollable.
  func renderStatistics(into grid: inout Grid, scroll: Int) {
    let box = Rect(x: 0, y: 0, width: size.width, height: size.height - 2)
    grid.drawBox(box, title: t(L("Chiffres — pour prévenir le prochain départ", "Figures — to prevent the next walkout")))
    let statistics = figures ?? WalkoutStatistics(Array(summaries.values), currency: currency, today: today)
    let lines = statistics.report(language, width: box.width - 4)
    let room = box.height - 2
    let start = min(scroll, max(0, lines.count - room))
    for (index, line) in lines.dropFirst(start).prefix(room).enumerated() {
      let role: StyleRole = line.hasPrefix("  ") || line.isEmpty ? .normal : .header
      grid.write(line, x: box.x + 2, y: box.y + 1 + index, role: role, maxWidth: box.width - 4)
    }
    grid.drawScrollPosition(firstLine: start, room: room, count: lines.count, in: box)
  }
}
