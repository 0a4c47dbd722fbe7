import ArdoiseCore

/// The bottom line: the keys of the context that has the keyboard, drawn from the same key table
/// that dispatches them. When they do not fit, the hints of highest priority are kept first (in
/// table order among equals), each whole or not at all; `? help` stays at the end and lists everything.
struct HintBar {
  let keyContext: KeyContext

  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let y = area.y
    grid.fill(area, role: .hintText)
    let hints = Keymap.bindings(for: keyContext).filter(\.isHinted)
    let helpHint = hints.first { $0.command == .help }
    var x = area.x
    let reserve = helpHint.map { width(of: $0, context: context) } ?? 0
    let candidates = Array(hints.filter { $0.command != .help || helpHint == nil }.enumerated())
    // Highest priority first (in table order among equals), each hint kept if it still fits.
    var room = area.width - reserve
    var kept = Set<Int>()
    for (index, binding) in candidates.sorted(by: { ($0.element.hintPriority, $1.offset) > ($1.element.hintPriority, $0.offset) }) {
      let width = width(of: binding, context: context)
      if width <= room { kept.insert(index); room -= width }
    }
    for (index, binding) in candidates where kept.contains(index) {
      x = drawHint(binding, x: x, y: y, into: &grid, context: context)
    }
    if let helpHint { _ = drawHint(helpHint, x: max(x, area.maxX - reserve), y: y, into: &grid, context: context) }
  }

  /// The columns a hint takes: a space, the key, a space, the label, a space.
  private func width(of binding: Binding, context: ScreenContext) -> Int {
    binding.keyLabel.displayWidth + context.localized(binding.hintText).displayWidth + 3
  }

  private func drawHint(_ binding: Binding, x: Int, y: Int, into grid: inout Grid, context: ScreenContext) -> Int {
    var column = x + 1
    column += grid.write(binding.keyLabel, x: column, y: y, role: .hintKey)
    column += 1
    column += grid.write(context.localized(binding.hintText), x: column, y: y, role: .hintText)
    return column + 1
  }
}
