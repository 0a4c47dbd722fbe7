import Testing
@testable import ArdoiseCore

/// Legal interest half-year by half-year, checked against sums done by hand.
@Suite struct LegalInterestPeriodsTests {
  func incident(cents: Int64, payments: [(CalendarDay, Int64)] = []) -> Incident {
    let meal = CalendarDay(year: 2025, month: 11, day: 20)
    let moment = Timestamp(secondsSince1970: Int64(meal.daysSince1970) * 86_400 + 72_000, offsetSeconds: 0)
    var incident = Incident(id: IncidentID(rawValue: "251120-AAAA"), facts: IncidentFacts(occurredAt: moment, amount: Money(minorUnits: cents)),
                            openedAt: moment, openedBy: "t")
    incident.payments = payments.map { day, amount in
      PaymentEntry(payment: Payment(amount: Money(minorUnits: amount), method: .transfer),
                   at: Timestamp(secondsSince1970: Int64(day.daysSince1970) * 86_400 + 36_000, offsetSeconds: 0), by: "t")
    }
    return incident
  }

  @Test func acrossTheChangeOfRateOnFirstJanuary2026() {
    // 1 000,00 € owed, demand on 1 December 2025, computed to 31 January 2026 (not counted):
    // 1 Dec–31 Dec 2025: 31 days at 2,76 %: 1000 × 0.0276 × 31 / 365 = 2.34411 → 2,34 €
    // 1 Jan–30 Jan 2026: 30 days at 2,62 %: 1000 × 0.0262 × 30 / 365 = 2.15342 → 2,15 €
    let computation = LegalInterest.computation(on: incident(cents: 100_000), from: CalendarDay(year: 2025, month: 12, day: 1),
                                                to: CalendarDay(year: 2026, month: 1, day: 31), fallbackRate: nil)
    #expect(computation.periods.count == 2)
    #expect(computation.periods[0].from == CalendarDay(year: 2025, month: 12, day: 1))
    #expect(computation.periods[0].to == CalendarDay(year: 2025, month: 12, day: 31))
    #expect(computation.periods[0].days == 31 && computation.periods[0].rate == 27_600)
    #expect(computation.periods[0].amount?.minorUnits == 234)
    #expect(computation.periods[1].from == CalendarDay(year: 2026, month: 1, day: 1))
    #expect(computation.periods[1].to == CalendarDay(year: 2026, month: 1, day: 30))
    #expect(computation.periods[1].days == 30 && computation.periods[1].rate == 26_200)
    #expect(computation.periods[1].amount?.minorUnits == 215)
    #expect(computation.total.minorUnits == 449)
    #expect(!computation.isMissingRate)
    #expect(computation.periods[1].rateSource?.contains("15 décembre 2025") == true)
  }

  @Test func aPaymentStartsANewPeriodOnItsDay() {
    // 1 000,00 € owed, demand 1 March 2026, 400,00 € paid on 11 March, computed to 21 March:
    // 10 days on 1 000 € at 2,62 %: 0.71781 → 0,72 €; 10 days on 600 €: 0.43068 → 0,43 €.
    let computation = LegalInterest.computation(
      on: incident(cents: 100_000, payments: [(CalendarDay(year: 2026, month: 3, day: 11), 40_000)]),
      from: CalendarDay(year: 2026, month: 3, day: 1), to: CalendarDay(year: 2026, month: 3, day: 21), fallbackRate: nil)
    #expect(computation.periods.map(\.days) == [10, 10])
    #expect(computation.periods.map(\.base.minorUnits) == [100_000, 60_000])
    #expect(computation.periods.compactMap(\.amount?.minorUnits) == [72, 43])
    #expect(computation.total.minorUnits == 115)
  }

