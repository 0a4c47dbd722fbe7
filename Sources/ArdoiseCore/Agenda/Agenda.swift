/// The dated items of every case, in the order of urgency.
public struct Agenda: Sendable, Equatable {
  public var today: CalendarDay
  /// Every item, most urgent first.
  public var items: [AgendaItem]

  /// Expired limits stay in view this many days, so the manager learns of them.
  public static let expiredShownForDays = 7

  public init(_ cases: [AgendaCase], rules: AgendaRules, today: CalendarDay) {
    self.today = today
    items = cases.flatMap { rules.items(for: $0, today: today) }.sorted(by: AgendaItem.isMoreUrgent)
  }

  /// What to show for the next `days` days: everything overdue, today's, what falls within
  /// `days` days, and limits that expired in the last week.
  public func window(days: Int) -> [AgendaItem] {
    let last = today.adding(days: days)
    let firstExpired = today.adding(days: -Self.expiredShownForDays)
    return items.filter { item in
      switch item.state {
      case .overdue, .today: true
      case .upcoming: item.day <= last
      case .expired: item.day >= firstExpired
      }
    }
  }

  public var dueTodayCount: Int { counts.dueToday }
  public var overdueCount: Int { counts.overdue }

  /// How many items are due today and overdue.
  public var counts: AgendaCounts {
    var counts = AgendaCounts()
    for item in items { counts.count(item) }
    return counts
  }

  /// `3 actions à faire aujourd’hui, 1 en retard`; nil when there is nothing to do
  /// (``AgendaCounts/startLine(_:)``).
  public func startLine(_ language: Language) -> String? { counts.startLine(language) }
}
