import ArdoiseCore

extension AgendaState {
  /// Moves the selection, opens the selected item's case at its step (the agenda comes back when
  /// the case is left), or closes.
  mutating func update(_ command: Command, context: ScreenContext) -> [ScreenEffect] {
    let count = items?.count ?? 0
    let page = max(1, Self.room(in: context.contentArea) / 2)
    switch command {
    case .moveUp: select(selected - 1, count: count)
    case .moveDown: select(selected + 1, count: count)
    case .pageUp: select(selected - page, count: count)
    case .pageDown: select(selected + page, count: count)
    case .moveToTop: select(0, count: count)
    case .moveToBottom: select(count - 1, count: count)
    case .openCase:
      guard let item = selectedItem else { return [] }
      return [.openCaseAtStep(item.caseID, item.step)]
    case .help:
      return [.present(.help(HelpState(screen: .agenda)))]
    case .back:
      return [.dismiss]
    case .quit:
      return [.quit]
    default:
      break
    }
    keepSelectionInView(room: Self.room(in: context.contentArea))
    return []
  }

  private mutating func select(_ index: Int, count: Int) {
    guard count > 0 else { return }
    selected = max(0, min(count - 1, index))
  }

  /// Lines of items the box holds: the area less the borders, the summary line and the two
  /// lines that explain the selected item.
  static func room(in area: Rect) -> Int { max(1, area.height - 2 - 1 - 3) }

  /// Scrolls so that the selected item and, when it is the first of its day, its day's heading
  /// are on screen.
  mutating func keepSelectionInView(room: Int) {
    let lines = self.lines
    guard let line = lines.firstIndex(of: .item(selected)) else {
      scroll = 0
      return
    }
    let top = line > 0 && lines[line - 1] != .item(selected - 1) ? line - 1 : line
    if top < scroll { scroll = top }
    if line >= scroll + room { scroll = line - room + 1 }
    scroll = max(0, min(scroll, max(0, lines.count - room)))
  }
}
