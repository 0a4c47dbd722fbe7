/// What the advice rules need of one case: when and where, how many, how much, and whether the
/// money came back. Derived from a full case (the phone rule needs its contacts).
public struct AdviceCase: Sendable, Equatable {
  public var id: IncidentID
  public var occurredAt: Timestamp
  public var table: String?
  public var covers: Int?
  public var amount: Money
  /// Money not recovered: still owed, or written off (nothing for an honest mistake).
  public var lost: Money
  /// Closed, or nothing left to pay: whether the money came back is known.
  public var isSettled: Bool
  /// Paid in full, or an honest mistake.
  public var moneyCameBack: Bool
  /// Someone spoke to the customer on the phone within 24 hours of the walkout.
  public var reachedByPhoneWithin24Hours: Bool

  public init(id: IncidentID, occurredAt: Timestamp, table: String?, covers: Int?, amount: Money, lost: Money,
              isSettled: Bool, moneyCameBack: Bool, reachedByPhoneWithin24Hours: Bool) {
    self.id = id
    self.occurredAt = occurredAt
    self.table = table
    self.covers = covers
    self.amount = amount
    self.lost = lost
    self.isSettled = isSettled
    self.moneyCameBack = moneyCameBack
    self.reachedByPhoneWithin24Hours = reachedByPhoneWithin24Hours
  }

  public init(_ incident: Incident) {
    let honest = incident.resolution == .honestMistake
    let cameBack = honest || !incident.hasOutstandingBalance
    let spokenTo: Set<ContactOutcome> = [.reached, .promisedToPay, .refused, .disputed]
    let start = incident.facts.occurredAt
    let reached = incident.contacts.contains {
      $0.attempt.channel == .phone && spokenTo.contains($0.attempt.outcome)
        && $0.at.secondsSince1970 - start.secondsSince1970 <= 86_400
    }
    self.init(id: incident.id, occurredAt: start, table: incident.facts.table, covers: incident.facts.covers,
              amount: incident.facts.amount, lost: honest ? .zero(incident.currency) : incident.outstanding,
              isSettled: !incident.isOpen || cameBack, moneyCameBack: cameBack, reachedByPhoneWithin24Hours: reached)
  }

  /// The zone of the table: its name without the number (`Terrasse 3` → `Terrasse`), or the table
  /// itself when that leaves a single letter or nothing (`T7`, `12`).
  public var zone: String? {
    guard let table, !table.isEmpty else { return nil }
    let trimmed = String(table.reversed().drop { $0.isNumber || $0 == " " || $0 == "-" || $0 == "\u{00A0}" }.reversed())
    return trimmed.count >= 2 ? trimmed : table
  }

  /// The hour on a service clock where the small hours follow the evening: 00:30 is 24, 02:10 is 26.
  public var serviceHour: Int {
    let hour = occurredAt.wallClock.hour
    return hour < 6 ? hour + 24 : hour
  }
}
