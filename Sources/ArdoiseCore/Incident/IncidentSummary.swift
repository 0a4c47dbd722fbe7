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
  /// Per step: its status when not pending, and the payments that came in while it was the last
  /// step worked on. Sorted by step id; a step with nothing to say is left out. One small array
  /// rather than dictionaries: ten thousand summaries are read at every start.
  public var steps: [StepTally]
  public var suggestedNext: StepID?
  public var hasIdentifiedCustomer: Bool
  public var isPurged: Bool
  public var eventCount: Int
  /// The day of the last payment, if any.
  public var lastPaymentDay: CalendarDay?
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
    suggestedNext = incident.suggestedNext
    hasIdentifiedCustomer = incident.hasIdentifiedCustomer
    isPurged = incident.isPurged
    eventCount = incident.events.count
    lastPaymentDay = incident.payments.last?.at.day
    var tallies: [StepTally] = []
    for (step, progress) in incident.steps where progress.status != .pending {
      tallies.append(StepTally(step: step, status: progress.status, paid: .zero(incident.currency), paymentCount: 0))
    }
    // Money received is credited to the step last worked on when it came in.
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
      guard let received else { continue }
      if let index = tallies.firstIndex(where: { $0.step == lastStep }) {
        tallies[index].paid = tallies[index].paid + received
        tallies[index].paymentCount += 1
      } else {
        tallies.append(StepTally(step: lastStep, status: .pending, paid: received, paymentCount: 1))
      }
    }
    steps = tallies.sorted { $0.step < $1.step }
    self.readOnlyReason = readOnlyReason
  }

  /// A summary as read back from the cache.
  init(id: IncidentID, occurredAt: Timestamp, amount: Money, paid: Money, table: String?, covers: Int?, server: String?, bill: String?,
       summary: String?, customerDescription: String?, status: IncidentStatus, resolution: Resolution?, followUp: CalendarDay?,
       steps: [StepTally], suggestedNext: StepID?, hasIdentifiedCustomer: Bool, isPurged: Bool, eventCount: Int,
       lastPaymentDay: CalendarDay?) {
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
    self.steps = steps
    self.suggestedNext = suggestedNext
    self.hasIdentifiedCustomer = hasIdentifiedCustomer
    self.isPurged = isPurged
    self.eventCount = eventCount
    self.lastPaymentDay = lastPaymentDay
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

  /// The status of `step` (pending when never marked).
  public func status(of step: StepID) -> StepStatus {
    for tally in steps where tally.step == step { return tally.status }
    return .pending
  }

  /// The step the guide suggests, by the same rule as ``Incident/currentStep(in:)``.
  public func currentStep(in playbook: Playbook) -> StepID? {
    GuideRule.currentStep(in: playbook, isOpen: isOpen, suggestedNext: suggestedNext) { status(of: $0) }
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

/// What a summary keeps of one step.
public struct StepTally: Sendable, Equatable {
  public var step: StepID
  /// Pending when the step was never marked (it may still have payments credited to it).
  public var status: StepStatus
  /// Money received while this was the last step worked on.
  public var paid: Money
  public var paymentCount: Int

  public init(step: StepID, status: StepStatus, paid: Money, paymentCount: Int) {
    self.step = step
    self.status = status
    self.paid = paid
    self.paymentCount = paymentCount
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
