/// The French legal interest rates of one half-year, fixed by arrêté in two categories.
///
/// A restaurant is a professional creditor: the rate « dans tous les autres cas » (``otherCases``)
/// applies to what its customers owe it. The other category is for a creditor who is a private
/// person not acting for professional needs.
public struct LegalInterestRate: Sendable, Equatable {
  public var year: Int
  /// 1 (January–June) or 2 (July–December).
  public var half: Int
  /// Percent × 10 000 (as ``LegalInterest/parseRate(_:)`` reads it): 6,67 % is 66 700.
  public var privatePerson: Int64
  /// Percent × 10 000: the rate for every other case, the one a restaurant uses.
  public var otherCases: Int64
  public var source: LegalSource

  public init(year: Int, half: Int, privatePerson: Int64, otherCases: Int64, source: LegalSource) {
    self.year = year
    self.half = half
    self.privatePerson = privatePerson
    self.otherCases = otherCases
    self.source = source
  }

  /// The half-year's first day: 1 January or 1 July.
  public var first: CalendarDay { CalendarDay(year: year, month: half == 1 ? 1 : 7, day: 1) }
  /// The half-year's last day: 30 June or 31 December.
  public var last: CalendarDay { half == 1 ? CalendarDay(year: year, month: 6, day: 30) : CalendarDay(year: year, month: 12, day: 31) }

  /// Whether `day` falls in this half-year.
  public func contains(_ day: CalendarDay) -> Bool { first <= day && day <= last }

  /// `2026-h1`.
  public var code: String { "\(year)-h\(half)" }

  /// The half-years ardoise has a source for, oldest first. The rate of the second half of 2026
  /// was not in the sources checked on 2026-11-30: after the last entry, ardoise uses
  /// `recovery.interest_rate` when it is set and otherwise says the rate is missing.
  public static let france: [LegalInterestRate] = [
    LegalInterestRate(year: 2025, half: 1, privatePerson: 72_100, otherCases: 37_100,
                      source: LegalSource("Arrêté fixant le taux de l’intérêt légal pour le premier semestre 2025")),
    LegalInterestRate(year: 2025, half: 2, privatePerson: 66_500, otherCases: 27_600,
                      source: LegalSource("Arrêté fixant le taux de l’intérêt légal pour le second semestre 2025")),
    LegalInterestRate(year: 2026, half: 1, privatePerson: 66_700, otherCases: 26_200,
                      source: LegalSource("Arrêté du 15 décembre 2025 fixant le taux de l’intérêt légal pour le premier semestre 2026")),
  ]

  /// The half-year of the table that holds `day`, if any.
  public static func france(on day: CalendarDay) -> LegalInterestRate? { france.first { $0.contains(day) } }
}

extension LegalRegistry {
  /// One registry fact per half-year of the rate table.
  static var franceInterestFacts: [LegalFact] {
    LegalInterestRate.france.map { rate in
      let halfFrench = rate.half == 1 ? "premier" : "second"
      let halfEnglish = rate.half == 1 ? "first" : "second"
      let other = LegalInterest.rateText(rate.otherCases, .french)
      let person = LegalInterest.rateText(rate.privatePerson, .french)
      let otherEnglish = LegalInterest.rateText(rate.otherCases, .english)
      let personEnglish = LegalInterest.rateText(rate.privatePerson, .english)
      return LegalFact(
        "fr.legal-interest.\(rate.code)", .france,
        name: LocalizedText("taux de l’intérêt légal du \(halfFrench) semestre \(rate.year)", "legal interest rate for the \(halfEnglish) half of \(rate.year)"),
        text: LocalizedText("\(other) % dans tous les autres cas (celui d’un restaurant) ; \(person) % pour un créancier personne physique n’agissant pas pour des besoins professionnels.",
                "\(otherEnglish)% in all other cases (a restaurant’s); \(personEnglish)% where the creditor is a private person not acting for professional needs."),
        short: "\(other) %",
        source: rate.source)
    }
  }
}
