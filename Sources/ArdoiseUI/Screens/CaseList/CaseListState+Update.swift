import ArdoiseCore

extension AppState {
  mutating func handleCaseList(_ command: Command) -> [Effect] {
    switch command {
    case .moveUp: moveSelection(by: -1)
    case .moveDown: moveSelection(by: 1)
    case .pageUp: moveSelection(by: -listCapacity)
    case .pageDown: moveSelection(by: listCapacity)
    case .moveToTop: moveSelection(to: 0)
    case .moveToBottom: moveSelection(to: list.visible.count - 1)
    case .openCase:
      guard let id = list.selectedID else { return [] }
      return openChecklist(id)
    case .newCase:
      overlay = .form(makeNewIncidentForm())
    case .startFilter:
      list.isEditingFilter = true
    case .cycleScope:
      list.scope = list.scope.next
      refreshVisible()
      status = StatusMessage(t(list.scope.showing), .info)
    case .help:
      overlay = .help(scroll: 0)
    case .showStatistics:
      overlay = .statistics(scroll: 0)
      recomputeFigures()
    case .cycleTheme:
      return [.cycleTheme]
    case .quit:
      return quit()
    default:
      break
    }
    return []
  }

  mutating func handleFilterKey(_ key: Key) -> [Effect] {
    switch Keymap.command(for: key, in: .filter) {
    case .submit?:
      list.isEditingFilter = false
    case .cancel?:
      list.isEditingFilter = false
      list.filter = TextInput()
      refreshVisible()
    case .moveUp?:
      moveSelection(by: -1)
    case .moveDown?:
      moveSelection(by: 1)
    case .quit?:
      return quit()
    default:
      if list.filter.handle(key) { refreshVisible() }
    }
    return []
  }

  mutating func moveSelection(by delta: Int) {
    guard !list.visible.isEmpty else { return }
    moveSelection(to: (list.selectedIndex ?? 0) + delta)
  }

  mutating func moveSelection(to index: Int) {
    guard !list.visible.isEmpty else { return }
    list.selectedID = list.visible[max(0, min(list.visible.count - 1, index))]
    clampScroll()
  }

  /// Opens the checklist of case `id` on its current step, keyboard on the step's actions.
  mutating func openChecklist(_ id: IncidentID) -> [Effect] {
    guard let stored = cases[id] else {
      pendingOpen = id
      return [.loadCase(id)]
    }
    let current = stored.incident.currentStep(in: playbook).flatMap { playbook.index(of: $0) } ?? 0
    checklist = ChecklistState(incident: id, selectedStep: current)
    return []
  }
}
