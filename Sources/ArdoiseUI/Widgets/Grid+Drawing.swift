extension Grid {
  /// Writes `text` padded with spaces to exactly `width` columns (clipped with `…` if longer).
  mutating func writeFill(_ text: String, x: Int, y: Int, width: Int, role: StyleRole) {
    write(text.inert.padded(toWidth: width), x: x, y: y, role: role, maxWidth: width)
  }

  /// Writes `text` in at most `width` columns; a cut text ends in `…`.
  mutating func writeClipped(_ text: String, x: Int, y: Int, width: Int, role: StyleRole) {
    write(text.inert.clipped(toWidth: width, ellipsis: true), x: x, y: y, role: role, maxWidth: width)
  }

  /// Writes `text` right-aligned in `width` columns, leaving the columns to its left untouched.
  mutating func writeRight(_ text: String, x: Int, y: Int, width: Int, role: StyleRole) {
    let clipped = text.inert.clipped(toWidth: width, ellipsis: true)
    write(clipped, x: x + width - clipped.displayWidth, y: y, role: role, maxWidth: clipped.displayWidth)
  }

  /// Draws a box with a border and an optional title, clearing its inside.
  mutating func drawBox(_ rect: Rect, title: String? = nil, role: StyleRole = .normal) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    fill(rect, role: role)
    let inner = rect.width - 2
    write("┌" + String(repeating: "─", count: inner) + "┐", x: rect.x, y: rect.y, role: .border)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      write("│", x: rect.x, y: y, role: .border)
      write("│", x: rect.maxX - 1, y: y, role: .border)
    }
    write("└" + String(repeating: "─", count: inner) + "┘", x: rect.x, y: rect.maxY - 1, role: .border)
    if let title, inner > 4 {
      write(" " + title.inert.clipped(toWidth: inner - 4, ellipsis: true) + " ", x: rect.x + 2, y: rect.y, role: .title)
    }
  }

  /// On the bottom border of a scrolled `box`, which of its `count` lines show (` 1–20/49 `),
  /// when they do not all fit in its `room`.
  mutating func drawScrollPosition(firstLine: Int, room: Int, count: Int, in box: Rect) {
    guard count > room else { return }
    writeRight(" \(firstLine + 1)–\(min(count, firstLine + room))/\(count) ", x: box.x, y: box.maxY - 1, width: box.width - 2, role: .border)
  }
}
