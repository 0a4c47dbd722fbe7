/// Something a person asks to do to a case. ``Incident/decide(_:playbook:policy:)`` turns it into
/// the event to write, or refuses it with a reason.
public enum Intent: Sendable, Equatable {
  case recordPayment(Payment)
  /// Choose an outcome of a step; `value` answers the outcome's ``OutcomeInput``.
  case chooseOutcome(step: StepID, outcome: String, value: OutcomeValue?, note: String?)
  /// Mark a step done, skipped, not applicable or pending again, without an outcome.
  case markStep(StepID, StepStatus, note: String?)
  case toggleSubAction(step: StepID, subAction: String)
  case recordContact(ContactAttempt)
  case addNote(String)
  case addEvidence(Evidence)
  case scheduleFollowUp(CalendarDay?)
  case close(Resolution, note: String?)
  case reopen(note: String?)
  case amend(FactsAmendment)
  case recordDocument(kind: String, file: String)
  case markCustomerIdentified
  case purgePersonalData(reason: String)
  /// Agree an instalment plan for what is outstanding (replacing the plan in force, if any).
  case agreePlan(InstalmentPlan)
  case cancelPlan(note: String?)
  /// Record a prevention measure taken (on the prevention step).
  case recordMeasure(PreventionMeasure)
}

/// The value an outcome asks for.
public enum OutcomeValue: Sendable, Equatable {
  case day(CalendarDay)
  /// For "formal demand sent": the day it was sent and the day the debtor received it.
  case sentAndReceived(sent: CalendarDay, received: CalendarDay)
  case reference(String)
  /// For "paid on the spot": how the customer paid.
  case paymentMethod(PaymentMethod)
}

/// Why an intent was refused, in both languages.
public struct Refusal: Error, Equatable, Sendable {
  public var reason: LocalizedText
  public init(_ reason: LocalizedText) { self.reason = reason }
  public func message(_ language: Language) -> String { reason(language) }
}

/// The restaurant's rules that decisions need.
public struct RecoveryPolicy: Sendable, Equatable {
  /// Days a formal demand gives the debtor (``Config/demandDays(for:debtor:)``).
  public var demandDays: Int
  /// Today, on the restaurant's clock.
  public var today: CalendarDay
  /// Whether the demand's time runs from its receipt (France) or from the letter's date (England
  /// and Wales): ``Jurisdiction/demandTimeRunsFromReceipt``.
  public var demandTimeRunsFromReceipt: Bool

  public init(demandDays: Int = 8, today: CalendarDay, demandTimeRunsFromReceipt: Bool = true) {
    self.demandDays = demandDays
    self.today = today
    self.demandTimeRunsFromReceipt = demandTimeRunsFromReceipt
  }
}
