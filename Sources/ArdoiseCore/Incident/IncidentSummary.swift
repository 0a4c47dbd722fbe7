/// What the case list and the figures need of one case: small, derived from the replay, and
/// cached on disk so that a hundred thousand cases open at once. The log stays the truth; a
/// summary is rebuilt whenever its log changes.
///
/// Compact, and shared rather than copied: the fields live once, in one immutable object with the
/// step tallies stored after them (one allocation per case, no array of its own), days, amounts,
/// the instant and the count of covers as small integers, and the rare reason for being read-only
/// behind a pointer; the store and the screen's list hold the same object. A hundred thousand
/// summaries took 38 MiB as an object and an array each, 29 MiB this way (heaptrack).
///
/// The facts of the case are its ``IncidentFacts``, read through the summary as their own
/// fields: `summary.amount`, `summary.occurredAt`, `summary.table`…
@dynamicMemberLookup
public struct IncidentSummary: Sendable, Equatable {
  private let shared: Shared
  private var storage: Storage { shared.storage }

  public var id: IncidentID { storage.header.id }
  /// What happened, as last amended.
  public var facts: IncidentFacts {
    let fields = storage.header
    return IncidentFacts(
      occurredAt: Timestamp(secondsSince1970: fields.occurredAtSeconds, offsetSeconds: fields.occurredAtOffset),
      amount: Money(minorUnits: fields.amount, currency: fields.currency), table: fields.table,
      covers: fields.covers == Self.noCovers ? nil : Int(fields.covers), server: fields.server, bill: fields.bill,
      summary: fields.summary, customerDescription: fields.customerDescription)
  }
  /// One of the facts: `summary.amount` is `summary.facts.amount`.
  public subscript<Value>(dynamicMember fact: KeyPath<IncidentFacts, Value>) -> Value { facts[keyPath: fact] }
  // Each fact read without making the others (the list reads them for every case).
  public var occurredAt: Timestamp {
    Timestamp(secondsSince1970: storage.header.occurredAtSeconds, offsetSeconds: storage.header.occurredAtOffset)
  }
  public var amount: Money { Money(minorUnits: storage.header.amount, currency: storage.header.currency) }
  public var table: String? { storage.header.table }
  public var covers: Int? { storage.header.covers == Self.noCovers ? nil : Int(storage.header.covers) }
  public var server: String? { storage.header.server }
  public var bill: String? { storage.header.bill }
  public var summary: String? { storage.header.summary }
  public var customerDescription: String? { storage.header.customerDescription }
  public var paid: Money { Money(minorUnits: storage.header.paid, currency: storage.header.currency) }
  public var status: IncidentStatus { storage.header.status }
  public var resolution: Resolution? { storage.header.resolution }
  public var followUp: CalendarDay? { Self.day(storage.header.followUp) }
  /// Per step: its status when not pending, and the payments that came in while it was the last
  /// step worked on. Sorted by step id; a step with nothing to say is left out.
  public var steps: [StepTally] { stepTallies }
  public var suggestedNext: StepID? { storage.header.suggestedNext }
  public var hasIdentifiedCustomer: Bool { storage.header.hasIdentifiedCustomer }
  public var isPurged: Bool { storage.header.isPurged }
  public var eventCount: Int { Int(storage.header.eventCount) }
  /// The day of the last payment, if any.
  public var lastPaymentDay: CalendarDay? { Self.day(storage.header.lastPaymentDay) }
  /// Why the case is read-only, if it is.
  public var readOnlyReason: LocalizedText? { storage.header.readOnlyReason?.value }

  /// The step tallies with their money.
  var stepTallies: [StepTally] {
    let currency = storage.header.currency
    return storage.withTallies { tallies in
      tallies.map {
        StepTally(step: $0.step, status: $0.status, paid: Money(minorUnits: $0.paid, currency: currency), paymentCount: Int($0.paymentCount))
      }
    }
  }

