import ArdoiseCore

extension AppState {
  /// y/o carries out what was asked; n or Esc gives up and leaves everything as it was.
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
