/// When walkouts happen: a count for each weekday and hour on the restaurant's wall clock.
public struct WalkoutHeatMap: Sendable, Equatable {
  /// `counts[weekday][hour]`, weekday 0 = Monday, hour 0…23.
  public private(set) var counts: [[Int]] = Array(repeating: Array(repeating: 0, count: 24), count: 7)

  public init(_ moments: [Timestamp]) {
    for moment in moments {
      let wall = moment.wallClock
      counts[moment.day.weekday][wall.hour] += 1
    }
  }

  public init(_ summaries: [IncidentSummary]) {
    self.init(summaries.map(\.occurredAt))
  }

  public var maximum: Int { counts.map { $0.max() ?? 0 }.max() ?? 0 }
  public var total: Int { counts.map { $0.reduce(0, +) }.reduce(0, +) }

  /// The hours shown: from the first hour with a walkout to the last, a service day running from
  /// 06:00 to 05:59 so that a late night stays next to its evening. Nil when empty.
  public var shownHours: [Int]? {
    let serviceOrder = Array(6..<24) + Array(0..<6)
    let used = serviceOrder.filter { hour in counts.contains { $0[hour] > 0 } }
    guard let first = used.first, let last = used.last,
      let start = serviceOrder.firstIndex(of: first), let end = serviceOrder.firstIndex(of: last)
    else { return nil }
    return Array(serviceOrder[start...end])
  }

  /// The shade for `count`: blank, then ░ ▒ ▓ █ by quarter of the busiest cell.
  static func shade(_ count: Int, maximum: Int) -> String {
    guard count > 0, maximum > 0 else { return " " }
    let quarter = (count * 4 + maximum - 1) / maximum
    return ["░", "▒", "▓", "█"][min(4, max(1, quarter)) - 1]
  }

  /// The map as text: a row per weekday, a three-column cell per hour holding a shade and the
  /// count, so it reads without colour (`·` for none). Fits `width` by dropping the earliest hours.
  public func lines(_ language: Language, width: Int = 78) -> [String] {
    guard var hours = shownHours else {
      return [LocalizedText("Pas de départ sans payer sur la période.", "No walkout in the period.")(language)]
    }
    let labelWidth = 4
    let fitting = max(1, (width - labelWidth) / 3)
    if hours.count > fitting { hours = Array(hours.suffix(fitting)) }
    let names = language == .french ? ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    var lines: [String] = []
    lines.append(String(repeating: " ", count: labelWidth) + hours.map { " " + $0.zeroPadded(2) }.joined())
    let top = maximum
    for weekday in 0..<7 {
      var row = names[weekday] + " "
      for hour in hours {
        let count = counts[weekday][hour]
        if count == 0 {
          row += "  ·"
        } else {
          let number = count > 99 ? "++" : String(count)
          row += Self.shade(count, maximum: top) + String(repeating: " ", count: 2 - number.count) + number
        }
      }
      lines.append(row)
    }
    lines += WalkoutStatistics.wrapped(
      LocalizedText("Heures du restaurant. ░ jusqu’au quart du maximum (\(top)), ▒ la moitié, ▓ les trois quarts, █ au-delà.",
        "The restaurant’s hours. ░ up to a quarter of the busiest (\(top)), ▒ half, ▓ three quarters, █ above.")(language), width: width)
    return lines
  }
}
