/// Which side of the checklist screen has the keyboard.
public enum ChecklistPane: Sendable, Equatable {
  /// The list of steps (jump to any step).
  case steps
  /// The selected step's sub-actions and outcomes.
  case actions
}
