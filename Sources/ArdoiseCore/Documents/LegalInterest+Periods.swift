/// One stretch of days with the same balance and the same legal rate.
public struct InterestPeriod: Sendable, Equatable {
  /// First day counted.
  public var from: CalendarDay
  /// Last day counted (included).
  public var to: CalendarDay
  public var days: Int
  /// What was owed over the period.
  public var base: Money
  /// Percent × 10 000; nil when ardoise has no rate for these days.
  public var rate: Int64?
  /// Where the rate comes from: the arrêté of the half-year, or `recovery.interest_rate`.
  public var rateSource: String?
  /// Interest for the period, rounded half up to the cent; nil when the rate is missing.
  public var amount: Money?
}

/// Interest at the legal rate worked out period by period.
public struct InterestComputation: Sendable, Equatable {
  public var periods: [InterestPeriod]
  /// The sum of the periods' amounts; when a rate is missing, only of those that have one.
  public var total: Money
  /// Whether some days have no rate: the total is then incomplete, and says so.
  public var isMissingRate: Bool { periods.contains { $0.rate == nil } }
}

extension LegalInterest {
  /// Interest on what `incident` still owed each day, from `start` (the formal demand's day,
  /// counted) up to `end` (not counted), France's way: each half-year at the rate « dans tous les
  /// autres cas » of ``LegalInterestRate/france`` (a restaurant is a professional creditor); days
  /// after the table's last half-year at `fallbackRate` (`recovery.interest_rate`) when set, else
  /// with no rate. Days before its first half-year have no rate: the setting is a later period's
  /// rate, and applying it to an earlier one would be a guess.
  /// A new period starts at each change of half-year and at each payment.
  public static func computation(on incident: Incident, from start: CalendarDay, to end: CalendarDay,
                                 fallbackRate: Int64?, table: [LegalInterestRate] = LegalInterestRate.france) -> InterestComputation {
    let currency = incident.currency
    guard start < end else { return InterestComputation(periods: [], total: .zero(currency)) }
    var balance = incident.facts.amount.minorUnits
    var changes: [(day: CalendarDay, amount: Int64)] = []
    for entry in incident.payments {
      let day = entry.at.day
      if day <= start { balance -= entry.payment.amount.minorUnits } else if day < end { changes.append((day, entry.payment.amount.minorUnits)) }
    }
    // Every day where the balance or the rate may change.
    var cuts = Set(changes.map(\.day))
    for semester in table {
      for day in [semester.first, semester.last.adding(days: 1)] where start < day && day < end { cuts.insert(day) }
    }
    let boundaries = [start] + cuts.sorted() + [end]
    var periods: [InterestPeriod] = []
    var total: Int64 = 0
    for index in 0..<(boundaries.count - 1) {
      let from = boundaries[index]
      let until = boundaries[index + 1]
      for change in changes where change.day == from { balance -= change.amount }
      let base = max(0, balance)
      let days = from.days(until: until)
      let semester = table.first { $0.contains(from) }
      let fallback = table.last.map { from > $0.last } ?? true ? fallbackRate : nil
      let rate = semester?.otherCases ?? fallback
      let source = semester?.source.reference ?? (fallback == nil ? nil : "recovery.interest_rate")
      var amount: Money? = nil
      if let rate {
        let cents = divideRoundingHalfUp(base * Int64(days) * rate, by: 100 * rateScale * 365)
        amount = Money(minorUnits: cents, currency: currency)
        total += cents
      }
      periods.append(InterestPeriod(from: from, to: until.adding(days: -1), days: days, base: Money(minorUnits: base, currency: currency),
                                    rate: rate, rateSource: source, amount: amount))
    }
    return InterestComputation(periods: periods, total: Money(minorUnits: total, currency: currency))
  }

  /// A rate as a person reads it: `2,62` in French, `2.62` in English (at least two decimals,
  /// up to four).
  public static func rateText(_ rate: Int64, _ language: Language) -> String {
    let whole = rate / rateScale
    var fraction = String(rate % rateScale)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.count > 2 && fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(whole)" + (language == .french ? "," : ".") + fraction
  }

  /// A rate as a plain decimal string for JSON: `2.62`.
  public static func rateDecimal(_ rate: Int64) -> String { rateText(rate, .english) }
}
