import ArdoiseCore

extension MenuState {
  /// A menu in a centred box, its items numbered (right-aligned, so the labels line up past 9);
  /// the hardware cursor on the selected one.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Position? {
    let numberWidth = String(items.count).count
    // The border, a space and the title's frame take six columns around the title.
    let widest = max(title.displayWidth + 6, (items.map { $0.label.displayWidth }.max() ?? 10) + 7 + numberWidth)
    let boxWidth = min(area.width - 4, max(30, widest))
    let boxHeight = min(area.height, items.count + 2)
    let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + max(0, (area.height - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: title)
    var cursor: Position?
    for (index, item) in items.enumerated() where box.y + 1 + index < box.maxY - 1 {
      let y = box.y + 1 + index
      let selected = index == selection
      let number = String(index + 1)
      let padding = String(repeating: " ", count: numberWidth - number.count)
      grid.writeFill(" " + padding + number + " " + item.label, x: box.x + 1, y: y, width: boxWidth - 2, role: selected ? .selectedRow : .normal)
      if selected { cursor = Position(x: box.x + 1, y: y) }
    }
    return cursor
  }
}
