import Testing

@testable import ArdoiseCore

@Suite struct CalendarDayMonthsTests {
  @Test func addsMonthsKeepingTheDayOrTakingTheMonthsLast() {
    #expect(CalendarDay(year: 2026, month: 1, day: 31).adding(months: 1) == CalendarDay(year: 2026, month: 2, day: 28))
    #expect(CalendarDay(year: 2028, month: 1, day: 31).adding(months: 1) == CalendarDay(year: 2028, month: 2, day: 29))
    #expect(CalendarDay(year: 2026, month: 8, day: 31).adding(months: 6) == CalendarDay(year: 2027, month: 2, day: 28))
    #expect(CalendarDay(year: 2026, month: 11, day: 30).adding(months: 2) == CalendarDay(year: 2027, month: 1, day: 30))
    #expect(CalendarDay(year: 2026, month: 1, day: 15).adding(months: -1) == CalendarDay(year: 2025, month: 12, day: 15))
  }
}
