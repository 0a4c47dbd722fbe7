extension Incident {
  /// `3/7 Contacter le client` — the suggested step's position and title; `–` when none is left.
  public func stepSummary(in playbook: Playbook, language: Language) -> String {
    guard let current = currentStep(in: playbook), let index = playbook.index(of: current),
      let step = playbook.step(current)
    else { return "–" }
    return "\(index + 1)/\(playbook.steps.count) " + step.title(language)
  }

  /// `ouvert`, `clos : récupéré`, …
  public func statusLabel(_ language: Language) -> String {
    switch status {
    case .open: return L("ouvert", "open")(language)
    case .closed:
      let resolutionText = resolution.map { $0.label(language) } ?? ""
      return L("clos", "closed")(language) + (resolutionText.isEmpty ? "" : " : ".replacingOccurrences(of: " :", with: language == .french ? " :" : ":") + resolutionText)
    }
  }
}

extension Playbook {
  /// The steps' ids, for messages listing what is possible.
  public var stepIDs: [StepID] { steps.map(\.id) }
}
