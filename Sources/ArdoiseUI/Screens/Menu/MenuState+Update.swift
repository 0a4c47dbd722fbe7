import ArdoiseCore

extension AppState {
  mutating func handleMenu(_ command: Command) -> [Effect] {
    guard case .menu(var menu)? = overlay else { return [] }
    switch command {
    case .moveUp: menu.selection = max(0, menu.selection - 1)
    case .moveDown: menu.selection = min(menu.items.count - 1, menu.selection + 1)
    case .moveToTop, .pageUp: menu.selection = 0
    case .moveToBottom, .pageDown: menu.selection = menu.items.count - 1
    case .cancel:
      overlay = nil
      return []
    case .quit:
      overlay = nil
      return quit()
    case .submit:
      guard menu.items.indices.contains(menu.selection) else { return [] }
      overlay = nil
      return choose(menu.items[menu.selection].choice, on: menu.incident)
    case .chooseItem(let number):
      // The number the menu shows beside each item.
      guard menu.items.indices.contains(number - 1) else { return [] }
      overlay = nil
      return choose(menu.items[number - 1].choice, on: menu.incident)
    default:
      break
    }
    overlay = .menu(menu)
    return []
  }

  private mutating func choose(_ choice: MenuChoice, on id: IncidentID) -> [Effect] {
    guard let stored = cases[id] else { return [] }
    switch choice {
    case .outcome(let stepID, let outcomeID):
      guard let step = playbook.step(stepID), let outcome = step.outcome(outcomeID) else { return [] }
      return startOutcome(outcome, of: step, on: stored)
    case .stepStatus(let stepID, let status):
      let title = playbook.step(stepID)?.title ?? L(stepID.rawValue, stepID.rawValue)
      return [.record(RecordRequest(id, .markStep(stepID, status, note: nil), message: title, advancesGuide: status != .pending))]
    case .resolution(let resolution):
      overlay = .confirm(ConfirmState(
        question: t(L("Clore le dossier \(id) : « \(resolution.label.french) » ?", "Close case \(id) as “\(resolution.label.english)”?")),
        pending: .close(id, resolution, note: nil)))
      return []
    case .document(let kind):
      return [.writeDocument(id, kind: kind)]
    }
  }
}
