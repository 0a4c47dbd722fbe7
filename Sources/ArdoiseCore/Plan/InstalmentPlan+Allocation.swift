/// Where one instalment stands.
public enum InstalmentStatus: String, Sendable, Equatable, CaseIterable {
  /// Fully paid.
  case paid
  /// The next one to pay, its due day not yet passed.
  case due
  /// Not fully paid and its due day has passed (late from the day after the due day).
  case late
  /// Falls due after the next one.
  case upcoming

  public var label: LocalizedText {
    switch self {
    case .paid: LocalizedText("payée", "paid")
    case .due: LocalizedText("à payer", "due")
    case .late: LocalizedText("en retard", "late")
    case .upcoming: LocalizedText("à venir", "upcoming")
    }
  }
}

/// One instalment with what was paid towards it and its status on a day.
public struct InstalmentStanding: Sendable, Equatable {
  public var instalment: Instalment
  public var paid: Money
  public var status: InstalmentStatus

  public init(instalment: Instalment, paid: Money, status: InstalmentStatus) {
    self.instalment = instalment
    self.paid = paid
    self.status = status
  }
}

extension InstalmentPlan {
  /// The instalments on `today`, with `paid` (what came in since the plan was agreed) allocated
  /// to them in order: the first is paid off before anything goes to the second. An instalment
  /// not fully paid is late from the day after its due day (calendar days on the restaurant's
  /// clock); the first one neither paid nor late is due, those after it are upcoming.
  public func standings(paid: Money, today: CalendarDay) -> [InstalmentStanding] {
    var left = paid.minorUnits
    var foundNext = false
    return instalments.map { instalment in
      let share = min(max(left, 0), instalment.amount.minorUnits)
      left -= share
      let status: InstalmentStatus
      if share == instalment.amount.minorUnits {
        status = .paid
      } else if instalment.due < today {
        status = .late
      } else if !foundNext {
        status = .due
        foundNext = true
      } else {
        status = .upcoming
      }
      return InstalmentStanding(instalment: instalment, paid: Money(minorUnits: share, currency: instalment.amount.currency),
                                status: status)
    }
  }

  /// The due day of the first instalment not fully paid by `paid`; nil when all are paid.
  public func nextDueDay(paid: Money) -> CalendarDay? {
    var left = paid.minorUnits
    for instalment in instalments {
      if left < instalment.amount.minorUnits { return instalment.due }
      left -= instalment.amount.minorUnits
    }
    return nil
  }
}
