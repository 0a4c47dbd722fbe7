import ArdoiseCore

extension AppState {
  /// A menu in a centred box, its items numbered; the hardware cursor on the selected one.
  func renderMenu(_ menu: MenuState, into grid: inout Grid) -> Position? {
    // The border, a space and the title's frame take six columns around the title.
    let widest = max(menu.title.displayWidth + 6, (menu.items.map { $0.label.displayWidth }.max() ?? 10) + 8)
    let boxWidth = min(size.width - 4, max(30, widest))
    let boxHeight = min(size.height - 2, menu.items.count + 2)
    let box = Rect(x: (size.width - boxWidth) / 2, y: max(0, (size.height - 2 - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: menu.title)
    var cursor: Position?
    for (index, item) in menu.items.enumerated() where box.y + 1 + index < box.maxY - 1 {
      let y = box.y + 1 + index
      let selected = index == menu.selection
      grid.writeFill(" \(index + 1) " + item.label, x: box.x + 1, y: y, width: boxWidth - 2, role: selected ? .selectedRow : .normal)
      if selected { cursor = Position(x: box.x + 1, y: y) }
    }
    return cursor
  }
}
