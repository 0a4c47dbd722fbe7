import ArdoiseCore

/// What a yes/no question confirms.
public enum PendingConfirmation: Sendable, Equatable {
  case close(IncidentID, Resolution, note: String?)
  case reopen(IncidentID)
  case chooseOutcome(IncidentID, StepID, String, OutcomeValue?)
  case discardForm(FormState)
  case quitWithForm
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
