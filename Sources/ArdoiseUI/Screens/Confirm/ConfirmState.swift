import ArdoiseCore

/// What a yes/no question confirms.
public enum PendingConfirmation: Sendable, Equatable {
  case close(IncidentID, Resolution, note: String?)
  case reopen(IncidentID)
  case chooseOutcome(IncidentID, StepID, String, OutcomeValue?)
  case discardForm(FormState)
  /// Quit though a form holds typed text; the form comes back as it was when the answer is no.
  case quitWithForm(FormState)
  /// Removing the customer's details from `people/`.
  case removeCustomer(IncidentID)
  /// Cancelling the case's payment plan (as `ardoise plan ID --cancel`).
  case cancelPlan(IncidentID)
  /// An email shown in the question: yes hands it to the mail transport.
  case sendEmail(EmailDraft)
}

/// A yes/no question before anything destructive or final.
public struct ConfirmState: Sendable, Equatable {
  public var question: String
  public var pending: PendingConfirmation
  public init(question: String, pending: PendingConfirmation) {
    self.question = question
    self.pending = pending
  }
}
