/// How many items of the agenda are due today and how many are overdue: all that the line shown
/// at start says ("3 actions due today, 1 overdue"), without the items themselves.
public struct AgendaCounts: Sendable, Equatable {
  public var dueToday: Int
  public var overdue: Int

  public init(dueToday: Int = 0, overdue: Int = 0) {
    self.dueToday = dueToday
    self.overdue = overdue
  }

  /// Counts `item` when it is due today or overdue.
  public mutating func count(_ item: AgendaItem) {
    switch item.state {
    case .today: dueToday += 1
    case .overdue: overdue += 1
    case .upcoming, .expired: break
    }
  }

  /// `3 actions à faire aujourd’hui, 1 en retard` (`1 action…`, `aucune action…`, `…, aucune en
  /// retard`); nil when there is nothing to do.
  public func startLine(_ language: Language) -> String? {
    let due = dueToday
    let late = overdue
    guard due + late > 0 else { return nil }
    let french = (due == 0 ? "aucune action" : "\(due) action\(due > 1 ? "s" : "")") + " à faire aujourd’hui, "
      + (late == 0 ? "aucune" : String(late)) + " en retard"
    let english = (due == 0 ? "no action" : "\(due) action\(due == 1 ? "" : "s")") + " due today, "
      + (late == 0 ? "none" : String(late)) + " overdue"
    return LocalizedText(french, english)(language)
  }
}
