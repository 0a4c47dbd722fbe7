import Testing

@testable import ArdoiseCore

/// The fast timestamp reader used by `Event.parse` agrees with the general one.
@Suite struct TimestampCanonicalParsingTests {
  @Test(arguments: [
    "2026-11-29T23:40:00+01:00", "2026-11-29T23:40:00Z", "2026-06-30T00:00:00-04:30", "2024-02-29T12:00:59+14:59",
    "1970-01-01T00:00:00-00:00", "2000-12-31T23:59:59+00:00",
  ])
  func readsWhatArdoiseWrites(text: String) throws {
    let fast = try #require(Timestamp.parseCanonical(text))
    let general = try #require(Timestamp.parseISOWithOffset(text))
    #expect(fast.secondsSince1970 == general.secondsSince1970 && fast.offsetSeconds == general.offsetSeconds)
  }

  @Test(arguments: [
    "2025-02-29T12:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T23:60:00Z",
    "2026-11-29T23:40:60Z", "2026-11-29T23:40:00+15:00", "2026-11-29T23:40:00+01:60", "2026-11-29T23:40:00z",
    "2026-11-29 23:40:00+01:00", "2026-11-29T23:40:0a+01:00", "2026-11-29T23:40:00+0100", "2026-00-10T00:00:00Z",
  ])
  func refusesWhatTheGeneralParserRefuses(text: String) {
    #expect(Timestamp.parseCanonical(text) == nil)
    #expect(Timestamp.parseISOWithOffset(text) == nil)
  }

  /// Other shapes are left to the general parser, which may accept them (no seconds).
  @Test func leavesOtherShapesToTheGeneralParser() {
    #expect(Timestamp.parseCanonical("2026-11-29T23:40+01:00") == nil)
    #expect(Timestamp.parseISOWithOffset("2026-11-29T23:40+01:00") != nil)
  }
}
