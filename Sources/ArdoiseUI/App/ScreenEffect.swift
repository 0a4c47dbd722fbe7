import ArdoiseCore

/// What a screen's `update` asks of the app: work for the runtime, or a change that only the app
/// makes because it spans screens (what is on top, the status line, which case is open). The app
/// carries them out in order (``AppState/perform(_:)``).
enum ScreenEffect: Sendable, Equatable {
  /// Work for the runtime (write to the store, write a document, change the theme…).
  case run(Effect)
  /// Puts a screen on top, in place of any other.
  case present(Overlay)
  /// Closes what is on top.
  case dismiss
  /// Says something in the status line.
  case status(StatusMessage)
  /// The user asked to quit: the app asks first when a form holds typed text.
  case quit
  /// Quits now (already confirmed).
  case finish
  /// Opens the checklist of a case (read in full first if it is not yet).
  case openCase(IncidentID)
  /// Opens the checklist of a case on a given step (its current step when nil).
  case openCaseAtStep(IncidentID, StepID?)
  /// Back from the checklist to the list, the selection on this case.
  case leaveCase(IncidentID)
}
