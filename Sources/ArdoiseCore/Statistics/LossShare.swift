import Foundation
/// The money lost to walkouts as a share of the takings of the same period.
public struct LossShare: Sendable, Equatable {
  /// Still owed on open cases and given up on closed ones.
  public var lost: Money
  public var takings: Money
  /// Whether the takings were estimated from the monthly takings in the settings.
  public var isEstimated: Bool

  public init(lost: Money, takings: Money, isEstimated: Bool) {
    self.lost = lost
    self.takings = takings
    self.isEstimated = isEstimated
  }

  /// The share for `statistics`, with `takings` given for the period, else `monthlyTakings` times
  /// the number of days in the period over the average month (365.25 / 12 days). Nil without takings.
  public init?(_ statistics: WalkoutStatistics, takings: Money?, monthlyTakings: Money?, days: Int) {
    let lost = statistics.outstanding + statistics.writtenOff
    if let takings, takings.isPositive {
      self.init(lost: lost, takings: takings, isEstimated: false)
    } else if let monthlyTakings, monthlyTakings.isPositive {
      // Minor units times days stays far inside Int64 for any plausible takings.
      let estimated = (Double(monthlyTakings.minorUnits) * Double(max(1, days)) * 12 / 365.25).rounded()
      self.init(lost: lost, takings: Money(minorUnits: Int64(estimated), currency: monthlyTakings.currency), isEstimated: true)
    } else {
      return nil
    }
  }

  /// Lost over takings, 0…1 (or more).
  public var share: Double { takings.isZero ? 0 : Double(lost.minorUnits) / Double(takings.minorUnits) }

  /// `0,42 %` in French, `0.42%` in English: two decimals below 10 %, one above.
  public func shareText(_ language: Language) -> String {
    let value = share * 100
    var number = String(format: value < 10 ? "%.2f" : "%.1f", value)
    if language == .french { number = number.replacingOccurrences(of: ".", with: ",") }
    return number + (language == .french ? "\u{202F}%" : "%")
  }

  /// `Perte : 0,42 % du chiffre d’affaires (180,00 € sur 42 000,00 €)`.
  public func text(_ language: Language) -> String {
    let estimate = isEstimated ? LocalizedText(", estimé d’après le chiffre d’affaires mensuel", ", estimated from the monthly takings")(language) : ""
    return LocalizedText("Perte\u{202F}: \(shareText(.french)) du chiffre d’affaires (\(lost.formatted(.french)) sur \(takings.formatted(.french))\(estimate))",
             "Loss: \(shareText(.english)) of takings (\(lost.formatted(.english)) of \(takings.formatted(.english))\(estimate))")(language)
  }
}
