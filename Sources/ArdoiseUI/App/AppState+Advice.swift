import ArdoiseCore

extension AppState {
  /// Asks the runtime for the advice once, when the checklist shows the prevention step and the
  /// advice is not read yet (it reads every case in full, so only when it is shown).
  mutating func adviceIfNeeded() -> [Effect] {
    guard advice == nil, !isLoadingAdvice, let checklist, playbook.steps.indices.contains(checklist.selectedStep),
      playbook.steps[checklist.selectedStep].id == .prevention
    else { return [] }
    isLoadingAdvice = true
    return [.loadAdvice]
  }
}
