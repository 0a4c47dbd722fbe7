import ArdoiseCore

extension CaseListState {
  /// Moves the selection, opens a case, changes the view; asks the app for the rest.
  mutating func update(_ command: Command, context: ScreenContext) -> [ScreenEffect] {
    let capacity = Self.capacity(in: context.contentArea)
    switch command {
    case .moveUp: moveSelection(by: -1, capacity: capacity)
    case .moveDown: moveSelection(by: 1, capacity: capacity)
    case .pageUp: moveSelection(by: -capacity, capacity: capacity)
    case .pageDown: moveSelection(by: capacity, capacity: capacity)
    case .moveToTop: moveSelection(to: 0, capacity: capacity)
    case .moveToBottom: moveSelection(to: visible.count - 1, capacity: capacity)
    case .openCase:
      guard let id = selectedID else { return [] }
      return [.openCase(id)]
    case .newCase:
      return [.present(.form(.newIncident(context: context)))]
    case .startFilter:
      isEditingFilter = true
      // The filter also finds a customer by name or phone: read them once, now.
      if needsCustomerTexts { return [.run(.loadCustomers)] }
    case .cycleScope:
      scope = scope.next
      refreshVisible(context: context)
      return [.status(StatusMessage(context.localized(scope.showing), .info))]
    case .help:
      return [.present(.help(HelpState(screen: .caseList)))]
    case .openSettings:
      return [.present(.settings(SettingsState()))]
    case .showAgenda:
      return [.present(.agenda(AgendaState())), .run(.loadAgenda)]
    case .showStatistics:
      return [.present(.statistics(statistics(context: context))), .run(.loadMeasures)]
    case .cycleTheme:
      return [.run(.cycleTheme)]
    case .quit:
      return [.quit]
    default:
      break
    }
    return []
  }

  /// The filter being typed: ⏎ keeps it, Esc clears it, ↑↓ still move, letters narrow the list.
  mutating func updateFilter(_ key: Key, command: Command?, context: ScreenContext) -> [ScreenEffect] {
    let capacity = Self.capacity(in: context.contentArea)
    switch command {
    case .submit?:
      isEditingFilter = false
    case .cancel?:
      isEditingFilter = false
      filter = TextInput()
      refreshVisible(context: context)
    case .moveUp?:
      moveSelection(by: -1, capacity: capacity)
    case .moveDown?:
      moveSelection(by: 1, capacity: capacity)
    case .quit?:
      return [.quit]
    default:
      if filter.handle(key) { refreshVisible(context: context) }
    }
    return []
  }

  mutating func moveSelection(by delta: Int, capacity: Int) {
    guard !visible.isEmpty else { return }
    moveSelection(to: (selectedIndex ?? 0) + delta, capacity: capacity)
  }

  mutating func moveSelection(to index: Int, capacity: Int) {
    guard !visible.isEmpty else { return }
    selectedID = visible[max(0, min(visible.count - 1, index))]
    clampScroll(capacity: capacity)
  }

  /// Keeps the selected row on screen.
  mutating func clampScroll(capacity: Int) {
    guard let index = selectedIndex else {
      scrollOffset = 0
      return
    }
    if index < scrollOffset { scrollOffset = index }
    if index >= scrollOffset + capacity { scrollOffset = index - capacity + 1 }
    scrollOffset = max(0, min(scrollOffset, max(0, visible.count - capacity)))
  }
}
