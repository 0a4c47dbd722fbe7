import ArdoiseCore

/// The checklist screen of one case.
public struct ChecklistState: Sendable, Equatable {
  public var incident: IncidentID
  /// The step shown in detail (an index into the playbook).
  public var selectedStep: Int
  public var pane: ChecklistPane = .actions
  /// The selected item among the step's sub-actions then outcomes.
  public var selectedItem = 0

  public init(incident: IncidentID, selectedStep: Int) {
    self.incident = incident
    self.selectedStep = selectedStep
  }

  /// The checklist of `incident` on its current step, keyboard on the step's actions.
  init(opening incident: Incident, playbook: Playbook) {
    let current = incident.currentStep(in: playbook).flatMap { playbook.index(of: $0) } ?? 0
    self.init(incident: incident.id, selectedStep: current)
  }

  /// The sub-actions, then (in the step of the ways to pay) the payment plan and, when `hasPlan`,
  /// its cancellation, then the outcomes, of step `stepIndex`.
  static func actionItems(stepIndex: Int, in playbook: Playbook, hasPlan: Bool = false) -> [ActionItem] {
    guard playbook.steps.indices.contains(stepIndex) else { return [] }
    let step = playbook.steps[stepIndex]
    let plan: [ActionItem] = step.id == .paymentOptions ? (hasPlan ? [.agreePlan, .cancelPlan] : [.agreePlan]) : []
    return step.subActions.map(ActionItem.subAction) + plan
      + step.outcomes.map(ActionItem.outcome)
  }

  /// After a change to the case was saved: on to the step the guide suggests when the change
  /// asked for it, the selection kept within the step's items.
  mutating func didRecord(on incident: Incident, advancingGuide: Bool, playbook: Playbook) {
    if advancingGuide, let next = incident.currentStep(in: playbook), let index = playbook.index(of: next) {
      selectedStep = index
      selectedItem = 0
      pane = .actions
    }
    let items = Self.actionItems(stepIndex: selectedStep, in: playbook, hasPlan: incident.plan != nil).count
    selectedItem = min(selectedItem, max(0, items - 1))
  }
}
