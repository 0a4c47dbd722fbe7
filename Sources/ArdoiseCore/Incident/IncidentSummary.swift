/// What the case list and the figures need of one case: small, derived from the replay, and
/// cached on disk so that ten thousand cases open at once. The log stays the truth; a summary is
/// rebuilt whenever its log changes.
public struct IncidentSummary: Sendable, Equatable {
  public var id: IncidentID
  public var occurredAt: Timestamp
  public var amount: Money
  public var paid: Money
  public var table: String?
  public var covers: Int?
  public var server: String?
  public var bill: String?
  public var summary: String?
  public var customerDescription: String?
  public var status: IncidentStatus
  public var resolution: Resolution?
  public var followUp: CalendarDay?
  /// Steps that are not pending, with their status.
  public var settledSteps: [StepID: StepStatus]
  public var suggestedNext: StepID?
  public var hasIdentifiedCustomer: Bool
  public var isPurged: Bool
  public var eventCount: Int
  /// The day of the last payment, if any.
  public var lastPaymentDay: CalendarDay?
  /// Money received, by the step that was last worked on when it came in.
  public var paidByStep: [StepID: Money]
  /// Payments received, by the same steps.
  public var paymentsByStep: [StepID: Int]
  /// Why the case is read-only, if it is.
  public var readOnlyReason: LocalizedText?

  public init(_ stored: StoredIncident) {
    self.init(stored.incident, readOnlyReason: stored.readOnlyReason)
  }

  public init(_ incident: Incident, readOnlyReason: LocalizedText? = nil) {
    id = incident.id
    occurredAt = incident.facts.occurredAt
    amount = incident.facts.amount
    paid = incident.paid
    table = incident.facts.table
    covers = incident.facts.covers
    server = incident.facts.server
    bill = incident.facts.bill
    summary = incident.facts.summary
    customerDescription = incident.facts.customerDescription
    status = incident.status
    resolution = incident.resolution
    followUp = incident.followUp
    settledSteps = incident.steps.compactMapValues { $0.status == .pending ? nil : $0.status }
    suggestedNext = incident.suggestedNext
    hasIdentifiedCustomer = incident.hasIdentifiedCustomer
    isPurged = incident.isPurged
    eventCount = incident.events.count
    lastPaymentDay = incident.payments.last?.at.day
    var byStep: [StepID: Money] = [:]
    var countByStep: [StepID: Int] = [:]
    var lastStep = StepID.catchUp
    for event in incident.events {
      var received: Money?
      switch event.body {
      case .stepRecorded(let record):
        lastStep = record.step
        received = record.payment?.amount
      case .paymentRecorded(let payment, _):
        received = payment.amount
      default:
        break
      }
      if let received {
        byStep[lastStep] = (byStep[lastStep] ?? .zero(received.currency)) + received
        countByStep[lastStep, default: 0] += 1
      }
    }
    paidByStep = byStep
    paymentsByStep = countByStep
    self.readOnlyReason = readOnlyReason
  }

  /// A summary as read back from the cache.
  init(id: IncidentID, occurredAt: Timestamp, amount: Money, paid: Money, table: String?, covers: Int?, server: String?, bill: String?,
       summary: String?, customerDescription: String?, status: IncidentStatus, resolution: Resolution?, followUp: CalendarDay?,
       settledSteps: [StepID: StepStatus], suggestedNext: StepID?, hasIdentifiedCustomer: Bool, isPurged: Bool, eventCount: Int,
       lastPaymentDay: CalendarDay?, paidByStep: [StepID: Money], paymentsByStep: [StepID: Int]) {
    self.id = id
    self.occurredAt = occurredAt
    self.amount = amount
    self.paid = paid
    self.table = table
    self.covers = covers
    self.server = server
    self.bill = bill
    self.summary = summary
    self.customerDescription = customerDescription
    self.status = status
    self.resolution = resolution
    self.followUp = followUp
    self.settledSteps = settledSteps
    self.suggestedNext = suggestedNext
    self.hasIdentifiedCustomer = hasIdentifiedCustomer
    self.isPurged = isPurged
    self.eventCount = eventCount
    self.lastPaymentDay = lastPaymentDay
    self.paidByStep = paidByStep
    self.paymentsByStep = paymentsByStep
    readOnlyReason = nil
  }

  public var currency: Currency { amount.currency }
  public var isOpen: Bool { status == .open }
  public var isReadOnly: Bool { readOnlyReason != nil }

  /// What is still owed (never below zero).
  public var outstanding: Money {
    let rest = amount - paid
    return rest.minorUnits < 0 ? .zero(currency) : rest
  }

  public func isOverdue(today: CalendarDay) -> Bool {
    guard isOpen, let followUp else { return false }
    return followUp < today
  }

  /// The step the guide suggests, by the same rule as ``Incident/currentStep(in:)``.
  public func currentStep(in playbook: Playbook) -> StepID? {
    GuideRule.currentStep(in: playbook, isOpen: isOpen, suggestedNext: suggestedNext) { settledSteps[$0] ?? .pending }
  }

  /// `3/7 Contacter le client`, or `–` when no step is left.
  public func stepSummary(in playbook: Playbook, language: Language) -> String {
    GuideRule.stepSummary(currentStep(in: playbook), in: playbook, language: language)
  }

  /// `ouvert`, `clos : récupéré`, …
  public func statusLabel(_ language: Language) -> String {
    GuideRule.statusLabel(status: status, resolution: resolution, language: language)
  }
}

/// How the guide's current step is written.
public enum GuideText {
  /// `3/7 Contacter le client`, or `–` when no step is left.
  public static func stepSummary(_ current: StepID?, in playbook: Playbook, language: Language) -> String {
    GuideRule.stepSummary(current, in: playbook, language: language)
  }
}

/// The guide's rules, shared by full cases and summaries.
enum GuideRule {
  /// The step the last outcome pointed to while it is pending, else the first pending step in
  /// playbook order (prevention last); for a closed case, prevention while pending, else none.
  static func currentStep(in playbook: Playbook, isOpen: Bool, suggestedNext: StepID?, status: (StepID) -> StepStatus) -> StepID? {
    // Allocation-free: this runs for every row of the case list.
    var firstPending: StepID?
    var firstPendingBesidesPrevention: StepID?
    var isPreventionPending = false
    var isSuggestedPending = false
    for step in playbook.steps where status(step.id) == .pending {
      if firstPending == nil { firstPending = step.id }
      if step.id == .prevention { isPreventionPending = true } else if firstPendingBesidesPrevention == nil {
        firstPendingBesidesPrevention = step.id
      }
      if step.id == suggestedNext { isSuggestedPending = true }
    }
    if !isOpen { return isPreventionPending ? .prevention : nil }
    if isSuggestedPending, let next = suggestedNext { return next }
    return firstPendingBesidesPrevention ?? firstPending
  }

  static func stepSummary(_ current: StepID?, in playbook: Playbook, language: Language) -> String {
    guard let current, let index = playbook.index(of: current), let step = playbook.step(current) else { return "–" }
    return "\(index + 1)/\(playbook.steps.count) " + step.title(language)
  }

  static func statusLabel(status: IncidentStatus, resolution: Resolution?, language: Language) -> String {
    switch status {
    case .open: return L("ouvert", "open")(language)
    case .closed:
      guard let resolution else { return L("clos", "closed")(language) }
      return L("clos : ", "closed: ")(language) + resolution.label(language)
    }
  }
}
