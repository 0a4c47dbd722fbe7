import ArdoiseCore

extension AppState {
  /// Draws the whole screen: the main screen (the checklist or the case list), what is on top of
  /// it, then the status line and the hint bar. Pure: the same state always gives the same frame.
  public func render() -> Frame {
    var grid = Grid(size: size)
    let context = screenContext
    if isTooSmall {
      TooSmallScreen(size: size).render(into: &grid, area: Rect(x: 0, y: 0, width: size.width, height: size.height), context: context)
      return Frame(grid: grid, cursor: nil)
    }
    let area = context.contentArea
    var cursor: Position?
    if let checklist {
      cursor = checklist.render(into: &grid, area: area, context: context)
    } else {
      cursor = list.render(into: &grid, area: area, context: context)
    }
    switch overlay {
    case .help(let help)?:
      help.render(into: &grid, area: area, context: context)
      cursor = nil
    case .details(let details)?:
      details.render(into: &grid, area: area, context: context)
      cursor = nil
    case .statistics(let statistics)?:
      statistics.render(into: &grid, area: area, context: context)
      cursor = nil
    case .agenda(let agenda)?:
      agenda.render(into: &grid, area: area, context: context)
      cursor = nil
    case .form(let form)?:
      cursor = form.render(into: &grid, area: area, context: context)
    case .menu(let menu)?:
      cursor = menu.render(into: &grid, area: area, context: context)
    case .confirm(let confirm)?:
      cursor = confirm.render(into: &grid, area: area, context: context)
    case .notice(let notice)?:
      notice.render(into: &grid, area: area, context: context)
      cursor = nil
    case .customer(let card)?:
      card.render(into: &grid, area: area, context: context)
      cursor = nil
    case .settings(let settings)?:
      cursor = settings.render(into: &grid, area: area, context: context)
    case nil:
      break
    }
    let keyContext = self.keyContext
    let showsFilter = keyContext == .filter || (!list.filter.isEmpty && checklist == nil && overlay == nil)
    StatusLine(message: status ?? startLine.map { StatusMessage($0, .info) }, filter: showsFilter ? list.filter : nil, isEditingFilter: keyContext == .filter)
      .render(into: &grid, area: Rect(x: 0, y: size.height - 2, width: size.width, height: 1), context: context)
    HintBar(keyContext: keyContext)
      .render(into: &grid, area: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), context: context)
    return Frame(grid: grid, cursor: cursor)
  }
}
