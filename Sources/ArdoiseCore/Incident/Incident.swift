/// Whether a case is still being worked on.
public enum IncidentStatus: String, Sendable, Codable {
  case open, closed
}

/// The progress of one checklist step within a case.
public struct StepProgress: Sendable, Equatable {
  public var status: StepStatus
  public var outcome: String?
  public var note: String?
  /// When the step was last marked.
  public var at: Timestamp?
  public var by: String?
  /// Sub-actions ticked.
  public var ticked: Set<String>

  public init(status: StepStatus = .pending, outcome: String? = nil, note: String? = nil, at: Timestamp? = nil,
              by: String? = nil, ticked: Set<String> = []) {
    self.status = status
    self.outcome = outcome
    self.note = note
    self.at = at
    self.by = by
    self.ticked = ticked
  }
}

/// A payment with when and by whom it was recorded.
public struct PaymentEntry: Sendable, Equatable {
  public var payment: Payment
  public var at: Timestamp
  public var by: String
}

/// A contact attempt with when and by whom.
public struct ContactEntry: Sendable, Equatable {
  public var attempt: ContactAttempt
  public var at: Timestamp
  public var by: String
}

/// A note with when and by whom.
public struct NoteEntry: Sendable, Equatable {
  public var text: String
  public var at: Timestamp
  public var by: String
}

/// A document generated for the case.
public struct DocumentEntry: Sendable, Equatable {
  public var kind: String
  public var file: String
  public var at: Timestamp
}

/// One walkout case: the replay of its events. Never stored as such; always derived.
public struct Incident: Sendable, Equatable, Identifiable {
  public var id: IncidentID
  public var facts: IncidentFacts
  public var openedAt: Timestamp
  public var openedBy: String
  public var status: IncidentStatus = .open
  public var resolution: Resolution?
  public var closedAt: Timestamp?
  public var steps: [StepID: StepProgress] = [:]
  /// The step the last outcome pointed to.
  public var suggestedNext: StepID?
  public var payments: [PaymentEntry] = []
  public var contacts: [ContactEntry] = []
  public var notes: [NoteEntry] = []
  public var evidence: [Evidence] = []
  public var legal: [LegalRecord] = []
  public var documents: [DocumentEntry] = []
  /// Prevention measures taken, recorded on this case.
  public var measures: [MeasureEntry] = []
  public var followUp: CalendarDay?
  public var promisedDay: CalendarDay?
  public var hasIdentifiedCustomer = false
  public var isPurged = false
  /// The instalment plan in force, if any.
  public var plan: InstalmentPlan?
  /// What had been paid when the plan in force was agreed: later payments go to its instalments.
  public var paidBeforePlan: Money?
  /// Every event, in replay order (recorded time, then id).
  public var events: [Event] = []

  public init(id: IncidentID, facts: IncidentFacts, openedAt: Timestamp, openedBy: String) {
    self.id = id
    self.facts = facts
    self.openedAt = openedAt
    self.openedBy = openedBy
  }

  public var currency: Currency { facts.amount.currency }
  public var isOpen: Bool { status == .open }

  /// Money received so far.
  public var paid: Money {
    payments.reduce(Money.zero(currency)) { $0 + $1.payment.amount }
  }

  /// What is still owed (never below zero).
  public var outstanding: Money {
    let rest = facts.amount - paid
    return rest.minorUnits < 0 ? .zero(currency) : rest
  }

  public var hasOutstandingBalance: Bool { outstanding.isPositive }

  /// The progress of `step` (pending when never touched).
  public func progress(of step: StepID) -> StepProgress { steps[step] ?? StepProgress() }

  /// What was paid towards the plan in force since it was agreed.
  public var paidTowardsPlan: Money {
    guard let paidBeforePlan else { return .zero(currency) }
    let towards = paid - paidBeforePlan
    return towards.minorUnits < 0 ? .zero(currency) : towards
  }

  /// The plan's instalments on `today`, payments allocated in order; empty without a plan.
  public func planStandings(today: CalendarDay) -> [InstalmentStanding] {
    plan?.standings(paid: paidTowardsPlan, today: today) ?? []
  }

  /// The last contact attempt, if any.
  public var lastContact: ContactEntry? { contacts.max { $0.at < $1.at } }

  /// Whether the follow-up day has passed on `today` while the case is open.
  public func isOverdue(today: CalendarDay) -> Bool {
    guard isOpen, let followUp else { return false }
    return followUp < today
  }

  /// The step the guide suggests now: the step the last outcome pointed to while it is pending,
  /// else the first pending step in playbook order (prevention last). For a closed case,
  /// prevention while it is pending, else none.
  public func currentStep(in playbook: Playbook) -> StepID? {
    GuideRule.currentStep(in: playbook, isOpen: isOpen, suggestedNext: suggestedNext) { progress(of: $0).status }
  }
}
