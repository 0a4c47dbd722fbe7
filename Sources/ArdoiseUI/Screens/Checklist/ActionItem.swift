import ArdoiseCore

/// An entry of the actions pane: a sub-action to tick, the payment plan's form and, once a plan
/// is agreed, its cancellation (in the step of the ways to pay), or an outcome to choose.
enum ActionItem: Equatable {
  case subAction(SubAction)
  case agreePlan
  case cancelPlan
  case outcome(Outcome)
}
