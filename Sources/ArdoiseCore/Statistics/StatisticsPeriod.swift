/// The days the figures cover, both ends included; an open end takes every case on that side.
public struct StatisticsPeriod: Sendable, Equatable {
  public var from: CalendarDay?
  public var to: CalendarDay?

  public init(from: CalendarDay? = nil, to: CalendarDay? = nil) {
    self.from = from
    self.to = to
  }

  public func contains(_ day: CalendarDay) -> Bool {
    (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
  }

  /// The summaries whose walkout falls in the period.
  public func filter(_ summaries: [IncidentSummary]) -> [IncidentSummary] {
    summaries.filter { contains($0.occurredAt.day) }
  }

  /// The period with its open ends closed: from the first walkout in `summaries`, to `today`.
  public func closed(over summaries: [IncidentSummary], today: CalendarDay) -> (from: CalendarDay, to: CalendarDay) {
    let first = from ?? summaries.map(\.occurredAt.day).min() ?? today
    return (first, to ?? max(first, today))
  }

  /// Whole calendar months from the month of `from` to the month of `to`, both included.
  public static func monthSpan(from: CalendarDay, to: CalendarDay) -> Int {
    max(1, (to.year - from.year) * 12 + to.month - from.month + 1)
  }

  /// `du 01/09/2026 au 30/11/2026`, `from 2026-09-01 to 2026-11-30`.
  public static func label(from: CalendarDay, to: CalendarDay, _ language: Language) -> String {
    LocalizedText("du \(from.formatted(.french)) au \(to.formatted(.french))", "from \(from.formatted(.english)) to \(to.formatted(.english))")(language)
  }
}
