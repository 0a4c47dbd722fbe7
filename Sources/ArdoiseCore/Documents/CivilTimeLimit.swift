/// The time limit for suing over an unpaid meal in France, counted from the meal: 2 years against a
/// consumer (art. L218-2 C. consom.), 5 years against a business (art. 2224 C. civ., L110-4 C. com.).
public enum CivilTimeLimit {
  /// Years the claim lasts against a debtor of `kind`.
  public static func years(for kind: DebtorKind) -> Int { kind == .business ? 5 : 2 }

  /// The last day a claim can be brought for a meal on `meal`: its anniversary (the day of the
  /// meal is not counted, and the limit runs out at the end of the last day: art. 2228–2229 C. civ.).
  public static func lastDay(meal: CalendarDay, kind: DebtorKind) -> CalendarDay {
    meal.adding(years: years(for: kind))
  }

  /// Whether the time limit has run out on `today`.
  public static func hasExpired(meal: CalendarDay, kind: DebtorKind, today: CalendarDay) -> Bool {
    lastDay(meal: meal, kind: kind) < today
  }
}
