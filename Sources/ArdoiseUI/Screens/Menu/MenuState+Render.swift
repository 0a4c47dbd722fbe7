import ArdoiseCore

extension MenuState {
  /// A menu in a centred box, its items numbered; the hardware cursor on the selected one.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Position? {
    // The border, a space and the title's frame take six columns around the title.
    let widest = max(title.displayWidth + 6, (items.map { $0.label.displayWidth }.max() ?? 10) + 8)
    let boxWidth = min(area.width - 4, max(30, widest))
    let boxHeight = min(area.height, items.count + 2)
    let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + max(0, (area.height - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: title)
    var cursor: Position?
    for (index, item) in items.enumerated() where box.y + 1 + index < box.maxY - 1 {
      let y = box.y + 1 + index
      let selected = index == selection
      grid.writeFill(" \(index + 1) " + item.label, x: box.x + 1, y: y, width: boxWidth - 2, role: selected ? .selectedRow : .normal)
      if selected { cursor = Position(x: box.x + 1, y: y) }
    }
    return cursor
  }
}
