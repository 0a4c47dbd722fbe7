import Testing
@testable import ArdoiseCore

/// The civil time limit by jurisdiction and debtor, at its boundary days, and its restart.
@Suite struct CivilTimeLimitTests {
  typealias F = DocumentFixtures

  @Test func yearsByJurisdictionAndDebtor() {
    #expect(CivilTimeLimit.years(for: .consumer, in: .france) == 2)
    #expect(CivilTimeLimit.years(for: .business, in: .france) == 5)
    #expect(CivilTimeLimit.years(for: .nonTrader, in: .france) == 5)
    #expect(CivilTimeLimit.years(for: .consumer, in: .englandAndWales) == 6)
    #expect(CivilTimeLimit.years(for: .consumer, in: .unsupported("de")) == nil)
  }

  @Test func theLastDayIsTheAnniversaryAndTheNextDayIsTooLate() throws {
    // The unknown fixture: meal on 20 April 2026, no payment, no promise.
    let incident = F.unknown
    let last = try #require(CivilTimeLimit.lastDay(of: incident, kind: .consumer, in: .france))
    #expect(last == CalendarDay(year: 2028, month: 4, day: 20))
    #expect(!CivilTimeLimit.hasExpired(incident, kind: .consumer, in: .france, today: last))
    #expect(CivilTimeLimit.hasExpired(incident, kind: .consumer, in: .france, today: last.adding(days: 1)))
    #expect(CivilTimeLimit.lastDay(of: incident, kind: .consumer, in: .englandAndWales) == CalendarDay(year: 2032, month: 4, day: 20))
    #expect(!CivilTimeLimit.hasExpired(incident, kind: .consumer, in: .unsupported("de"), today: CalendarDay(year: 2090, month: 1, day: 1)))
  }

  @Test func aPartPaymentOrAPromiseRestartsItInFranceOnly() {
    // partly-paid: meal 2 April 2026, promise by email on 3 April, part-payment on 8 April.
    #expect(CivilTimeLimit.lastInterruption(of: F.partlyPaid) == CalendarDay(year: 2026, month: 4, day: 8))
    #expect(CivilTimeLimit.lastDay(of: F.partlyPaid, kind: .business, in: .france) == CalendarDay(year: 2031, month: 4, day: 8))
    // England and Wales: the sources ardoise holds say nothing of a restart there.
    #expect(CivilTimeLimit.lastDay(of: F.partlyPaid, kind: .business, in: .englandAndWales) == CalendarDay(year: 2032, month: 4, day: 2))
    // A promise alone (no payment) also counts: the contact of 3 April.
    var promiseOnly = F.partlyPaid
    promiseOnly.payments = []
    #expect(CivilTimeLimit.lastInterruption(of: promiseOnly) == CalendarDay(year: 2026, month: 4, day: 3))
  }
}
