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

  /// The sub-actions, then (in the step of the ways to pay) the payment plan and, once a plan is
  /// agreed, its cancellation, (in the prevention step) the measure taken, (in the authorities
  /// step, a court order not served) its service, then the outcomes, of step `stepIndex`.
  static func actionItems(stepIndex: Int, in playbook: Playbook, for incident: Incident? = nil) -> [ActionItem] {
    guard playbook.steps.indices.contains(stepIndex) else { return [] }
    let step = playbook.steps[stepIndex]
    let orderToServe = step.id == .authorities && incident.flatMap(Self.unservedOrder) != nil
      && step.outcomes.contains { $0.effect == .courtOrderMade }
    let plan: [ActionItem] = step.id == .paymentOptions ? (incident?.plan != nil ? [.agreePlan, .cancelPlan] : [.agreePlan]) : []
    return step.subActions.map(ActionItem.subAction) + plan
      + (step.id == .prevention ? [.recordMeasure] : []) + (orderToServe ? [.orderServed] : [])
      + step.outcomes.map(ActionItem.outcome)
  }

  /// The latest court order of `incident`, when it is not yet served.
  static func unservedOrder(of incident: Incident) -> LegalRecord? {
    incident.legal.last { $0.action == .courtOrder }.flatMap { $0.received == nil ? $0 : nil }
  }

  /// After a change to the case was saved: on to the step the guide suggests when the change
  /// asked for it, the selection kept within the step's items.
  mutating func didRecord(on incident: Incident, advancingGuide: Bool, playbook: Playbook) {
    if advancingGuide, let next = incident.currentStep(in: playbook), let index = playbook.index(of: next) {
      selectedStep = index
      selectedItem = 0
      pane = .actions
    }
    let items = Self.actionItems(stepIndex: selectedStep, in: playbook, for: incident).count
    selectedItem = min(selectedItem, max(0, items - 1))
  }
}
