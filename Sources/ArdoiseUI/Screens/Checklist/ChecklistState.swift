import ArdoiseCore

/// Which side of the checklist screen has the keyboard.
public enum ChecklistPane: Sendable, Equatable {
  /// The list of steps (jump to any step).
  case steps
  /// The selected step's sub-actions and outcomes.
  case actions
}

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
}
