import ArdoiseCore

/// The agenda across cases (`a` on the case list): the next 30 days and everything overdue,
/// grouped by day, most urgent first; ⏎ opens the case at the item's step. The runtime reads the
/// cases and counts the clocks (``Effect/loadAgenda``); until then the screen says it is reading.
public struct AgendaState: Sendable, Equatable {
  /// How far ahead the screen looks.
  public static let days = 30

  /// The items shown, most urgent first; nil while the cases are being read.
  public var items: [AgendaItem]?
  /// The selected item (an index into ``items``).
  public var selected = 0
  /// The first line shown.
  public var scroll = 0

  public init(items: [AgendaItem]? = nil) {
    self.items = items
  }

  /// The agenda as read: its window of ``days`` days, the selection kept on the same item when
  /// it is still there.
  mutating func load(_ agenda: Agenda) {
    let previous = items.flatMap { $0.indices.contains(selected) ? $0[selected] : nil }
    let window = agenda.window(days: Self.days)
    items = window
    if let previous, let index = window.firstIndex(where: { $0.caseID == previous.caseID && $0.kind == previous.kind }) {
      selected = index
    } else {
      selected = min(selected, max(0, window.count - 1))
    }
  }

  /// The selected item, if any.
  public var selectedItem: AgendaItem? {
    guard let items, items.indices.contains(selected) else { return nil }
    return items[selected]
  }

  /// One line of the screen: a day's heading, or an item (by its index in ``items``).
  enum Line: Equatable {
    case day(CalendarDay)
    case item(Int)
  }

  /// The items under a heading for each day, in the items' order (a new heading whenever the
  /// day changes).
  var lines: [Line] {
    guard let items else { return [] }
    var lines: [Line] = []
    var previous: CalendarDay?
    for (index, item) in items.enumerated() {
      if item.day != previous {
        lines.append(.day(item.day))
        previous = item.day
      }
      lines.append(.item(index))
    }
    return lines
  }
}
