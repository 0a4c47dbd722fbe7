import Foundation
import Testing
@testable import ArdoiseCore

/// Civil days: parsing as people type them, arithmetic, weekdays and the long written form.
@Suite struct CalendarDayTests {
  static let today = CalendarDay(year: 2026, month: 11, day: 29)

  /// The day Foundation's Gregorian calendar gives for `days` since 1970 (the oracle).
  private func foundationDay(_ days: Int) -> (day: CalendarDay, weekday: Int) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let date = Date(timeIntervalSince1970: TimeInterval(days) * 86_400)
    let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
    // Foundation: 1 = Sunday … 7 = Saturday; CalendarDay: 0 = Monday … 6 = Sunday.
    return (CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!), (parts.weekday! + 5) % 7)
  }

  // MARK: - Parsing

  @Test(arguments: [
    ("+3", CalendarDay(year: 2026, month: 12, day: 2)), ("+3j", CalendarDay(year: 2026, month: 12, day: 2)),
    ("+3d", CalendarDay(year: 2026, month: 12, day: 2)), ("+0", today), ("+33", CalendarDay(year: 2027, month: 1, day: 1)),
    ("demain", CalendarDay(year: 2026, month: 11, day: 30)), ("tomorrow", CalendarDay(year: 2026, month: 11, day: 30)),
    ("Demain", CalendarDay(year: 2026, month: 11, day: 30)), ("today", today), ("aujourd'hui", today), ("aujourd’hui", today),
    ("hier", CalendarDay(year: 2026, month: 11, day: 28)), ("yesterday", CalendarDay(year: 2026, month: 11, day: 28)),
    ("03/12", CalendarDay(year: 2026, month: 12, day: 3)), ("3/12", CalendarDay(year: 2026, month: 12, day: 3)),
    ("03/12/2027", CalendarDay(year: 2027, month: 12, day: 3)), ("03/12/27", CalendarDay(year: 2027, month: 12, day: 3)),
    ("2026-12-03", CalendarDay(year: 2026, month: 12, day: 3)), (" 2026-12-03 ", CalendarDay(year: 2026, month: 12, day: 3)),
    ("29/02/2028", CalendarDay(year: 2028, month: 2, day: 29)),
  ])
  func acceptsTheDayFormsPeopleType(input: String, expected: CalendarDay) throws {
    #expect(try CalendarDay.parse(input, today: Self.today) == expected)
  }

  @Test(arguments: ["2026-13-01", "2026-1-3", "00/12", "12/00", "32/01",
                    "13/13", "+", "+x", "+-3", "+3w", "+3651", "abc", "03-12", "03/12/202", "3//12", "/12", "03/12/2026/1"])
  func refusesWhatIsNotADay(input: String) throws {
    let error = try #require(throws: DateParsingError.self) { try CalendarDay.parse(input, today: Self.today) }
    #expect(error.message(.english).contains("unknown date"))
    #expect(error.message(.french).contains("date inconnue"))
  }

  /// Well formed, but not in the calendar: said as such, not as an unknown format.
  @Test(arguments: ["31/02", "30/02/2028", "29/02/2027", "2026-02-30", "31/04", "31/11/2026"])
  func refusesDaysTheCalendarDoesNotHave(input: String) throws {
    let error = try #require(throws: DateParsingError.self) { try CalendarDay.parse(input, today: Self.today) }
    #expect(error.message(.english) == "“\(input)”: there is no such day")
    #expect(error.message(.french) == "«\u{202F}\(input)\u{202F}»\u{202F}: ce jour n’existe pas")
  }

  @Test func anEmptyDaySaysItIsEmpty() throws {
    let error = try #require(throws: DateParsingError.self) { try CalendarDay.parse("  ", today: Self.today) }
    #expect(error.message(.english).contains("empty date"))
    #expect(error.message(.french).contains("date vide"))
  }

  /// A day typed without its year is the one nearest today, so a follow-up set in late November
  /// for early January lands in the coming January, not eleven months ago.
  @Test(arguments: [
    ("05/01", CalendarDay(year: 2026, month: 11, day: 29), CalendarDay(year: 2027, month: 1, day: 5)),
    ("15/11", CalendarDay(year: 2026, month: 11, day: 29), CalendarDay(year: 2026, month: 11, day: 15)),
    ("03/12", CalendarDay(year: 2026, month: 11, day: 29), CalendarDay(year: 2026, month: 12, day: 3)),
    ("28/12", CalendarDay(year: 2027, month: 1, day: 2), CalendarDay(year: 2026, month: 12, day: 28)),
    ("31/12", CalendarDay(year: 2027, month: 1, day: 1), CalendarDay(year: 2026, month: 12, day: 31)),
    ("30/06", CalendarDay(year: 2027, month: 1, day: 1), CalendarDay(year: 2027, month: 6, day: 30)),
    ("29/02", CalendarDay(year: 2028, month: 1, day: 1), CalendarDay(year: 2028, month: 2, day: 29)),
  ])
  func aDayWithoutItsYearIsTheNearestOne(input: String, today: CalendarDay, expected: CalendarDay) throws {
    #expect(try CalendarDay.parse(input, today: today) == expected)
  }

  @Test func februaryTheTwentyNinthMustExistInTheNearestYear() throws {
    let error = try #require(throws: DateParsingError.self) { try CalendarDay.parse("29/02", today: CalendarDay(year: 2027, month: 1, day: 1)) }
    #expect(error.message(.english) == "“29/02”: there is no such day")
  }

  @Test(arguments: ["2026-12-03", "2000-02-29", "1900-01-01", "2100-12-31"])
  func theISOFormRoundTrips(text: String) throws {
    let day = try #require(CalendarDay(iso: text))
    #expect(day.description == text)
  }

  @Test(arguments: ["2026-12-3", "26-12-03", "2026/12/03", "2100-02-29", "2026-04-31", "2026-12-03T00:00", ""])
  func theISOFormIsStrict(text: String) {
    #expect(CalendarDay(iso: text) == nil)
  }

  // MARK: - Arithmetic

  @Test func daysSince1970RoundTripOverAWideRange() {
    for days in stride(from: -1_000_000, through: 1_000_000, by: 997) {
      let day = CalendarDay(daysSince1970: days)
      #expect(day.daysSince1970 == days, "\(day)")
      #expect((1...12).contains(day.month) && (1...CalendarDay.daysIn(month: day.month, year: day.year)).contains(day.day), "\(day)")
    }
  }

  @Test func consecutiveDaysAreConsecutiveDatesFrom1600To2400() {
    var previous = CalendarDay(year: 1600, month: 1, day: 1)
    let start = previous.daysSince1970
    for days in (start + 1)...(CalendarDay(year: 2400, month: 12, day: 31).daysSince1970) {
      let day = CalendarDay(daysSince1970: days)
      let expected: CalendarDay
      if previous.day < CalendarDay.daysIn(month: previous.month, year: previous.year) {
        expected = CalendarDay(year: previous.year, month: previous.month, day: previous.day + 1)
      } else if previous.month < 12 {
        expected = CalendarDay(year: previous.year, month: previous.month + 1, day: 1)
      } else {
        expected = CalendarDay(year: previous.year + 1, month: 1, day: 1)
      }
      guard day == expected else {
        Issue.record("day \(days) is \(day), expected \(expected)")
        return
      }
      previous = day
    }
  }

  @Test func agreesWithFoundationsCalendarAndWeekdays() {
    for days in stride(from: CalendarDay(year: 1700, month: 3, day: 1).daysSince1970, through: 150_000, by: 53) {
      let oracle = foundationDay(days)
      let day = CalendarDay(daysSince1970: days)
      #expect(day == oracle.day)
      #expect(day.weekday == oracle.weekday, "\(day)")
    }
  }

  @Test func knownWeekdays() {
    #expect(CalendarDay(year: 1970, month: 1, day: 1).weekday == 3)  // Thursday
    #expect(CalendarDay(year: 2026, month: 11, day: 29).weekday == 6)  // Sunday
    #expect(CalendarDay(year: 2026, month: 11, day: 30).weekday == 0)  // Monday
    #expect(CalendarDay(year: 1969, month: 12, day: 31).weekday == 2)  // Wednesday
  }

  @Test(arguments: [-400_000, -1, 0, 1, 59, 365, 366, 10_000, 400_000])
  func addingDaysAndDaysUntilAgree(offset: Int) {
    let start = CalendarDay(year: 2024, month: 2, day: 29)
    let end = start.adding(days: offset)
    #expect(start.days(until: end) == offset)
    #expect(end.adding(days: -offset) == start)
    #expect((offset > 0) == (start < end))
  }

  @Test func addingYearsKeepsTheDateOrFallsBackFrom29February() {
    #expect(CalendarDay(year: 2024, month: 2, day: 29).adding(years: 1) == CalendarDay(year: 2025, month: 2, day: 28))
    #expect(CalendarDay(year: 2024, month: 2, day: 29).adding(years: 4) == CalendarDay(year: 2028, month: 2, day: 29))
    #expect(CalendarDay(year: 2026, month: 11, day: 29).adding(years: -3) == CalendarDay(year: 2023, month: 11, day: 29))
  }

  @Test func leapYears() {
    #expect(CalendarDay.isLeap(2024) && CalendarDay.isLeap(2000) && CalendarDay.isLeap(1600))
    #expect(!CalendarDay.isLeap(2026) && !CalendarDay.isLeap(1900) && !CalendarDay.isLeap(2100))
  }

  @Test func orderIsChronological() {
    let days = [CalendarDay(year: 2026, month: 12, day: 1), CalendarDay(year: 2025, month: 12, day: 31),
                CalendarDay(year: 2026, month: 1, day: 31), CalendarDay(year: 2026, month: 2, day: 1)]
    #expect(days.sorted().map(\.daysSince1970) == days.map(\.daysSince1970).sorted())
  }

  // MARK: - Written forms

  @Test(arguments: [
    (CalendarDay(year: 2026, month: 12, day: 3), "3 décembre 2026", "3 December 2026"),
    (CalendarDay(year: 2026, month: 12, day: 1), "1er décembre 2026", "1 December 2026"),
    (CalendarDay(year: 2027, month: 2, day: 14), "14 février 2027", "14 February 2027"),
    (CalendarDay(year: 2026, month: 8, day: 15), "15 août 2026", "15 August 2026"),
    (CalendarDay(year: 2026, month: 1, day: 31), "31 janvier 2026", "31 January 2026"),
  ])
  func longFormsForLetters(day: CalendarDay, french: String, english: String) {
    #expect(day.longFormatted(.french) == french)
    #expect(day.longFormatted(.english) == english)
  }

  @Test func everyMonthHasItsNameInBothLanguages() {
    let french = Set((1...12).map { CalendarDay(year: 2026, month: $0, day: 2).longFormatted(.french) })
    let english = Set((1...12).map { CalendarDay(year: 2026, month: $0, day: 2).longFormatted(.english) })
    #expect(french.count == 12 && english.count == 12)
    #expect(french.isDisjoint(with: english))
  }

  @Test func shortForms() {
    let day = CalendarDay(year: 2026, month: 3, day: 7)
    #expect(day.description == "2026-03-07")
    #expect(day.formatted(.french) == "07/03/2026")
    #expect(day.formatted(.english) == "2026-03-07")
  }

  // MARK: - Years outside 1900–2100

  @Test(arguments: ["0001-01-01", "1899-12-31", "2101-01-01", "01/01/0001", "9999-12-31"])
  func aTypedDayOfAnotherCenturyIsRefusedAsSuch(text: String) {
    #expect(throws: DateParsingError(input: text, reason: CalendarDay.outOfRangeReason)) {
      try CalendarDay.parse(text, today: CalendarDay(year: 2026, month: 11, day: 30))
    }
  }

  @Test(arguments: ["0001-01-01", "1899-12-31", "2101-01-01"])
  func aStoredDayOfAnotherCenturyIsNotRead(text: String) {
    #expect(CalendarDay(iso: text) == nil)
    #expect(Timestamp.parseCanonical(text + "T12:00:00Z") == nil)
  }

  @Test func theEndsOfTheRangeAreAccepted() throws {
    let today = CalendarDay(year: 2026, month: 11, day: 30)
    #expect(try CalendarDay.parse("1900-01-01", today: today) == CalendarDay(year: 1900, month: 1, day: 1))
    #expect(try CalendarDay.parse("31/12/2100", today: today) == CalendarDay(year: 2100, month: 12, day: 31))
  }
}
