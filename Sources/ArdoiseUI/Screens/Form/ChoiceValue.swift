import ArdoiseCore

/// The value of one option of a choice field, typed: a submission reads the enum it was built
/// from, not a string parsed back.
public enum ChoiceValue: Sendable, Equatable {
  case paymentMethod(PaymentMethod)
  case contactChannel(ContactChannel)
  case contactOutcome(ContactOutcome)
  case evidenceKind(EvidenceKind)
  case debtorKind(DebtorKind)
  case planRhythm(PlanRhythm)
  case measureKind(PreventionMeasure.Kind)

  /// The value as the command line writes it (`card`, `phone`…).
  public var rawValue: String {
    switch self {
    case .paymentMethod(let method): method.rawValue
    case .contactChannel(let channel): channel.rawValue
    case .contactOutcome(let outcome): outcome.rawValue
    case .evidenceKind(let kind): kind.rawValue
    case .debtorKind(let kind): kind.rawValue
    case .planRhythm(let rhythm): rhythm.rawValue
    case .measureKind(let kind): kind.rawValue
    }
  }

  var paymentMethod: PaymentMethod? {
    if case .paymentMethod(let method) = self { return method }
    return nil
  }

  var contactChannel: ContactChannel? {
    if case .contactChannel(let channel) = self { return channel }
    return nil
  }

  var contactOutcome: ContactOutcome? {
    if case .contactOutcome(let outcome) = self { return outcome }
    return nil
  }

  var debtorKind: DebtorKind? {
    if case .debtorKind(let kind) = self { return kind }
    return nil
  }

  var planRhythm: PlanRhythm? {
    if case .planRhythm(let rhythm) = self { return rhythm }
    return nil
  }

  var measureKind: PreventionMeasure.Kind? {
    if case .measureKind(let kind) = self { return kind }
    return nil
  }

  var evidenceKind: EvidenceKind? {
    if case .evidenceKind(let kind) = self { return kind }
    return nil
  }
}
