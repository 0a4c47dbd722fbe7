import ArdoiseCore

extension MenuState {
  /// A menu in a centred box, its items numbered (right-aligned, so the labels line up past 9);
  /// the hardware cursor on the selected one. An item that cannot be chosen is dimmed, with the
  /// reason after its label. Items that do not fit scroll with the selection; the bottom border
  /// says which are shown (` 5–22/25 `).
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Position? {
    let labels = items.map { item in item.unavailableReason.map { item.label + " — " + $0 } ?? item.label }
    let numberWidth = String(items.count).count
    // The border, a space and the title's frame take six columns around the title.
    let widest = max(title.displayWidth + 6, (labels.map(\.displayWidth).max() ?? 10) + 7 + numberWidth)
    let boxWidth = min(area.width - 4, max(30, widest))
    let boxHeight = min(area.height, items.count + 2)
    let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + max(0, (area.height - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: title)
    // More items than rows: the box shows those around the selection, and which they are.
    var shown = self
    let room = Self.room(for: items.count, in: area)
    shown.keepSelectionInView(room: room)
    let first = shown.scrollOffset
    var cursor: Position?
    for index in first..<min(items.count, first + room) {
      let item = items[index]
      let y = box.y + 1 + index - first
      let selected = index == selection
      let role: StyleRole = selected ? .selectedRow : (item.unavailableReason == nil ? .normal : .dimmed)
      let number = String(index + 1)
      let padding = String(repeating: " ", count: numberWidth - number.count)
      grid.writeFill(" " + padding + number + " " + labels[index], x: box.x + 1, y: y, width: boxWidth - 2, role: role)
      if selected { cursor = Position(x: box.x + 1, y: y) }
    }
    grid.drawScrollPosition(firstLine: first, room: room, count: items.count, in: box)
    return cursor
  }
}
