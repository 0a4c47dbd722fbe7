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

  mutating func handleConfirm(_ command: Command) -> [Effect] {
    guard case .confirm(let confirm)? = overlay else { return [] }
    switch command {
    case .confirm:
      overlay = nil
      switch confirm.pending {
      case .close(let id, let resolution, let note):
        return [.record(RecordRequest(id, .close(resolution, note: note), message: L("dossier clos : ", "case closed: ") + resolution.label,
                                      advancesGuide: true))]
      case .reopen(let id):
        return [.record(RecordRequest(id, .reopen(note: nil), message: L("dossier rouvert", "case reopened"), advancesGuide: true))]
      case .chooseOutcome(let id, let stepID, let outcomeID, let value):
        let step = playbook.step(stepID)
        let label = (step?.title ?? L(stepID.rawValue, stepID.rawValue)) + L(" — ", " — ")
          + (step?.outcome(outcomeID)?.label ?? L(outcomeID, outcomeID))
        return [.record(RecordRequest(id, .chooseOutcome(step: stepID, outcome: outcomeID, value: value, note: nil), message: label,
                                      advancesGuide: true))]
      case .discardForm:
        return []
      case .quitWithForm:
        isFinished = true
        return [.quit]
      }
    case .deny:
      if case .discardForm(let form) = confirm.pending {
        overlay = .form(form)
      } else {
        overlay = nil
      }
      return []
    case .quit:
      isFinished = true
      return [.quit]
    default:
      return []
    }
  }
}
