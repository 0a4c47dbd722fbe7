import ArdoiseCore

/// The figures of two periods side by side on the figures screen, as `ardoise stats --compare-from`
/// gives them: before and after the last prevention measure taken (from its day to today, and as
/// many days just before it); with no measure yet, the last 90 days and the 90 days before.
public struct StatisticsComparison: Sendable, Equatable {
  /// One period's figures.
  public struct Period: Sendable, Equatable {
    public var from: CalendarDay
    public var to: CalendarDay
    public var statistics: WalkoutStatistics
    /// Nil without monthly takings in the settings.
    public var lossShare: LossShare?
    public var measures: Int
  }

  /// The day of the measure the periods are split on; nil when no measure was taken.
  public var measureDay: CalendarDay?
  public var before: Period
  public var after: Period

  /// Days in each period when no measure was taken.
  static let defaultDays = 90

  /// The two periods over `summaries` (every case shown), split on the last day of `measures`.
  public init(_ summaries: [IncidentSummary], measures: MeasureTally, currency: Currency, monthlyTakings: Money?, today: CalendarDay) {
    let split = measures.lastDay.map { min($0, today) }
    measureDay = split
    let afterFrom = split ?? today.adding(days: 1 - Self.defaultDays)
    let days = afterFrom.days(until: today) + 1
    func period(from: CalendarDay, to: CalendarDay) -> Period {
      let range = StatisticsPeriod(from: from, to: to)
      let statistics = WalkoutStatistics(range.filter(summaries), currency: currency, monthCount: 1, today: to)
      return Period(from: from, to: to, statistics: statistics,
                    lossShare: LossShare(statistics, takings: nil, monthlyTakings: monthlyTakings, days: days),
                    measures: measures.count(in: range))
    }
    before = period(from: afterFrom.adding(days: -days), to: afterFrom.adding(days: -1))
    after = period(from: afterFrom, to: today)
  }

  /// The heading, the two periods' days, then a row per figure.
  func lines(_ language: Language) -> [String] {
    let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
    func percent(_ value: Double) -> String { String(Int((value * 100).rounded())) + localized("\u{202F}%", "%") }
    var lines: [String]
    let names: (String, String)
    if let measureDay {
      lines = [localized("Avant et après la dernière mesure prise (\(measureDay.formatted(.french)))",
                         "Before and after the last measure taken (\(measureDay.formatted(.english)))")]
      names = (localized("Avant", "Before"), localized("Après", "After"))
    } else {
      lines = [localized("Les \(Self.defaultDays) derniers jours et les \(Self.defaultDays) d’avant (aucune mesure prise)",
                         "The last \(Self.defaultDays) days and the \(Self.defaultDays) before (no measure taken yet)")]
      names = (localized("Avant", "Before"), localized("Récents", "Recent"))
    }
    let nameWidth = max(names.0.displayWidth, names.1.displayWidth)
    lines.append("  " + names.0.padded(toWidth: nameWidth) + "  " + StatisticsPeriod.label(from: before.from, to: before.to, language))
    lines.append("  " + names.1.padded(toWidth: nameWidth) + "  " + StatisticsPeriod.label(from: after.from, to: after.to, language))
    func lost(_ period: Period) -> Money { period.statistics.outstanding + period.statistics.writtenOff }
    var rows: [(String, String, String)] = [
      ("", names.0, names.1),
      (localized("Départs sans payer", "Walkouts"), String(before.statistics.count), String(after.statistics.count)),
      (localized("Montant des notes", "Bills left unpaid"), before.statistics.owed.formatted(language), after.statistics.owed.formatted(language)),
      (localized("Récupéré (en valeur)", "Recovered (by value)"),
       before.statistics.recovered.formatted(language) + " (" + percent(before.statistics.recoveryRateByValue) + ")",
       after.statistics.recovered.formatted(language) + " (" + percent(after.statistics.recoveryRateByValue) + ")"),
      (localized("Perdu ou encore dû", "Lost or still owed"), lost(before).formatted(language), lost(after).formatted(language)),
      (localized("Mesures prises", "Measures taken"), String(before.measures), String(after.measures)),
    ]
    if let first = before.lossShare, let second = after.lossShare {
      rows.append((localized("Part du chiffre d’affaires", "Share of takings"), first.shareText(language), second.shareText(language)))
    }
    let widths = (rows.map(\.0.displayWidth).max() ?? 0, rows.map(\.1.displayWidth).max() ?? 0, rows.map(\.2.displayWidth).max() ?? 0)
    for row in rows {
      lines.append("  " + row.0.padded(toWidth: widths.0) + "  " + row.1.leftPadded(toWidth: widths.1) + "  " + row.2.leftPadded(toWidth: widths.2))
    }
    return lines
  }
}
