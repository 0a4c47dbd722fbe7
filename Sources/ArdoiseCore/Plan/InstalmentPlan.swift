/// One instalment of a payment plan: an amount due on a day.
public struct Instalment: Sendable, Equatable {
  public var due: CalendarDay
  public var amount: Money

  public init(due: CalendarDay, amount: Money) {
    self.due = due
    self.amount = amount
  }
}

/// How often the instalments of a plan fall due.
public enum PlanRhythm: String, Sendable, Equatable, CaseIterable {
  case month
  case twoWeeks = "2weeks"
  case week

  public var label: LocalizedText {
    switch self {
    case .month: LocalizedText("tous les mois", "every month")
    case .twoWeeks: LocalizedText("toutes les deux semaines", "every two weeks")
    case .week: LocalizedText("toutes les semaines", "every week")
    }
  }

  /// The due day of instalment `index` (0 for the first) when the first falls on `first`. Months
  /// count from the first day, not from one another, so a plan starting on the 31st falls on the
  /// last day of shorter months and back on the 31st after them.
  public func day(_ index: Int, from first: CalendarDay) -> CalendarDay {
    switch self {
    case .month: first.adding(months: index)
    case .twoWeeks: first.adding(days: 14 * index)
    case .week: first.adding(days: 7 * index)
    }
  }
}

/// Which instalment takes the cents that do not divide evenly.
public enum RemainderPlacement: String, Sendable, Equatable, CaseIterable {
  case first, last

  public var label: LocalizedText {
    switch self {
    case .first: LocalizedText("sur la première échéance", "on the first instalment")
    case .last: LocalizedText("sur la dernière échéance", "on the last instalment")
    }
  }
}

/// When the instalments of a plan fall due: at a rhythm from a first day, or days typed one by one.
public enum PlanSchedule: Sendable, Equatable {
  case every(PlanRhythm, first: CalendarDay, parts: Int)
  case days([CalendarDay])

  /// The due days.
  public var days: [CalendarDay] {
    switch self {
    case .every(let rhythm, let first, let parts): (0..<max(0, parts)).map { rhythm.day($0, from: first) }
    case .days(let days): days
    }
  }
}

/// An instalment plan (échéancier): what was outstanding when it was agreed, split into
/// instalments whose amounts add up to it to the cent. A pure value: the log holds its days and
/// amounts, so replay never recomputes a split.
public struct InstalmentPlan: Sendable, Equatable {
  /// The most instalments a plan may have (five years of months).
  public static let maximumParts = 60

  public var instalments: [Instalment]

  public init(instalments: [Instalment]) {
    self.instalments = instalments
  }

  /// The sum of the instalments.
  public var total: Money {
    let currency = instalments.first?.amount.currency ?? .euro
    return instalments.reduce(Money.zero(currency)) { $0 + $1.amount }
  }

  /// Splits `total` into `parts` amounts that add up to it to the cent: each is the total
  /// divided by `parts`, rounded down, and the cents left over go on the first or the last
  /// (100,00 € in 3: 33,34 + 33,33 + 33,33). Nil when `parts` is not positive or the total has
  /// fewer cents than parts (each instalment would not be at least one cent).
  public static func split(_ total: Money, parts: Int, remainderOn placement: RemainderPlacement = .first) -> [Money]? {
    guard parts > 0, total.minorUnits >= Int64(parts) else { return nil }
    let base = total.minorUnits / Int64(parts)
    let remainder = total.minorUnits % Int64(parts)
    var amounts = Array(repeating: Money(minorUnits: base, currency: total.currency), count: parts)
    let index = placement == .first ? 0 : parts - 1
    amounts[index] = Money(minorUnits: base + remainder, currency: total.currency)
    return amounts
  }

  /// The plan for `outstanding` on `schedule`, or why not: at least one instalment and at most
  /// ``maximumParts``, due days strictly in order, at least one cent per instalment.
  public static func make(outstanding: Money, schedule: PlanSchedule,
                          remainderOn placement: RemainderPlacement = .first) -> Result<InstalmentPlan, Refusal> {
    let days = schedule.days
    guard !days.isEmpty else { return .failure(Refusal(LocalizedText("indiquez au moins une échéance", "give at least one instalment"))) }
    guard days.count <= maximumParts else {
      return .failure(Refusal(LocalizedText("\(maximumParts) échéances au plus", "at most \(maximumParts) instalments")))
    }
    guard outstanding.isPositive else { return .failure(Refusal(LocalizedText("rien n’est dû", "nothing is owed"))) }
    for (earlier, later) in zip(days, days.dropFirst()) where !(earlier < later) {
      return .failure(Refusal(LocalizedText("les dates des échéances doivent se suivre : \(later.formatted(.french)) ne vient pas après \(earlier.formatted(.french))",
                                "the due days must follow one another: \(later.formatted(.english)) is not after \(earlier.formatted(.english))")))
    }
    guard let amounts = split(outstanding, parts: days.count, remainderOn: placement) else {
      return .failure(Refusal(LocalizedText("\(outstanding.formatted(.french)) ne se partage pas en \(days.count) échéances d’au moins un centime",
                                "\(outstanding.formatted(.english)) cannot be split into \(days.count) instalments of at least one cent")))
    }
    return .success(InstalmentPlan(instalments: zip(days, amounts).map { Instalment(due: $0, amount: $1) }))
  }

  /// Where the cents that do not divide evenly went, in words ("0,01 € on the first
  /// instalment"); nil when all instalments are equal.
  public var remainderStatement: LocalizedText? {
    let amounts = instalments.map(\.amount)
    guard amounts.count > 1, Set(amounts.map(\.minorUnits)).count > 1 else { return nil }
    let placement: RemainderPlacement = amounts[0] > amounts[1] ? .first : .last
    let regular = placement == .first ? amounts[1] : amounts[0]
    let extra = (placement == .first ? amounts[0] : amounts[amounts.count - 1]) - regular
    return LocalizedText("reste de \(extra.formatted(.french)) \(placement.label(.french))",
             "remainder of \(extra.formatted(.english)) \(placement.label(.english))")
  }
}
