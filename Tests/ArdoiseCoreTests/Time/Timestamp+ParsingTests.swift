import Foundation
import Testing
@testable import ArdoiseCore

/// Date-times as a manager types them, parsed against a fixed clock in Paris.
@Suite struct TimestampParsingTests {
  static let paris = TimeZone(identifier: "Europe/Paris")!

  /// 2026-01-15 12:00 UTC: 13:00 in Paris, winter time (+01:00).
  static let winterNow = Date(timeIntervalSince1970: 1_768_478_400)
  /// 2026-07-15 12:00 UTC: 14:00 in Paris, summer time (+02:00).
  static let summerNow = Date(timeIntervalSince1970: 1_784_116_800)

  /// The instant of an ISO 8601 text, read by Foundation: the oracle the parser is checked against.
  private func instant(_ iso: String) throws -> Int64 {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    let date = try #require(formatter.date(from: iso), "the oracle cannot read \(iso)")
    return Int64(date.timeIntervalSince1970)
  }

  private func parse(_ text: String, now: Date = winterNow) throws -> Timestamp {
    try Timestamp.parse(text, now: now, timeZone: Self.paris)
  }

  @Test func theFixedClocksAreWhatTheySay() throws {
    #expect(Int64(Self.winterNow.timeIntervalSince1970) == (try instant("2026-01-15T12:00:00Z")))
    #expect(Int64(Self.summerNow.timeIntervalSince1970) == (try instant("2026-07-15T12:00:00Z")))
  }

  // MARK: - Accepted forms

  @Test(arguments: [
    ("2026-01-10T23:40:00+01:00", "2026-01-10T23:40:00+01:00", Int32(3600)),
    ("2026-01-10T23:40+01:00", "2026-01-10T23:40:00+01:00", 3600),
    ("2026-01-10T22:40:00Z", "2026-01-10T22:40:00Z", 0),
    ("2026-01-10T17:40:15-05:00", "2026-01-10T17:40:15-05:00", -18_000),
    ("2026-01-11T04:10:00+05:30", "2026-01-11T04:10:00+05:30", 19_800),
  ])
  func isoWithAnOffsetKeepsThatOffset(input: String, oracle: String, offset: Int32) throws {
    let parsed = try parse(input)
    #expect(parsed.secondsSince1970 == (try instant(oracle)))
    #expect(parsed.offsetSeconds == offset)
    #expect(parsed.iso8601 == oracle)
  }

  @Test(arguments: ["2026-01-10 23:40", "2026-01-10T23:40", "10/01/2026 23:40", "10/01/26 23:40", "10/01 23:40",
                    "10/01 23h40", "  2026-01-10 23:40  "])
  func wallClockFormsAreReadInTheGivenTimeZone(input: String) throws {
    let parsed = try parse(input)
    #expect(parsed.secondsSince1970 == (try instant("2026-01-10T23:40:00+01:00")))
    #expect(parsed.offsetSeconds == 3600)
  }

  @Test(arguments: [
    ("12:30", "2026-01-15T12:30:00+01:00"), ("12h30", "2026-01-15T12:30:00+01:00"), ("9h", "2026-01-15T09:00:00+01:00"),
    ("00:00", "2026-01-15T00:00:00+01:00"), ("12:59:59", "2026-01-15T12:59:59+01:00"),
    // Within the five minutes of tolerance: still today.
    ("13:04", "2026-01-15T13:04:00+01:00"),
    // Later than now: yesterday.
    ("23h40", "2026-01-14T23:40:00+01:00"), ("23:40", "2026-01-14T23:40:00+01:00"), ("13:06", "2026-01-14T13:06:00+01:00"),
  ])
  func aTimeAloneIsTodayUnlessThatIsStillToCome(input: String, oracle: String) throws {
    let parsed = try parse(input)
    #expect(parsed.secondsSince1970 == (try instant(oracle)))
    #expect(parsed.iso8601 == oracle)
  }

  @Test func aTimeAloneJustAfterMidnightIsYesterdayEvening() throws {
    // 00:20 in Paris on 15 January.
    let now = Date(timeIntervalSince1970: TimeInterval(try instant("2026-01-15T00:20:00+01:00")))
    #expect(try parse("23:50", now: now).iso8601 == "2026-01-14T23:50:00+01:00")
    #expect(try parse("00:10", now: now).iso8601 == "2026-01-15T00:10:00+01:00")
  }

  @Test(arguments: ["now", "NOW", "maintenant", "Maintenant", " now "])
  func nowIsTheClock(input: String) throws {
    let parsed = try parse(input, now: Self.summerNow)
    #expect(parsed.secondsSince1970 == Int64(Self.summerNow.timeIntervalSince1970))
    #expect(parsed.offsetSeconds == 7200)
  }

  // MARK: - Daylight saving time