  public static func == (lhs: IncidentSummary, rhs: IncidentSummary) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.storage.header == rhs.storage.header
        && lhs.storage.withTallies { left in rhs.storage.withTallies { right in left.elementsEqual(right) } })
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
  ///
  /// A count of covers is kept when it fits 32 bits and is not negative, as the cache writes it;
  /// an event count beyond 32 bits is kept as the largest 32-bit one, and a day outside 32 bits of
  /// days since 1970 as none (the bounds of a log hold days to the years 1900–2100).
  init(id: IncidentID, facts: IncidentFacts, paid: Money, status: IncidentStatus, resolution: Resolution?, followUp: CalendarDay?,
       steps: [StepTally], suggestedNext: StepID?, hasIdentifiedCustomer: Bool, isPurged: Bool, eventCount: Int,
       lastPaymentDay: CalendarDay?, readOnlyReason: LocalizedText? = nil) {
    let fields = Fields(
      id: id, occurredAtSeconds: facts.occurredAt.secondsSince1970, amount: facts.amount.minorUnits, paid: paid.minorUnits,
      currency: facts.amount.currency, table: facts.table, server: facts.server, bill: facts.bill, summary: facts.summary,
      customerDescription: facts.customerDescription, suggestedNext: suggestedNext, readOnlyReason: readOnlyReason.map(Boxed.init),
      occurredAtOffset: facts.occurredAt.offsetSeconds,
      covers: facts.covers.flatMap(Int32.init(exactly:)).flatMap { $0 < 0 ? nil : $0 } ?? Self.noCovers,
      followUp: Self.packed(followUp), lastPaymentDay: Self.packed(lastPaymentDay), eventCount: Int32(clamping: eventCount),
      tallyCount: Int32(steps.count), status: status, resolution: resolution, hasIdentifiedCustomer: hasIdentifiedCustomer,
      isPurged: isPurged)
    shared = Shared(storage: Storage.make(fields, tallies: steps.lazy.map {
      CompactTally(step: $0.step, paid: $0.paid.minorUnits, paymentCount: Int32(clamping: $0.paymentCount), status: $0.status)
    }))
  }

  // MARK: - Compact storage

  /// No day: days are kept as days since 1970 in 32 bits.
  private static let noDay = Int32.min
  /// No count of covers (a count kept is never negative).
  private static let noCovers: Int32 = -1

  private static func packed(_ day: CalendarDay?) -> Int32 { day.flatMap { Int32(exactly: $0.daysSince1970) } ?? noDay }

  private static func day(_ packed: Int32) -> CalendarDay? { packed == noDay ? nil : CalendarDay(daysSince1970: Int(packed)) }

  /// The storage, which is never changed once made and so may be shared between threads
  /// (`ManagedBuffer` is not `Sendable` itself, whatever it holds).
  private struct Shared: @unchecked Sendable {
    let storage: Storage
  }

  /// The fields, then the step tallies in the same allocation (`ManagedBuffer`, from the
  /// standard library).
  private final class Storage: ManagedBuffer<Fields, CompactTally> {
    static func make<Tallies: Collection>(_ fields: Fields, tallies: Tallies) -> Storage where Tallies.Element == CompactTally {
      let buffer = create(minimumCapacity: tallies.count) { _ in fields }
      buffer.withUnsafeMutablePointerToElements { elements in
        var next = elements
        for tally in tallies {
          next.initialize(to: tally)
          next += 1
        }
      }
      return unsafeDowncast(buffer, to: Storage.self)
    }

    func withTallies<Result>(_ body: (UnsafeBufferPointer<CompactTally>) -> Result) -> Result {
      withUnsafeMutablePointers { fields, elements in body(UnsafeBufferPointer(start: elements, count: Int(fields.pointee.tallyCount))) }
    }

    deinit {
      _ = withUnsafeMutablePointers { fields, elements in elements.deinitialize(count: Int(fields.pointee.tallyCount)) }
    }
  }

  /// The fields, widest first so that they pack without holes.
  private struct Fields: Equatable {
    var id: IncidentID
    var occurredAtSeconds: Int64
    var amount: Int64
    var paid: Int64
    var currency: Currency
    var table: String?
    var server: String?
    var bill: String?
    var summary: String?
    var customerDescription: String?
    var suggestedNext: StepID?
    /// Rare (a damaged or newer log): kept out of line.
    var readOnlyReason: Boxed<LocalizedText>?
    var occurredAtOffset: Int32
    var covers: Int32
    var followUp: Int32
    var lastPaymentDay: Int32
    var eventCount: Int32
    var tallyCount: Int32
    var status: IncidentStatus
    var resolution: Resolution?
    var hasIdentifiedCustomer: Bool
    var isPurged: Bool

    static func == (lhs: Fields, rhs: Fields) -> Bool {
      lhs.id == rhs.id && lhs.occurredAtSeconds == rhs.occurredAtSeconds && lhs.amount == rhs.amount && lhs.paid == rhs.paid
        && lhs.currency == rhs.currency && lhs.table == rhs.table && lhs.server == rhs.server && lhs.bill == rhs.bill
        && lhs.summary == rhs.summary && lhs.customerDescription == rhs.customerDescription && lhs.suggestedNext == rhs.suggestedNext
        && lhs.readOnlyReason?.value == rhs.readOnlyReason?.value && lhs.occurredAtOffset == rhs.occurredAtOffset
        && lhs.covers == rhs.covers && lhs.followUp == rhs.followUp && lhs.lastPaymentDay == rhs.lastPaymentDay
        && lhs.eventCount == rhs.eventCount && lhs.tallyCount == rhs.tallyCount && lhs.status == rhs.status
        && lhs.resolution == rhs.resolution && lhs.hasIdentifiedCustomer == rhs.hasIdentifiedCustomer && lhs.isPurged == rhs.isPurged
    }
  }

  /// A step tally without its currency (the case's).
  private struct CompactTally: Equatable {
    var step: StepID
    var paid: Int64
    var paymentCount: Int32
    var status: StepStatus
  }

  public var currency: Currency { storage.header.currency }
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
    storage.withTallies { tallies in
      for tally in tallies where tally.step == step { return tally.status }
      return .pending
    }
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
