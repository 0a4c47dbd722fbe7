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
  /// The day the two rates were last checked against the arrêté's text or a page quoting it.
  public var checked: CalendarDay

  public init(year: Int, half: Int, privatePerson: Int64, otherCases: Int64, source: LegalSource,
              checked: CalendarDay = LegalFact.domainCheck) {
    self.year = year
    self.half = half
    self.privatePerson = privatePerson
    self.otherCases = otherCases
    self.source = source
    self.checked = checked
  }

  /// The half-year's first day: 1 January or 1 July.
  public var first: CalendarDay { CalendarDay(year: year, month: half == 1 ? 1 : 7, day: 1) }
  /// The half-year's last day: 30 June or 31 December.
  public var last: CalendarDay { half == 1 ? CalendarDay(year: year, month: 6, day: 30) : CalendarDay(year: year, month: 12, day: 31) }

  /// Whether `day` falls in this half-year.
  public func contains(_ day: CalendarDay) -> Bool { first <= day && day <= last }

  /// `2026-h1`.
  public var code: String { "\(year)-h\(half)" }

  /// The half-years ardoise has a source for, oldest first, re-checked on 2026-12-06. The arrêté
  /// for the second half of 2026 (due in June 2026) was not found in the sources searched on
  /// 2026-12-05 and again on 2026-12-06 (stored web pages and documentation: « taux de l’intérêt
  /// légal second semestre 2026 », « arrêté juin 2026 fixation du taux de l’intérêt légal »,
  /// « 1er juillet 2026 »; Légifrance, service-public.fr, banque-france.fr and juriblio.fr pages
  /// found stop at the first half of 2026). The only figures seen for it were a table in a third
  /// party's source code naming no arrêté (6,84 % / 2,75 %): not a source, so not used. After
  /// the last entry, ardoise uses `recovery.interest_rate` when it is set and otherwise says the
  /// rate is missing. Add a half-year here only with its arrêté (date, Journal officiel, NOR).
  public static let france: [LegalInterestRate] = [
    LegalInterestRate(year: 2025, half: 1, privatePerson: 72_100, otherCases: 37_100,
                      source: LegalSource("Arrêté du 17 décembre 2024 relatif à la fixation du taux de l’intérêt légal — premier semestre 2025",
                                          url: "https://www.cna2c.fr/nos-actualites-juridiques/taux-de-linteret-legal-a-compter-du-1er-juillet-2025"),
                      checked: checkedOn),
    LegalInterestRate(year: 2025, half: 2, privatePerson: 66_500, otherCases: 27_600,
                      source: LegalSource("Arrêté du 19 juin 2025 relatif à la fixation du taux de l’intérêt légal — second semestre 2025, NOR ECOT2516925A, JO du 24 juin 2025",
                                          url: "https://www.cna2c.fr/nos-actualites-juridiques/taux-de-linteret-legal-a-compter-du-1er-juillet-2025"),
                      checked: checkedOn),
    LegalInterestRate(year: 2026, half: 1, privatePerson: 66_700, otherCases: 26_200,
                      source: LegalSource("Arrêté du 15 décembre 2025 relatif à la fixation du taux de l’intérêt légal — premier semestre 2026, JO du 26 décembre 2025",
                                          url: "https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136"),
                      checked: checkedOn),
  ]

  /// The day the table was last checked against its sources: on 2026-12-06 the first half of
  /// 2026 against the arrêté's text (juriblio.fr, JORF n° 0302), 2025 against ksca.fr (Lefebvre
  /// Dalloz, with the NOR) and the half-yearly table of laclef.eu.
  static let checkedOn = CalendarDay(year: 2026, month: 12, day: 6)

  /// The half-year of the table that holds `day`, if any.
  public static func france(on day: CalendarDay) -> LegalInterestRate? { france.first { $0.contains(day) } }
}

extension LegalRegistry {
  /// One registry fact per half-year of the rate table, then one that says where the table stops.
  static var franceInterestFacts: [LegalFact] {
    halfYearFacts + [tableEndFact]
  }

  /// After the table's last half-year: no rate, and what was searched. Says itself unverified.
  static var tableEndFact: LegalFact {
    let last = LegalInterestRate.france.last?.last ?? CalendarDay(year: 2026, month: 6, day: 30)
    let next = last.month == 6 ? LocalizedText("second semestre \(last.year)", "second half of \(last.year)")
      : LocalizedText("premier semestre \(last.year + 1)", "first half of \(last.year + 1)")
    return LegalFact(
      "fr.legal-interest.after-table", .france,
      name: LocalizedText("taux de l’intérêt légal après le \(last.longFormatted(.french)) : non vérifié", "legal interest rate after \(last.longFormatted(.english)): not verified"),
      text: LocalizedText("ardoise n’a pas l’arrêté fixant le taux suivant (\(next.french)) : aucun taux n’est appliqué après le \(last.longFormatted(.french)) ; le calcul dit que le taux manque, sauf si recovery.interest_rate est réglé d’après l’arrêté.",
              "ardoise does not have the arrêté fixing the next rate (\(next.english)): no rate is applied after \(last.longFormatted(.english)); the computation says the rate is missing unless recovery.interest_rate is set from the arrêté."),
      short: LocalizedText("taux manquant", "rate missing"),
      source: LegalSource("Arrêté non trouvé les 2026-12-05 et 2026-12-06 dans les pages web et documentations consultées (« taux de l’intérêt légal \(next.french) », « arrêté de juin 2026 relatif à la fixation du taux de l’intérêt légal » ; Légifrance, service-public.fr, banque-france.fr, juriblio.fr) : non vérifié"),
      checked: LegalInterestRate.checkedOn)
  }

  static var halfYearFacts: [LegalFact] {
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
        short: LocalizedText("\(other) %", "\(otherEnglish)%"),
        source: rate.source, checked: rate.checked)
    }
  }
}