  @Test(arguments: [
    ("2026-01-10 20:00", Int32(3600)), ("2026-03-28 20:00", 3600), ("2026-03-29 01:30", 3600), ("2026-03-29 03:30", 7200),
    ("2026-07-10 20:00", 7200), ("2026-10-24 20:00", 7200), ("2026-10-25 03:30", 3600), ("2026-12-24 20:00", 3600),
  ])
  func theOffsetIsTheOneInForceThatDay(input: String, offset: Int32) throws {
    let now = Date(timeIntervalSince1970: TimeInterval(try instant("2026-12-31T12:00:00Z")))
    let parsed = try parse(input, now: now)
    #expect(parsed.offsetSeconds == offset)
    let wall = parsed.wallClock
    #expect(String(format: "%04d-%02d-%02d %02d:%02d", wall.year, wall.month, wall.day, wall.hour, wall.minute) == input)
    #expect(parsed.secondsSince1970 == (try instant(input.replacingOccurrences(of: " ", with: "T") + ":00"
      + (offset == 3600 ? "+01:00" : "+02:00"))))
  }

  @Test func summerTimesAloneTakeTheSummerOffset() throws {
    let parsed = try parse("13:15", now: Self.summerNow)
    #expect(parsed.iso8601 == "2026-07-15T13:15:00+02:00")
    #expect(parsed.secondsSince1970 == (try instant("2026-07-15T11:15:00Z")))
  }

  // MARK: - Refusals

  @Test(arguments: ["2026-01-15 13:06", "2026-01-16 09:00", "16/01/2026 09:00", "2026-01-15T12:10:00Z", "2027-01-01T00:00:00+01:00"])
  func theFutureIsRefused(input: String) {
    #expect(throws: DateParsingError.self) { try parse(input) }
  }

  @Test func fiveMinutesAheadIsTolerated() throws {
    #expect(try parse("2026-01-15 13:05").iso8601 == "2026-01-15T13:05:00+01:00")
  }

  @Test(arguments: ["", "   ", "25:00", "12:60", "12:5x", "1230", "midi", "31/02/2026 12:00", "2026-02-30 12:00",
                    "2026-13-01 12:00", "10/01 23:40 extra", "yesterday noon", "12:00:60", "2026-01-10T23:40:00+15:00",
                    "2026-01-10T23:40:00+01"])
  func nonsenseIsRefusedWithTheInputQuoted(input: String) throws {
    let error = try #require(throws: DateParsingError.self) { try parse(input) }
    #expect(error.input == input.trimmingSpaces)
    #expect(error.message(.english).contains("“\(input.trimmingSpaces)”"))
    #expect(error.message(.french).contains("«\u{202F}\(input.trimmingSpaces)\u{202F}»"))
    #expect(error.message(.french) != error.message(.english))
  }

  @Test(arguments: ["31/02/2026 12:00", "2026-02-30 12:00", "31/04 20:00"])
  func aDayTheCalendarDoesNotHaveIsSaidSo(input: String) throws {
    let error = try #require(throws: DateParsingError.self) { try parse(input) }
    #expect(error.message(.english) == "“\(input)”: there is no such day")
  }

  /// A day without its year stays in this year: 20/01 typed on 15 January is refused as the future,
  /// not taken for last January.
  @Test func aShortDayToComeIsTheFutureNotLastYear() throws {
    let error = try #require(throws: DateParsingError.self) { try parse("20/01 21:00") }
    #expect(error.message(.english) == "“20/01 21:00”: that moment is in the future")
  }

  // MARK: - The written form

  @Test func theWrittenFormRoundTripsForManyInstantsAndOffsets() throws {
    var random = SplitMix64(seed: 42)
    let offsets: [Int32] = [0, 3600, 7200, -18_000, 19_800, -34_200, 50_400, -43_200, 20_700]
    for _ in 0..<2000 {
      let seconds = Int64(random.next() % 4_000_000_000) - 1_000_000_000
      let offset = offsets[Int(random.next() % UInt64(offsets.count))]
      let original = Timestamp(secondsSince1970: seconds, offsetSeconds: offset)
      let parsed = try #require(Timestamp.parseISOWithOffset(original.iso8601), "\(original.iso8601)")
      #expect(parsed.secondsSince1970 == seconds)
      #expect(parsed.offsetSeconds == offset)
      #expect(parsed.iso8601 == original.iso8601)
    }
  }

  @Test func formattingFollowsTheLanguage() {
    let moment = Timestamp(secondsSince1970: 1_768_085_100, offsetSeconds: 3600)  // 2026-01-10T23:45:00+01:00
    #expect(moment.iso8601 == "2026-01-10T23:45:00+01:00")
    #expect(moment.formatted(.french) == "10/01/2026 23:45")
    #expect(moment.formatted(.english) == "2026-01-10 23:45")
    #expect(moment.timeText == "23:45")
    #expect(moment.day == CalendarDay(year: 2026, month: 1, day: 10))
    #expect(Timestamp(secondsSince1970: 1_768_085_100, offsetSeconds: 0).day == CalendarDay(year: 2026, month: 1, day: 10))
    #expect(Timestamp(secondsSince1970: 1_768_085_100, offsetSeconds: 7200).day == CalendarDay(year: 2026, month: 1, day: 11))
  }

  /// `0001-01-01` was stored as `0000-12-30` (Foundation's Julian calendar before 1582).
  @Test(arguments: ["0001-01-01 12:00", "1899-12-31 23:00", "0001-01-01T12:00:00+01:00"])
  func aMomentOfAnotherCenturyIsRefused(text: String) {
    #expect(throws: DateParsingError.self) {
      try Timestamp.parse(text, now: Date(timeIntervalSince1970: 1_795_000_000), timeZone: TimeZone(identifier: "Europe/Paris")!)
    }
  }
}
