/// The prevention measures taken in a period (by the day each was taken), counted by kind.
public struct MeasureTally: Sendable, Equatable {
  public struct Count: Sendable, Equatable {
    public var kind: PreventionMeasure.Kind
    public var count: Int
  }

  public var total: Int
  /// Most taken first; kinds never taken are left out.
  public var byKind: [Count]
  /// The day each counted measure was taken, earliest first.
  public var days: [CalendarDay]

  /// Counts the measures of `entries` whose day falls in `period`.
  public init(_ entries: [MeasureEntry], in period: StatisticsPeriod = StatisticsPeriod()) {
    var counts: [PreventionMeasure.Kind: Int] = [:]
    var days: [CalendarDay] = []
    for entry in entries where period.contains(entry.day) {
      counts[entry.measure.kind, default: 0] += 1
      days.append(entry.day)
    }
    self.days = days.sorted()
    total = counts.values.reduce(0, +)
    let order = PreventionMeasure.Kind.allCases
    byKind = counts.map { Count(kind: $0.key, count: $0.value) }.sorted {
      ($0.count, order.firstIndex(of: $1.kind) ?? 0) > ($1.count, order.firstIndex(of: $0.kind) ?? 0)
    }
  }

  /// The day of the latest measure counted, if any.
  public var lastDay: CalendarDay? { days.last }

  /// How many of the counted measures were taken in `period`.
  public func count(in period: StatisticsPeriod) -> Int { days.count(where: { period.contains($0) }) }

  /// The figures screen's block: the total as a heading, then each kind taken, most taken first.
  public func lines(_ language: Language) -> [String] {
    let heading = LocalizedText("Mesures de prévention prises\u{202F}: ", "Measures taken: ")(language) + String(total)
    guard !byKind.isEmpty else {
      return [heading, "  " + LocalizedText("aucune encore\u{202F}: elles se notent à l’étape de prévention d’un dossier",
                                              "none yet: they are recorded on a case's prevention step")(language)]
    }
    let digits = String(byKind.map(\.count).max() ?? 0).count
    return [heading] + byKind.map {
      "  " + String(repeating: " ", count: digits - String($0.count).count) + String($0.count) + "  " + $0.kind.label(language)
    }
  }

  /// `Measures taken: 3 (payment when serving 2, CCTV 1)`.
  public func line(_ language: Language) -> String {
    var text = LocalizedText("Mesures de prévention prises\u{202F}: ", "Measures taken: ")(language) + String(total)
    if !byKind.isEmpty {
      text += " (" + byKind.map { $0.kind.label(language) + " " + String($0.count) }.joined(separator: ", ") + ")"
    }
    return text
  }
}
