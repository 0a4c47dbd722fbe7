/// One dated item of a case's agenda: a follow-up, a promise, an instalment, a legal deadline, a purge.
public struct AgendaItem: Sendable, Equatable {
  /// What the date is.
  public enum Kind: String, Sendable, CaseIterable, Codable {
    case followUp = "follow-up"
    case promise
    /// The next instalment of a payment plan not fully paid.
    case instalment
    case demandDeadline = "demand-deadline"
    case cctvExport = "cctv-export"
    case civilTimeLimit = "civil-time-limit"
    case complaintLimit = "complaint-limit"
    case orderService = "order-service"
    case objection
    /// A court order where ardoise holds no checked time to serve it or to object: ask the court.
    /// Dated from the order, as a thing to do, never as a deadline.
    case courtCheck = "court-check"
    case purge

    /// A limit lapses when its day has passed (expired); anything else is a thing to do, overdue.
    public var isLimit: Bool {
      switch self {
      case .cctvExport, .civilTimeLimit, .complaintLimit, .orderService, .objection: true
      case .followUp, .promise, .instalment, .demandDeadline, .courtCheck, .purge: false
      }
    }

    /// Within a day, the order of urgency: a limit that lapses before a thing that can wait.
    var urgency: Int { Self.allCases.count - 1 - (Self.urgencyOrder.firstIndex(of: self) ?? 0) }
    static let urgencyOrder: [Kind] = [.civilTimeLimit, .complaintLimit, .orderService, .cctvExport, .objection, .courtCheck,
                                       .demandDeadline, .promise, .instalment, .followUp, .purge]

    public var label: LocalizedText {
      switch self {
      case .followUp: LocalizedText("relance", "follow-up")
      case .promise: LocalizedText("promesse de paiement", "promise to pay")
      case .instalment: LocalizedText("échéance", "instalment")
      case .demandDeadline: LocalizedText("fin du délai de la mise en demeure", "formal demand’s deadline")
      case .cctvExport: LocalizedText("exporter l’extrait vidéo", "export the CCTV clip")
      case .civilTimeLimit: LocalizedText("prescription de l’action civile", "civil time limit")
      case .complaintLimit: LocalizedText("dernier jour pour porter plainte", "last day to file a complaint")
      case .orderService: LocalizedText("signifier l’ordonnance", "serve the court order")
      case .objection: LocalizedText("fin du délai d’opposition", "end of the month to object")
      case .courtCheck: LocalizedText("vérifier auprès du tribunal les délais de l’ordonnance", "check with the court the order’s time limits")
      case .purge: LocalizedText("effacer les données personnelles", "purge personal data")
      }
    }
  }

  /// Where the item stands on a given day.
  public enum State: String, Sendable, CaseIterable, Codable {
    case overdue, today, upcoming, expired

    public var label: LocalizedText {
      switch self {
      case .overdue: LocalizedText("en retard", "overdue")
      case .today: LocalizedText("aujourd’hui", "today")
      case .upcoming: LocalizedText("à venir", "upcoming")
      case .expired: LocalizedText("dépassé", "expired")
      }
    }

    /// A sign that reads without colour.
    public var sign: String {
      switch self {
      case .overdue: "!"
      case .today: "●"
      case .upcoming: "○"
      case .expired: "✗"
      }
    }

    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
  }

  public var caseID: IncidentID
  public var kind: Kind
  /// What the item says: its kind's label, or more (an instalment's number and amount).
  public var label: LocalizedText
  public var day: CalendarDay
  public var state: State
  /// The checklist step the item belongs to; nil for the purge, which belongs to none.
  public var step: StepID?
  /// The date is an estimate (a demand's deadline before its receipt is known, a time limit
  /// while the debtor's kind is unknown); ``note`` says why.
  public var isEstimated: Bool
  /// What is still owed on the case.
  public var outstanding: Money
  /// What the date rests on, or why it is an estimate.
  public var note: LocalizedText?
  /// The source of the rule, if it is a legal one.
  public var source: LocalizedText?

  public init(caseID: IncidentID, kind: Kind, day: CalendarDay, state: State, step: StepID?, isEstimated: Bool = false,
              outstanding: Money, note: LocalizedText? = nil, source: LocalizedText? = nil, label: LocalizedText? = nil) {
    self.caseID = caseID
    self.kind = kind
    self.label = label ?? kind.label
    self.day = day
    self.state = state
    self.step = step
    self.isEstimated = isEstimated
    self.outstanding = outstanding
    self.note = note
    self.source = source
  }

  /// The state of an item of `kind` due on `day`, seen on `today`.
  public static func state(of kind: Kind, on day: CalendarDay, today: CalendarDay) -> State {
    if day == today { return .today }
    if day > today { return .upcoming }
    return kind.isLimit ? .expired : .overdue
  }

  /// The agenda's order: overdue (oldest first), today, upcoming (soonest first), then expired
  /// (latest first); within a day the most urgent kind first, then the case.
  public static func isMoreUrgent(_ lhs: AgendaItem, than rhs: AgendaItem) -> Bool {
    if lhs.state != rhs.state { return lhs.state.rank < rhs.state.rank }
    if lhs.day != rhs.day { return lhs.state == .expired ? lhs.day > rhs.day : lhs.day < rhs.day }
    if lhs.kind != rhs.kind { return lhs.kind.urgency > rhs.kind.urgency }
    return lhs.caseID < rhs.caseID
  }

  /// Stable across runs and re-imports: the case and the kind (one item of each kind per case).
  public var uid: String { caseID.rawValue + "-" + kind.rawValue + "@ardoise" }
}
