/// What the case list and the figures need of one case: small, derived from the replay, and
/// cached on disk so that a hundred thousand cases open at once. The log stays the truth; a
/// summary is rebuilt whenever its log changes.
///
/// Compact, and shared rather than copied: the fields live once, in an immutable object, with
/// days and amounts as small integers; the store and the screen's list hold the same object.
///
/// The facts of the case are its ``IncidentFacts``, read through the summary as their own
/// fields: `summary.amount`, `summary.occurredAt`, `summary.table`…
@dynamicMemberLookup
public struct IncidentSummary: Sendable, Equatable {
  private let storage: Storage

  public var id: IncidentID { storage.fields.id }
  /// What happened, as last amended.
  public var facts: IncidentFacts { storage.fields.facts }
  /// One of the facts: `summary.amount` is `summary.facts.amount`.
  public subscript<Value>(dynamicMember fact: KeyPath<IncidentFacts, Value>) -> Value { storage.fields.facts[keyPath: fact] }
  // The facts every row of the list reads, named: a key path read from another module is a
  // call into the runtime for each (a tenth of a warm start's building of the rows).
  public var amount: Money { storage.fields.facts.amount }
  public var occurredAt: Timestamp { storage.fields.facts.occurredAt }
  public var table: String? { storage.fields.facts.table }
  public var paid: Money { Money(minorUnits: storage.fields.paid, currency: storage.fields.facts.amount.currency) }
  public var status: IncidentStatus { storage.fields.status }
  public var resolution: Resolution? { storage.fields.resolution }
  public var followUp: CalendarDay? { Self.day(storage.fields.followUp) }
  /// Per step: its status when not pending, and the payments that came in while it was the last
  /// step worked on. Sorted by step id; a step with nothing to say is left out.
  public var steps: [StepTally] { stepTallies }
  public var suggestedNext: StepID? { storage.fields.suggestedNext }
  public var hasIdentifiedCustomer: Bool { storage.fields.hasIdentifiedCustomer }
  public var isPurged: Bool { storage.fields.isPurged }
  public var eventCount: Int { Int(storage.fields.eventCount) }
  /// The day of the last payment, if any.
  public var lastPaymentDay: CalendarDay? { Self.day(storage.fields.lastPaymentDay) }
  /// Why the case is read-only, if it is.
  public var readOnlyReason: LocalizedText? { storage.fields.readOnlyReason }

  /// The step tallies with their money.
  var stepTallies: [StepTally] {
    storage.fields.steps.map {
      StepTally(step: $0.step, status: $0.status, paid: Money(minorUnits: $0.paid, currency: storage.fields.facts.amount.currency),
                paymentCount: Int($0.paymentCount))
    }
  }

  public static func == (lhs: IncidentSummary, rhs: IncidentSummary) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public init(_ stored: StoredIncident) {
    self.init(stored.incident, readOnlyReason: stored.readOnlyReason)
  }

  public init(_ incident: Incident, readOnlyReason: LocalizedText? = nil) {
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
    self.init(
      id: incident.id, facts: incident.facts, paid: incident.paid, status: incident.status, resolution: incident.resolution, followUp: incident.followUp,
      steps: tallies.sorted { $0.step < $1.step }, suggestedNext: incident.suggestedNext,
      hasIdentifiedCustomer: incident.hasIdentifiedCustomer, isPurged: incident.isPurged, eventCount: incident.events.count,
      lastPaymentDay: incident.payments.last?.at.day, readOnlyReason: readOnlyReason)
  }

  /// A summary from its fields (as read back from the cache).
  init(id: IncidentID, facts: IncidentFacts, paid: Money, status: IncidentStatus, resolution: Resolution?, followUp: CalendarDay?,
       steps: [StepTally], suggestedNext: StepID?, hasIdentifiedCustomer: Bool, isPurged: Bool, eventCount: Int,
       lastPaymentDay: CalendarDay?, readOnlyReason: LocalizedText? = nil) {
    var facts = facts
    // A summary keeps a count of covers that fits 32 bits and is not negative, as the cache writes it.
    facts.covers = facts.covers.flatMap(Int32.init(exactly:)).flatMap { $0 < 0 ? nil : Int($0) }
    storage = Storage(Fields(
      id: id, facts: facts, paid: paid.minorUnits,
      followUp: Self.packed(followUp), lastPaymentDay: Self.packed(lastPaymentDay),
      eventCount: Int32(clamping: eventCount), status: status, resolution: resolution,
      hasIdentifiedCustomer: hasIdentifiedCustomer, isPurged: isPurged, suggestedNext: suggestedNext,
      steps: steps.map { CompactTally(step: $0.step, paid: $0.paid.minorUnits, paymentCount: Int32(clamping: $0.paymentCount), status: $0.status) },
      readOnlyReason: readOnlyReason))
  }

  // MARK: - Compact storage

  /// No day: days are kept as days since 1970 in 32 bits.
  private static let noDay = Int32.min

  private static func packed(_ day: CalendarDay?) -> Int32 { day.flatMap { Int32(exactly: $0.daysSince1970) } ?? noDay }

  private static func day(_ packed: Int32) -> CalendarDay? { packed == noDay ? nil : CalendarDay(daysSince1970: Int(packed)) }

  private final class Storage: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  /// The fields, widest first so that they pack without holes.
  private struct Fields: Sendable, Equatable {
    var id: IncidentID
    var facts: IncidentFacts
    var paid: Int64
    var followUp: Int32
    var lastPaymentDay: Int32
    var eventCount: Int32
    var status: IncidentStatus
    var resolution: Resolution?
    var hasIdentifiedCustomer: Bool
    var isPurged: Bool
    var suggestedNext: StepID?
    var steps: [CompactTally]
    var readOnlyReason: LocalizedText?
  }

  /// A step tally without its currency (the case's).
  private struct CompactTally: Sendable, Equatable {
    var step: StepID
    var paid: Int64
    var paymentCount: Int32
    var status: StepStatus
  }

  public var currency: Currency { storage.fields.facts.amount.currency }
  public var isOpen: Bool { status == .open }
  public var isReadOnly: Bool { readOnlyReason != nil }

  /// What is still owed (never below zero).
  public var outstanding: Money {
    let rest = facts.amount - paid
    return rest.minorUnits < 0 ? .zero(currency) : rest
  }

  public func isOverdue(today: CalendarDay) -> Bool {
    guard isOpen, let followUp else { return false }
    return followUp < today
  }

  /// The status of `step` (pending when never marked).
  public func status(of step: StepID) -> StepStatus {
    for tally in storage.fields.steps where tally.step == step { return tally.status }
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
    case .open: return LocalizedText("ouvert", "open")(language)
    case .closed:
      guard let resolution else { return LocalizedText("clos", "closed")(language) }
      return LocalizedText("clos : ", "closed: ")(language) + resolution.label(language)
    }
  }
}
