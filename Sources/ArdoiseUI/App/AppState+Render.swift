import ArdoiseCore

/// What the runtime presents: the grid and where the hardware cursor rests.
public struct Frame: Sendable, Equatable {
  public var grid: Grid
  public var cursor: Position?
}

extension AppState {
  /// Draws the whole screen. Pure: the same state always gives the same frame.
  public func render() -> Frame {
    var grid = Grid(size: size)
    if isTooSmall {
      renderTooSmall(into: &grid)
      return Frame(grid: grid, cursor: nil)
    }
    var cursor: Position?
    if checklist != nil {
      cursor = renderChecklist(into: &grid)
    } else {
      cursor = renderCaseList(into: &grid)
    }
    switch overlay {
    case .help(let scroll)?:
      renderHelp(into: &grid, scroll: scroll)
      cursor = nil
    case .details(let scroll)?:
      renderDetails(into: &grid, scroll: scroll)
      cursor = nil
    case .statistics(let scroll)?:
      renderStatistics(into: &grid, scroll: scroll)
      cursor = nil
    case .form(let form)?:
      cursor = renderForm(form, into: &grid)
    case .menu(let menu)?:
      cursor = renderMenu(menu, into: &grid)
    case .confirm(let confirm)?:
      cursor = renderConfirm(confirm, into: &grid)
    case .notice(let notice)?:
      renderNotice(notice, into: &grid)
      cursor = nil
    case nil:
      break
    }
    renderStatusLine(into: &grid)
    renderHintBar(into: &grid)
    return Frame(grid: grid, cursor: cursor)
  }

  private func renderTooSmall(into grid: inout Grid) {
    let minimum = AppState.minimumSize
    let lines = [
      t(L("Terminal trop petit", "Terminal too small")),
      "\(size.width)×\(size.height) — " + t(L("minimum ", "minimum ")) + "\(minimum.width)×\(minimum.height)",
      t(L("Agrandissez la fenêtre, ou q pour quitter.", "Enlarge the window, or press q to quit.")),
    ]
    let top = max(0, (size.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let width = min(line.displayWidth, size.width)
      grid.write(line, x: max(0, (size.width - width) / 2), y: top + index, role: index == 0 ? .warning : .normal, maxWidth: size.width)
    }
  }

  private func renderStatusLine(into grid: inout Grid) {
    let y = size.height - 2
    if keyContext == .filter || (!list.filter.isEmpty && checklist == nil && overlay == nil) {
      let label = t(L("Filtre : ", "Filter: "))
      grid.writeFill(label, x: 0, y: y, width: size.width, role: .status)
      let available = size.width - label.displayWidth - 1
      let (visible, _) = list.filter.visible(width: available)
      grid.write(visible, x: label.displayWidth, y: y, role: .formFieldFocused, maxWidth: available)
      if keyContext != .filter, let status {
        let x = label.displayWidth + visible.displayWidth + 2
        grid.write(status.text, x: x, y: y, role: role(for: status.kind), maxWidth: size.width - x)
      }
      return
    }
    guard let status else { return }
    grid.writeFill(status.text, x: 0, y: y, width: size.width, role: role(for: status.kind))
  }

  private func role(for kind: StatusMessage.Kind) -> StyleRole {
    switch kind {
    case .info: .status
    case .success: .success
    case .warning: .warning
    case .error: .error
    }
  }

  /// The hint bar, drawn from the same key table that dispatches the keys. When it does not fit,
  /// it keeps `? help` at the end.
  private func renderHintBar(into grid: inout Grid) {
    let y = size.height - 1
    grid.fill(Rect(x: 0, y: y, width: size.width, height: 1), role: .hintText)
    let hints = Keymap.bindings(for: keyContext).filter(\.isHinted)
    let helpHint = hints.first { $0.command == .help }
    var x = 0
    let reserve = helpHint.map { $0.keyLabel.displayWidth + t($0.label).displayWidth + 3 } ?? 0
    for binding in hints where binding.command != .help || helpHint == nil {
      let width = binding.keyLabel.displayWidth + 1 + t(binding.label).displayWidth + 2
      if x + width > size.width - reserve { break }
      x = drawHint(binding, x: x, y: y, into: &grid)
    }
    if let helpHint { _ = drawHint(helpHint, x: max(x, size.width - reserve), y: y, into: &grid) }
  }

  private func drawHint(_ binding: Binding, x: Int, y: Int, into grid: inout Grid) -> Int {
    var column = x + 1
    column += grid.write(binding.keyLabel, x: column, y: y, role: .hintKey)
    column += 1
    column += grid.write(t(binding.label), x: column, y: y, role: .hintText)
    return column + 1
  }
}
