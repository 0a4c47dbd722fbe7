import ArdoiseCore

/// An entry of the actions pane: a sub-action to tick or an outcome to choose.
enum ActionItem: Equatable {
  case subAction(SubAction)
  case outcome(Outcome)
}
