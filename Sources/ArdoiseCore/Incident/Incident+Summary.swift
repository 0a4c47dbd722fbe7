extension Incident {
  /// `3/7 Contacter le client` — the suggested step's position and title; `–` when none is left.
  public func stepSummary(in playbook: Playbook, language: Language) -> String {
    GuideRule.stepSummary(currentStep(in: playbook), in: playbook, language: language)
  }

  /// `ouvert`, `clos : récupéré`, …
  public func statusLabel(_ language: Language) -> String {
    GuideRule.statusLabel(status: status, resolution: resolution, language: language)
  }
}

extension Playbook {
  /// The steps' ids, for messages listing what is possible.
  public var stepIDs: [StepID] { steps.map(\.id) }
}
