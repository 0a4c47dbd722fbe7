import Foundation

/// The identifier of one event: 26 characters, sortable by creation time (a ULID: 48 bits of
/// milliseconds and 80 random bits in Crockford's base 32).
public struct EventID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.rawValue < rhs.rawValue }

  public static func make(at date: Date) -> EventID {
    var generator = SystemRandomNumberGenerator()
    return make(at: date, using: &generator)
  }

  public static func make<G: RandomNumberGenerator>(at date: Date, using generator: inout G) -> EventID {
    let alphabet = IncidentID.alphabet
    var milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
    var timePart = [Character](repeating: "0", count: 10)
    for index in stride(from: 9, through: 0, by: -1) {
      timePart[index] = alphabet[Int(milliseconds & 31)]
      milliseconds >>= 5
    }
    let randomPart = (0..<16).map { _ in alphabet[Int(generator.next() & 31)] }
    return EventID(rawValue: String(timePart + randomPart))
  }
}

/// One change to a case, as written on one line of its log. A case's state is the replay of its
/// events; nothing is ever rewritten: a correction is a new event.
public struct Event: Sendable, Equatable, Identifiable {
  /// The newest line format this build reads. Each line states the oldest format that reads it
  /// right (``EventBody/lineVersion``); a reader meets a higher one and refuses the line
  /// (``LineProblem/newerVersion(_:)``): its case turns read-only, the file and line named,
  /// instead of being misread and written on.
  public static let formatVersion = 2

  public var id: EventID
  /// When it happened, as stated by the user where that matters (a payment received yesterday).
  public var occurredAt: Timestamp
  /// When it was written, from the machine clock.
  public var recordedAt: Timestamp
  /// Who recorded it (from the config, else the login name).
  public var actor: String
  public var body: EventBody

  public init(id: EventID, occurredAt: Timestamp, recordedAt: Timestamp, actor: String, body: EventBody) {
    self.id = id
    self.occurredAt = occurredAt
    self.recordedAt = recordedAt
    self.actor = actor
    self.body = body
  }
}

/// What an event says.
public enum EventBody: Sendable, Equatable {
  /// The walkout was recorded.
  case opened(IncidentFacts)
  /// Facts were corrected.
  case amended(FactsAmendment)
  /// A checklist step was marked, possibly with an outcome and its consequences.
  case stepRecorded(StepRecord)
  /// A sub-action of a step was ticked or unticked.
  case subActionToggled(step: StepID, subAction: String, isDone: Bool)
  /// Money was received; with a resolution, it settled the case.
  case paymentRecorded(Payment, closesAs: Resolution?)
  /// The customer was contacted (or an attempt was made).
  case contactRecorded(ContactAttempt)
  case noteAdded(String)
  case evidenceAdded(Evidence)
  /// The next follow-up day was set (nil clears it).
  case followUpScheduled(CalendarDay?)
  case closed(Resolution, note: String?)
  case reopened(note: String?)
  /// A document was written for this case.
  case documentGenerated(kind: String, file: String)
  /// The customer's identity became known; it is stored apart from the log.
  case customerIdentified
  /// The customer's details were added, corrected or removed: which fields, never their values
  /// (written as an “identified” line with `change` and `fields`).
  case customerDetailsChanged(IdentityChange)
  /// Personal data was purged under the retention rules. Holds no personal data.
  case personalDataPurged(reason: String)
  /// An instalment plan was agreed for what was outstanding; it replaces any earlier plan,
  /// which stays in the log.
  case planAgreed(InstalmentPlan)
  /// The plan in force was cancelled.
  case planCancelled(note: String?)
  /// A prevention measure was taken (recorded on the prevention step).
  case measureTaken(PreventionMeasure)

  /// The `type` written on the line.
  public var typeName: String {
    switch self {
    case .opened: "opened"
    case .amended: "amended"
    case .stepRecorded: "step"
    case .subActionToggled: "tick"
    case .paymentRecorded: "payment"
    case .contactRecorded: "contact"
    case .noteAdded: "note"
    case .evidenceAdded: "evidence"
    case .followUpScheduled: "follow-up"
    case .closed: "closed"
    case .reopened: "reopened"
    case .documentGenerated: "document"
    case .customerIdentified, .customerDetailsChanged: "identified"
    case .personalDataPurged: "purged"
    case .planAgreed: "plan"
    case .planCancelled: "plan-cancelled"
    case .measureTaken: "measure"
    }
  }

  /// The oldest line format that reads this event right, written as the line's `v`. Format 1 for
  /// every event a format-1 ardoise either reads right or refuses (an unknown type such as `plan`
  /// or `measure` already makes its case read-only there). Format 2 for the removal of the
  /// customer's details: a format-1 ardoise knows the type `identified` but not its `change`, and
  /// would read the removal as an identification.
  public var lineVersion: Int {
    switch self {
    case .customerDetailsChanged(let change) where change.kind == .removed: 2
    default: 1
    }
  }
}

/// A step marked done, skipped or not applicable, with the outcome chosen and what it implies.
/// Everything replay needs is in the record itself, so a later change of playbook never changes
/// the meaning of history.
public struct StepRecord: Sendable, Equatable {
  public var step: StepID
  public var status: StepStatus
  /// The outcome id chosen from the playbook, if any.
  public var outcome: String?
  public var note: String?
  /// The step the guide suggests next.
  public var next: StepID?
  /// Money received as part of the outcome ("paid on the spot").
  public var payment: Payment?
  /// The case closes with this resolution.
  public var resolution: Resolution?
  /// The day the customer promised to pay; it becomes the follow-up day.
  public var promisedDay: CalendarDay?
  /// A legal step taken with this outcome.
  public var legal: LegalRecord?

  public init(step: StepID, status: StepStatus, outcome: String? = nil, note: String? = nil, next: StepID? = nil,
              payment: Payment? = nil, resolution: Resolution? = nil, promisedDay: CalendarDay? = nil,
              legal: LegalRecord? = nil) {
    self.step = step
    self.status = status
    self.outcome = outcome
    self.note = note
    self.next = next
    self.payment = payment
    self.resolution = resolution
    self.promisedDay = promisedDay
    self.legal = legal
  }
}