  @Test func afterTheTableTheConfiguredRateOrNothing() {
    // 30 June (table, 2,62 %) then 1–9 July 2026 (not in the sources).
    let owed = incident(cents: 100_000)
    let start = CalendarDay(year: 2026, month: 6, day: 30)
    let end = CalendarDay(year: 2026, month: 7, day: 10)
    let missing = LegalInterest.computation(on: owed, from: start, to: end, fallbackRate: nil)
    #expect(missing.periods.map(\.days) == [1, 9])
    #expect(missing.periods[1].rate == nil && missing.periods[1].amount == nil && missing.isMissingRate)
    #expect(missing.total.minorUnits == 7)  // 1000 × 0.0262 / 365 = 0.0718 → 0,07 €, the known part only
    let configured = LegalInterest.computation(on: owed, from: start, to: end, fallbackRate: 30_000)
    // 9 days at 3 %: 1000 × 0.03 × 9 / 365 = 0.7397 → 0,74 €
    #expect(configured.periods[1].amount?.minorUnits == 74 && configured.periods[1].rateSource == "recovery.interest_rate")
    #expect(configured.total.minorUnits == 81 && !configured.isMissingRate)
  }

  /// `recovery.interest_rate` stands in for a half-year after the table, never for one before it:
  /// 2024's rate is not in the sources, so those days have none, even with the setting.
  @Test func beforeTheTableNoRateEvenWithTheSetting() {
    let computation = LegalInterest.computation(on: incident(cents: 100_000), from: CalendarDay(year: 2024, month: 12, day: 22),
                                                to: CalendarDay(year: 2025, month: 1, day: 2), fallbackRate: 30_000)
    #expect(computation.periods.map(\.days) == [10, 1])
    #expect(computation.periods[0].rate == nil && computation.periods[0].rateSource == nil && computation.isMissingRate)
    // 1 January 2025 at 3,71 %: 1000 × 0.0371 / 365 = 0.1016 → 0,10 €
    #expect(computation.periods[1].rate == 37_100 && computation.total.minorUnits == 10)
  }

  /// Each half-year's source names its arrêté and the page it was checked on, and the day.
  @Test func eachHalfYearNamesItsArreteAndWhenItWasChecked() {
    let checked = CalendarDay(year: 2026, month: 12, day: 6)
    #expect(LegalInterestRate.france.map(\.source.reference) == [
      "Arrêté du 17 décembre 2024 relatif à la fixation du taux de l’intérêt légal — premier semestre 2025",
      "Arrêté du 19 juin 2025 relatif à la fixation du taux de l’intérêt légal — second semestre 2025, NOR ECOT2516925A, JO du 24 juin 2025",
      "Arrêté du 15 décembre 2025 relatif à la fixation du taux de l’intérêt légal — premier semestre 2026, JO du 26 décembre 2025",
    ])
    #expect(LegalInterestRate.france.allSatisfy { $0.source.url?.hasPrefix("https://") == true && $0.checked == checked })
    #expect(LegalRegistry.fact("fr.legal-interest.2026-h1")?.checked == checked)
    // Where the table stops, the registry says the next rate is missing and unverified.
    let end = LegalRegistry.fact("fr.legal-interest.after-table")
    #expect(end?.name.english == "legal interest rate after 30 June 2026: not verified")
    #expect(end?.text.english.hasPrefix("ardoise does not have the arrêté fixing the next rate (second half of 2026)") == true)
    #expect(end?.source.reference.hasSuffix(" : non vérifié") == true && end?.checked == checked)
  }

  @Test func nothingWhenTheEndIsNotAfterTheStart() {
    let day = CalendarDay(year: 2026, month: 3, day: 1)
    #expect(LegalInterest.computation(on: incident(cents: 100_000), from: day, to: day, fallbackRate: nil).periods.isEmpty)
  }

  @Test func ratesReadInEachLanguage() {
    #expect(LegalInterest.rateText(26_200, .french) == "2,62")
    #expect(LegalInterest.rateText(26_200, .english) == "2.62")
    #expect(LegalInterest.rateText(30_000, .english) == "3.00")
    #expect(LegalInterest.rateText(41_650, .french) == "4,165")
  }

  @Test func theTableHasTheSemestersOfTheSourcesAndNoOther() {
    let table = LegalInterestRate.france.map { ($0.code, $0.privatePerson, $0.otherCases) }
    #expect(table.map(\.0) == ["2025-h1", "2025-h2", "2026-h1"])
    #expect(table.map(\.1) == [72_100, 66_500, 66_700])
    #expect(table.map(\.2) == [37_100, 27_600, 26_200])
    #expect(LegalInterestRate.france(on: CalendarDay(year: 2026, month: 7, day: 1)) == nil)
  }
}
