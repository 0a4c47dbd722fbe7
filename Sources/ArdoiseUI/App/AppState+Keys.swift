import ArdoiseCore

extension AppState {
  /// Finds the key's command in the key table of the context that has the keyboard, and hands it
  /// to that screen; what the screen asks in return is carried out by ``perform(_:)``.
  mutating func handle(_ key: Key) -> [Effect] {
    // The line shown at start stays until a key is pressed.
    startLine = nil
    startLineIsDue = false
    let keyContext = self.keyContext
    let found = Keymap.command(for: key, in: keyContext)
    // Ctrl-L and Ctrl-Z work in every context, a form or the too-small screen included.
    switch found {
    case .repaint?: return [.repaint]
    case .suspend?: return [.suspend]
    default: break
    }
    let context = screenContext
    switch keyContext {
    case .tooSmall:
      return found == .quit ? perform([.quit]) : []
    case .form:
      // A form reads the key itself: typed text as well as commands.
      guard case .form(var form)? = overlay else { return [] }
      let requests = form.update(key, command: found, context: context)
      overlay = .form(form)
      return perform(requests)
    case .filter:
      let requests = list.updateFilter(key, command: found, context: context)
      return perform(requests)
    case .settings:
      // Like a form, the settings screen reads the key itself while a value is typed.
      guard case .settings(var settings)? = overlay else { return [] }
      let requests = settings.update(key, command: found, context: context)
      overlay = .settings(settings)
      return perform(requests)
    default:
      break
    }
    guard let command = found else { return [] }
    let isMovement = [Command.moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom].contains(command)
    if !isMovement { status = nil }
    switch keyContext {
    case .caseList:
      if command == .syncNow { return startSync() }
      return perform(list.update(command, context: context))
    case .checklist:
      if command == .syncNow { return startSync() }
      guard var checklist, let openCase = context.openCase else {
        self.checklist = nil
        return []
      }
      let requests = checklist.update(command, on: openCase, context: context)
      self.checklist = checklist
      return perform(requests) + adviceIfNeeded()
    case .menu:
      guard case .menu(var menu)? = overlay else { return [] }
      let requests = menu.update(command, context: context)
      overlay = .menu(menu)
      return perform(requests)
    case .confirm:
      guard case .confirm(let confirm)? = overlay else { return [] }
      return perform(confirm.update(command, context: context))
    case .help:
      return perform(updateReading(command))
    case .customerCard:
      guard case .customer(let card)? = overlay else { return [] }
      return perform(card.update(command, context: context))
    case .agenda:
      guard case .agenda(var agenda)? = overlay else { return [] }
      let requests = agenda.update(command, context: context)
      overlay = .agenda(agenda)
      return perform(requests)
    case .form, .filter, .tooSmall, .settings:
      return []
    }
  }

  /// Help, the details, the figures and a notice: text to read, scrolled until closed, never
  /// past its last page (End/G go there; ↑ then moves at once).
  private mutating func updateReading(_ command: Command) -> [ScreenEffect] {
    let requests: [ScreenEffect]
    let context = screenContext
    let area = context.contentArea
    switch overlay {
    case .help(var help)?:
      requests = help.update(command)
      help.scroll = min(help.scroll, help.lastScroll(area: area, context: context))
      overlay = .help(help)
    case .details(var details)?:
      requests = details.update(command)
      details.scroll = min(details.scroll, details.lastScroll(area: area, context: context))
      overlay = .details(details)
    case .statistics(var statistics)?:
      requests = statistics.update(command)
      statistics.scroll = min(statistics.scroll, statistics.lastScroll(area: area, context: context))
      overlay = .statistics(statistics)
    case .notice(var notice)?:
      requests = notice.update(command)
      notice.scroll = min(notice.scroll, notice.lastScroll(area: area, context: context))
      overlay = .notice(notice)
    default:
      requests = []
    }
    return requests
  }
}
