import ArdoiseCore

extension AppState {
  /// The notice in a centred box, its paragraphs wrapped; a taller notice scrolls (↑↓) and says
  /// which lines show.
  func renderNotice(_ notice: Notice, into grid: inout Grid) {
    let boxWidth = min(size.width - 4, 72)
    let width = boxWidth - 4
    let lines = notice.paragraphs.flatMap { paragraph -> [String] in
      guard paragraph.hasPrefix("• ") else { return TextWrap.lines(paragraph, width: width) }
      return TextWrap.lines(String(paragraph.dropFirst(2)), width: width - 2).enumerated().map { ($0 == 0 ? "• " : "  ") + $1 }
    }
    let boxHeight = min(size.height - 2, lines.count + 4)
    let box = Rect(x: (size.width - boxWidth) / 2, y: max(0, (size.height - 2 - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: notice.title)
    let room = boxHeight - 4
    let start = min(notice.scroll, max(0, lines.count - room))
    for (index, line) in lines.dropFirst(start).prefix(room).enumerated() {
      grid.write(line, x: box.x + 2, y: box.y + 1 + index, role: .normal, maxWidth: width)
    }
    grid.write(t(L("⏎/Esc : fermer", "⏎/Esc: close")), x: box.x + 2, y: box.maxY - 2, role: .hintKey, maxWidth: width)
    grid.drawScrollPosition(firstLine: start, room: room, count: lines.count, in: box)
  }
}
