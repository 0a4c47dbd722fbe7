/// What the agenda needs of one case, as plain values: the dates that start its clocks.
public struct AgendaCase: Sendable, Equatable {
  /// A formal demand: when it was sent and, once the acknowledgement of receipt is back, received.
  public struct Demand: Sendable, Equatable {
    public var sent: CalendarDay
    public var received: CalendarDay?
    public init(sent: CalendarDay, received: CalendarDay? = nil) {
      self.sent = sent
      self.received = received
    }
  }

  /// A court order (injonction de payer): the day it was made and, once served, the day of service.
  public struct CourtOrder: Sendable, Equatable {
    public var issued: CalendarDay
    public var served: CalendarDay?
    public init(issued: CalendarDay, served: CalendarDay? = nil) {
      self.issued = issued
      self.served = served
    }
  }

  /// The first instalment of a payment plan not fully paid: its number, of how many, its day and
  /// what is left to pay on it.
  public struct DueInstalment: Sendable, Equatable {
    public var number: Int
    public var count: Int
    public var due: CalendarDay
    public var left: Money
    public init(number: Int, count: Int, due: CalendarDay, left: Money) {
      self.number = number
      self.count = count
      self.due = due
      self.left = left
    }

    /// `instalment 2/4 due: €25.00`, « échéance 2/4 : 25,00 € ».
    public var label: LocalizedText {
      LocalizedText("échéance \(number)/\(count)\u{202F}: \(left.formatted(.french))", "instalment \(number)/\(count) due: \(left.formatted(.english))")
    }
  }

  public var id: IncidentID
  /// The day of the meal, on the restaurant's wall clock.
  public var mealDay: CalendarDay
  public var isOpen: Bool
  public var outstanding: Money
  /// Nothing is left to pay (paid in full, or closed as an honest mistake).
  public var isSettled: Bool
  public var closedDay: CalendarDay?
  public var followUp: CalendarDay?
  public var promisedDay: CalendarDay?
  /// The next instalment of the plan in force, if any.
  public var instalment: DueInstalment?
  /// Days of part-payments and acknowledgements of the debt: each restarts the civil time limit.
  public var interruptions: [CalendarDay]
  public var demand: Demand?
  public var complaintFiled: Bool
  public var courtRequested: Bool
  public var courtOrder: CourtOrder?
  public var hasCCTVClip: Bool
  /// Personal data is held for this case (identified and not yet purged).
  public var holdsPersonalData: Bool
  /// Consumer or business, once the customer is identified.
  public var debtorKind: DebtorKind?

  public init(id: IncidentID, mealDay: CalendarDay, isOpen: Bool = true, outstanding: Money, isSettled: Bool = false,
              closedDay: CalendarDay? = nil, followUp: CalendarDay? = nil, promisedDay: CalendarDay? = nil, instalment: DueInstalment? = nil,
              interruptions: [CalendarDay] = [], demand: Demand? = nil, complaintFiled: Bool = false, courtRequested: Bool = false,
              courtOrder: CourtOrder? = nil, hasCCTVClip: Bool = false, holdsPersonalData: Bool = false, debtorKind: DebtorKind? = nil) {
    self.id = id
    self.mealDay = mealDay
    self.isOpen = isOpen
    self.outstanding = outstanding
    self.isSettled = isSettled
    self.closedDay = closedDay
    self.followUp = followUp
    self.promisedDay = promisedDay
    self.instalment = instalment
    self.interruptions = interruptions
    self.demand = demand
    self.complaintFiled = complaintFiled
    self.courtRequested = courtRequested
    self.courtOrder = courtOrder
    self.hasCCTVClip = hasCCTVClip
    self.holdsPersonalData = holdsPersonalData
    self.debtorKind = debtorKind
  }

  /// The agenda's view of `incident`. The last part-payment or acknowledgement (a promise to pay,
  /// as ``CivilTimeLimit/lastInterruption(of:)`` reads it) can restart the civil time limit; a
  /// demand's receipt counts once recorded; the latest court order, with its service once recorded.
  public init(_ incident: Incident, debtorKind: DebtorKind?) {
    let settled = !incident.hasOutstandingBalance || incident.resolution == .honestMistake
    let demand = incident.legal.filter { $0.action == .formalDemand }.max { $0.day < $1.day }
    let order = incident.legal.filter { $0.action == .courtOrder }.max { $0.day < $1.day }
    // The standings' statuses do not matter here, only what each instalment was paid: any day does.
    let standings = incident.plan?.standings(paid: incident.paidTowardsPlan, today: incident.facts.occurredAt.day) ?? []
    let next = standings.firstIndex { $0.paid < $0.instalment.amount }.map { index in
      DueInstalment(number: index + 1, count: standings.count, due: standings[index].instalment.due,
                    left: standings[index].instalment.amount - standings[index].paid)
    }
    self.init(
      id: incident.id, mealDay: incident.facts.occurredAt.day, isOpen: incident.isOpen, outstanding: incident.outstanding,
      isSettled: settled, closedDay: incident.closedAt?.day, followUp: incident.followUp, promisedDay: incident.promisedDay, instalment: next,
      interruptions: CivilTimeLimit.lastInterruption(of: incident).map { [$0] } ?? [],
      demand: demand.map { Demand(sent: $0.day, received: $0.received) },
      complaintFiled: incident.legal.contains { $0.action == .complaint },
      courtRequested: incident.legal.contains { $0.action == .courtRequest || $0.action == .courtOrder },
      courtOrder: order.map { CourtOrder(issued: $0.day, served: $0.received) },
      hasCCTVClip: incident.evidence.contains { $0.kind == .cctv },
      holdsPersonalData: incident.hasIdentifiedCustomer && !incident.isPurged, debtorKind: debtorKind)
  }
}
