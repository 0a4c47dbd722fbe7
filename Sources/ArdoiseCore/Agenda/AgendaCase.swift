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
              closedDay: CalendarDay? = nil, followUp: CalendarDay? = nil, promisedDay: CalendarDay? = nil,
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
    self.init(
      id: incident.id, mealDay: incident.facts.occurredAt.day, isOpen: incident.isOpen, outstanding: incident.outstanding,
      isSettled: settled, closedDay: incident.closedAt?.day, followUp: incident.followUp, promisedDay: incident.promisedDay,
      interruptions: CivilTimeLimit.lastInterruption(of: incident).map { [$0] } ?? [],
      demand: demand.map { Demand(sent: $0.day, received: $0.received) },
      complaintFiled: incident.legal.contains { $0.action == .complaint },
      courtRequested: incident.legal.contains { $0.action == .courtRequest || $0.action == .courtOrder },
      courtOrder: order.map { CourtOrder(issued: $0.day, served: $0.received) },
      hasCCTVClip: incident.evidence.contains { $0.kind == .cctv },
      holdsPersonalData: incident.hasIdentifiedCustomer && !incident.isPurged, debtorKind: debtorKind)
  }
}
