import ArdoiseCore

/// The bottom line: the keys of the context that has the keyboard, drawn from the same key table
/// that dispatches them. When they do not fit, `? help` stays at the end.
struct HintBar {
  let keyContext: KeyContext

  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let y = area.y
    grid.fill(area, role: .hintText)
    let hints = Keymap.bindings(for: keyContext).filter(\.isHinted)
    let helpHint = hints.first { $0.command == .help }
    var x = area.x
    let reserve = helpHint.map { $0.keyLabel.displayWidth + context.localized($0.label).displayWidth + 3 } ?? 0
    for binding in hints where binding.command != .help || helpHint == nil {
      let width = binding.keyLabel.displayWidth + 1 + context.localized(binding.label).displayWidth + 2
      if x + width > area.maxX - reserve { break }
      x = drawHint(binding, x: x, y: y, into: &grid, context: context)
    }
    if let helpHint { _ = drawHint(helpHint, x: max(x, area.maxX - reserve), y: y, into: &grid, context: context) }
  }

  private func drawHint(_ binding: Binding, x: Int, y: Int, into grid: inout Grid, context: ScreenContext) -> Int {
    var column = x + 1
    column += grid.write(binding.keyLabel, x: column, y: y, role: .hintKey)
    column += 1
    column += grid.write(context.localized(binding.label), x: column, y: y, role: .hintText)
    return column + 1
  }
}
