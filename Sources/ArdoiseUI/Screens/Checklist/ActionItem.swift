import ArdoiseCore

/// An entry of the actions pane: a sub-action to tick, the payment plan's form and, once a plan
/// is agreed, its cancellation (in the step of the ways to pay), a measure taken (in the
/// prevention step), or an outcome to choose.
enum ActionItem: Equatable {
  case subAction(SubAction)
  case agreePlan
  case cancelPlan
  /// On the prevention step: recording a measure taken (a form).
  case recordMeasure
  /// On the authorities step, once a court order is recorded and not yet served: the day it was
  /// served (a form), recorded as the order again with that day.
  case orderServed
  case outcome(Outcome)
}
