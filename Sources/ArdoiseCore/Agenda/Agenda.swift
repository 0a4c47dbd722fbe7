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

  /// An agenda of items already worked out (``Store/startLineAgenda(of:directory:rules:today:)``).
  public init(items: [AgendaItem], today: CalendarDay) {
    self.today = today
    self.items = items.sorted(by: AgendaItem.isMoreUrgent)
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

  public var dueTodayCount: Int { items.count { $0.state == .today } }
  public var overdueCount: Int { items.count { $0.state == .overdue } }

  /// `3 actions à faire aujourd’hui, 1 en retard` (`1 action…`, `aucune action…`, `…, aucune en
  /// retard`); nil when there is nothing to do.
  public func startLine(_ language: Language) -> String? {
    let due = dueTodayCount
    let late = overdueCount
    guard due + late > 0 else { return nil }
    let french = (due == 0 ? "aucune action" : "\(due) action\(due > 1 ? "s" : "")") + " à faire aujourd’hui, "
      + (late == 0 ? "aucune" : String(late)) + " en retard"
    let english = (due == 0 ? "no action" : "\(due) action\(due == 1 ? "" : "s")") + " due today, "
      + (late == 0 ? "none" : String(late)) + " overdue"
    return LocalizedText(french, english)(language)
  }
}
