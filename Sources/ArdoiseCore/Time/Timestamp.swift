import Foundation

/// An instant with the UTC offset in force where it was stated: `2026-11-29T23:40:00+01:00`.
///
/// Ordering and equality follow the instant; the offset only decides how it is written.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var secondsSince1970: Int64
  /// The offset from UTC in seconds, east positive.
  public var offsetSeconds: Int32

  public init(secondsSince1970: Int64, offsetSeconds: Int32) {
    self.secondsSince1970 = secondsSince1970
    self.offsetSeconds = offsetSeconds
  }

  /// The instant `date` as seen in `timeZone`.
  public init(_ date: Date, in timeZone: TimeZone = .current) {
    let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
    self.init(secondsSince1970: seconds, offsetSeconds: Int32(timeZone.secondsFromGMT(for: date)))
  }

  public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }
  public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 == rhs.secondsSince1970 }
  public func hash(into hasher: inout Hasher) { hasher.combine(secondsSince1970) }

  /// Year, month, day, hour, minute and second on the wall clock of the stated offset.
  public var wallClock: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
    let local = secondsSince1970 + Int64(offsetSeconds)
    let days = Int(floorDivide(local, 86_400))
    let secondsOfDay = Int(local - Int64(days) * 86_400)
    let civil = CalendarDay(daysSince1970: days)
    return (civil.year, civil.month, civil.day, secondsOfDay / 3600, secondsOfDay % 3600 / 60, secondsOfDay % 60)
  }

  /// The calendar day on the stated wall clock.
  public var day: CalendarDay {
    let local = secondsSince1970 + Int64(offsetSeconds)
    return CalendarDay(daysSince1970: Int(floorDivide(local, 86_400)))
  }

  /// ISO 8601 with seconds and offset: `2026-11-29T23:40:00+01:00` (or `Z` for UTC).
  public var iso8601: String {
    let w = wallClock
    return w.year.zeroPadded(4) + "-" + w.month.zeroPadded(2) + "-" + w.day.zeroPadded(2) + "T" + w.hour.zeroPadded(2) + ":"
      + w.minute.zeroPadded(2) + ":" + w.second.zeroPadded(2)
      + Timestamp.offsetText(offsetSeconds)
  }

  public var description: String { iso8601 }

  /// `2026-11-29 23:40` for screens and documents.
  public var shortText: String {
    let w = wallClock
    return w.year.zeroPadded(4) + "-" + w.month.zeroPadded(2) + "-" + w.day.zeroPadded(2) + " " + w.hour.zeroPadded(2) + ":"
      + w.minute.zeroPadded(2)
  }

  /// `29/11/2026 23:40` in French, `2026-11-29 23:40` in English.
  public func formatted(_ language: Language) -> String {
    let w = wallClock
    switch language {
    case .french:
      return w.day.zeroPadded(2) + "/" + w.month.zeroPadded(2) + "/" + w.year.zeroPadded(4) + " " + w.hour.zeroPadded(2) + ":"
        + w.minute.zeroPadded(2)
    case .english: return shortText
    }
  }

  /// `23:40`.
  public var timeText: String {
    let w = wallClock
    return w.hour.zeroPadded(2) + ":" + w.minute.zeroPadded(2)
  }

  static func offsetText(_ offset: Int32) -> String {
    if offset == 0 { return "Z" }
    let sign = offset < 0 ? "-" : "+"
    let magnitude = abs(Int(offset))
    return sign + (magnitude / 3600).zeroPadded(2) + ":" + (magnitude % 3600 / 60).zeroPadded(2)
  }

  /// Adds whole seconds.
  public func adding(seconds: Int64) -> Timestamp {
    Timestamp(secondsSince1970: secondsSince1970 + seconds, offsetSeconds: offsetSeconds)
  }
}

@inlinable
func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
