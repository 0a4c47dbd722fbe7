import Foundation

/// Interest at the legal rate, computed in integer cents.
///
/// French law (art. 1231-6 C. civ.) makes interest at the legal rate run from the formal demand.
/// ardoise counts it on what was still owed each day, from the day the demand was sent to `until`,
/// on a 365-day year: Σ(balance × days) × rate ÷ (100 × 365), rounded half up to the cent once.
public enum LegalInterest {
  /// Rates are read to four decimals (percent × 10 000).
  static let rateScale: Int64 = 10_000

  /// Parses a percentage per year written `4.16`, `4,16` or `4.16 %` into percent × 10 000
  /// (more decimals are rounded half up); nil when it is not a non-negative number below 100.
  public static func parseRate(_ text: String) -> Int64? {
    let cleaned = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "%", with: "").trimmingSpaces
    let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.allSatisfy({ $0.isASCII && $0.isNumber }), let major = Int64(whole), major < 100
    else { return nil }
    var fraction = parts.count == 2 ? String(parts[1]) : ""
    guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }), parts.count == 1 || !fraction.isEmpty else { return nil }
    var roundUp = false
    if fraction.count > 4 {
      roundUp = (fraction[fraction.index(fraction.startIndex, offsetBy: 4)].wholeNumberValue ?? 0) >= 5
      fraction = String(fraction.prefix(4))
    }
    fraction += String(repeating: "0", count: 4 - fraction.count)
    guard let minor = Int64(fraction) else { return nil }
    return major * rateScale + minor + (roundUp ? 1 : 0)
  }

  /// Interest owed on `incident` from `start` (the formal demand's day) to `end`, at `rate`
  /// (percent × 10 000, from ``parseRate(_:)``). Payments made before `start` lower the base;
  /// each later payment lowers it from its own day. Zero when `end` is not after `start`.
  public static func interest(on incident: Incident, from start: CalendarDay, to end: CalendarDay, rate: Int64) -> Money {
    let currency = incident.currency
    guard start < end, rate > 0 else { return .zero(currency) }
    var balance = incident.facts.amount.minorUnits
    var changes: [(day: CalendarDay, amount: Int64)] = []
    for entry in incident.payments {
      let day = entry.at.day
      if day <= start { balance -= entry.payment.amount.minorUnits } else { changes.append((day, entry.payment.amount.minorUnits)) }
    }
    changes.sort { $0.day < $1.day }
    var weighted: Int64 = 0  // cents × days
    var from = start
    for change in changes where change.day < end {
      weighted += max(0, balance) * Int64(from.days(until: change.day))
      balance -= change.amount
      from = change.day
    }
    weighted += max(0, balance) * Int64(from.days(until: end))
    // Amounts (at most a million) and days (1900 to 2100) keep this far from overflow; held at
    // the largest value instead of trapping all the same.
    let (product, overflow) = weighted.multipliedReportingOverflow(by: rate)
    let denominator = 100 * rateScale * 365
    return Money(minorUnits: overflow ? Int64.max / denominator : divideRoundingHalfUp(product, by: denominator), currency: currency)
  }

  /// The number of days interest runs for, from `start` to `end` (never negative).
  public static func days(from start: CalendarDay, to end: CalendarDay) -> Int { max(0, start.days(until: end)) }

  static func divideRoundingHalfUp(_ numerator: Int64, by denominator: Int64) -> Int64 {
    // Quotient and remainder rather than `(n + d/2) / d`, which could overflow near the top.
    let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
    return remainder >= denominator - denominator / 2 ? quotient + 1 : quotient
  }
}
