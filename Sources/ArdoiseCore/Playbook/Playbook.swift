/// The guided recovery checklist: an ordered list of steps, each with its guidance, its legal
/// guardrails, sub-actions to tick and outcomes that move the case on.
///
/// The built-in playbook is ``Playbook/standard``; a restaurant may replace or extend it with a
/// `playbook.toml` in its data directory (see `Playbook+TOML.swift`).
public struct Playbook: Sendable, Equatable {
  public var steps: [PlaybookStep]

  public init(steps: [PlaybookStep]) {
    self.steps = steps
  }

  /// The step with `id`, if the playbook has it.
  public func step(_ id: StepID) -> PlaybookStep? { steps.first { $0.id == id } }

  /// The 0-based position of `id` in the playbook.
  public func index(of id: StepID) -> Int? { steps.firstIndex { $0.id == id } }
}

/// One step of the playbook.
public struct PlaybookStep: Sendable, Equatable, Identifiable {
  public var id: StepID
  public var title: LocalizedText
  /// What to do and why, in a few sentences.
  public var guidance: LocalizedText
  /// What staff may and may not do at this step.
  public var guardrails: [Guardrail]
  /// Small actions to tick while doing the step.
  public var subActions: [SubAction]
  /// The ways this step can end; choosing one records it and moves the guide on.
  public var outcomes: [Outcome]

  public init(id: StepID, title: LocalizedText, guidance: LocalizedText, guardrails: [Guardrail] = [],
              subActions: [SubAction] = [], outcomes: [Outcome] = []) {
    self.id = id
    self.title = title
    self.guidance = guidance
    self.guardrails = guardrails
    self.subActions = subActions
    self.outcomes = outcomes
  }

  public func outcome(_ id: String) -> Outcome? { outcomes.first { $0.id == id } }
}

/// A legal limit or permission shown with a step.
public struct Guardrail: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Something staff may do (shown with a check mark).
    case allowed = "may"
    /// Something staff must not do (shown with a cross).
    case forbidden = "must-not"
  }

  public var kind: Kind
  public var text: LocalizedText
  /// Where the rule comes from, e.g. `art. 73 CPP`, in the reader's language (« art. 14 RGPD »,
  /// “art. 14 GDPR”); a `playbook.toml` source reads the same in both.
  public var source: LocalizedText?
  /// The ``LegalRegistry`` fact the rule rests on, for the built-in guardrails.
  public var factID: String?

  public init(_ kind: Kind, _ text: LocalizedText, source: String? = nil) {
    self.kind = kind
    self.text = text
    self.source = source.map { LocalizedText($0, $0) }
  }

  /// A guardrail resting on a registry fact: its text's `{{law.ID}}` placeholders are filled from
  /// the registry, and its source is the fact's short reference.
  public init(_ kind: Kind, _ text: LocalizedText, fact: String?) {
    self.kind = kind
    self.text = LegalRegistry.resolve(text)
    self.factID = fact
    self.source = fact.map(LegalRegistry.short)
  }
}

/// A small action to tick within a step.
public struct SubAction: Sendable, Equatable, Identifiable {
  public var id: String
  public var label: LocalizedText

  public init(id: String, label: LocalizedText) {
    self.id = id
    self.label = label
  }
}

/// A way a step can end.
public struct Outcome: Sendable, Equatable, Identifiable {
  public var id: String
  public var label: LocalizedText
  /// What choosing this outcome does to the case.
  public var effect: OutcomeEffect
  /// The step the guide suggests next; nil means the next pending step in order.
  public var next: StepID?
  /// Whether choosing this outcome completes the step (`true`), or records it while the step
  /// stays pending (`false`: "no answer yet, try again later").
  public var completesStep: Bool

  public init(id: String, label: LocalizedText, effect: OutcomeEffect = .moveOn, next: StepID? = nil,
              completesStep: Bool = true) {
    self.id = id
    self.label = label
    self.effect = effect
    self.next = next
    self.completesStep = completesStep
  }
}

/// What an outcome does besides marking its step.
public enum OutcomeEffect: String, Sendable, Equatable, CaseIterable {
  /// Nothing more: the guide moves to the next step.
  case moveOn = "move-on"
  /// The customer paid the whole outstanding balance now: records the payment, closes as recovered.
  case paidInFull = "paid-in-full"
  /// It was a misunderstanding or the bill was in fact paid: closes as an honest mistake.
  case honestMistake = "honest-mistake"
  /// A misunderstanding, and the customer pays the whole outstanding balance now: records the
  /// payment, closes as an honest mistake.
  case honestMistakePaid = "honest-mistake-paid"
  /// The customer promised to pay: asks for the promised day, which becomes the follow-up day.
  case promiseToPay = "promise-to-pay"
  /// A complaint was filed: asks for the receipt number.
  case complaintFiled = "complaint-filed"
  /// A formal demand was sent: asks for the day it was sent; the deadline follows from the config.
  case demandSent = "demand-sent"
  /// A request was made to the court: asks for the court and the reference.
  case courtRequested = "court-requested"
  /// The court made its order: asks for the day it was made (and, from the command line, the day
  /// it was served); the agenda then counts the time to serve it and the time to object.
  case courtOrderMade = "court-order-made"
  /// The restaurant gives up on the money: closes as written off.
  case writeOff = "write-off"

  /// What the person must type when choosing an outcome with this effect.
  public var requiredInput: OutcomeInput? {
    switch self {
    case .moveOn, .paidInFull, .honestMistake, .honestMistakePaid, .writeOff: nil
    case .promiseToPay: .day
    case .complaintFiled, .courtRequested: .reference
    case .demandSent, .courtOrderMade: .day
    }
  }
}

/// The one extra value an outcome asks for.
public enum OutcomeInput: Sendable, Equatable {
  /// A calendar day (promise date, date the demand was sent).
  case day
  /// A reference (complaint receipt number, court and case reference).
  case reference
}
