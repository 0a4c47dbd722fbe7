import Foundation
import Testing
@testable import ArdoiseCore

/// A walkout is usually recorded some minutes after it happened: its time typed as a time ago.
@Suite struct TimestampRelativeParsingTests {
  static let paris = TimeZone(identifier: "Europe/Paris")!
  /// 2026-12-01 00:10 in Paris (23:10 UTC the day before): just after midnight.
  static let justAfterMidnight = Date(timeIntervalSince1970: 1_796_080_200)
  /// 2027-01-01 01:00 in Paris: just after the new year.
  static let newYear = Date(timeIntervalSince1970: 1_798_761_600)

  private func local(_ text: String, now: Date) throws -> String {
    let moment = try Timestamp.parse(text, now: now, timeZone: Self.paris)
    return moment.day.description + " " + moment.formatted(.english).suffix(5)
  }

  @Test func theClocksAreWhatTheySay() throws {
    #expect(Timestamp(Self.justAfterMidnight, in: Self.paris).formatted(.english) == "2026-12-01 00:10")
    #expect(Timestamp(Self.newYear, in: Self.paris).formatted(.english) == "2027-01-01 01:00")
  }

  @Test(arguments: [
    ("-20", "2026-11-30 23:50"), ("20 min ago", "2026-11-30 23:50"), ("il y a 20 min", "2026-11-30 23:50"),
    ("20 min", "2026-11-30 23:50"), ("20min", "2026-11-30 23:50"), ("Il y a 20 minutes", "2026-11-30 23:50"),
    ("1 h", "2026-11-30 23:10"), ("il y a 1 h 30", "2026-11-30 22:40"), ("-1h30", "2026-11-30 22:40"),
    ("1 hour ago", "2026-11-30 23:10"), ("il y a 2 heures", "2026-11-30 22:10"), ("il y a\u{00A0}5\u{202F}min", "2026-12-01 00:05"),
    ("-0", "2026-12-01 00:10"), ("1 h 15 min", "2026-11-30 22:55"),
  ])
  func aTimeAgoCrossesMidnight(typed: String, expected: String) throws {
    #expect(try local(typed, now: Self.justAfterMidnight) == expected)
  }

  @Test func aTimeAgoCrossesTheYear() throws {
    #expect(try local("il y a 1 h 30", now: Self.newYear) == "2026-12-31 23:30")
    #expect(try local("-90", now: Self.newYear) == "2026-12-31 23:30")
  }

  /// `20h` and `1h30` alone stay clock times, as before; nonsense is not a time ago.
  @Test func clockTimesAndNonsenseAreNotTimesAgo() throws {
    #expect(Timestamp.minutesAgo("20h") == nil)
    #expect(Timestamp.minutesAgo("1h30") == nil)
    #expect(Timestamp.minutesAgo("23:40") == nil)
    #expect(Timestamp.minutesAgo("20") == nil)
    #expect(Timestamp.minutesAgo("il y a") == nil)
    #expect(Timestamp.minutesAgo("-1 h 75") == nil)
    #expect(Timestamp.minutesAgo("20 kg ago") == nil)
    #expect(Timestamp.minutesAgo("il y a 8 jours") == nil)
    #expect(Timestamp.minutesAgo("-99999") == nil)
    #expect(try local("20h", now: Self.justAfterMidnight) == "2026-11-30 20:00")
    // 01:30 has not come yet at 01:00 on New Year's Day: the day before.
    #expect(try local("1h30", now: Self.newYear) == "2026-12-31 01:30")
  }
}
