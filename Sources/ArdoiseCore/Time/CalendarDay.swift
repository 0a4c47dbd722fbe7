import Foundation

/// A date without a time: a follow-up day, a deadline, a promise to pay. Written `2026-12-03`.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The civil date `days` days after 1970-01-01 (proleptic Gregorian).
  public init(daysSince1970 days: Int) {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: m <= 2 ? y + 1 : y, month: m, day: d)
  }

  /// Days since 1970-01-01.
  public var daysSince1970: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  public func adding(days: Int) -> CalendarDay { CalendarDay(daysSince1970: daysSince1970 + days) }

  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(until other: CalendarDay) -> Int { other.daysSince1970 - daysSince1970 }

  public func adding(years: Int) -> CalendarDay {
    var result = CalendarDay(year: year + years, month: month, day: day)
    if month == 2 && day == 29 && !CalendarDay.isLeap(result.year) { result.day = 28 }
    return result
  }

  public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `2026-12-03`.
  public var description: String { year.zeroPadded(4) + "-" + month.zeroPadded(2) + "-" + day.zeroPadded(2) }

  /// `03/12/2026` in French, `2026-12-03` in English.
  public func formatted(_ language: Language) -> String {
    language == .french ? day.zeroPadded(2) + "/" + month.zeroPadded(2) + "/" + year.zeroPadded(4) : description
  }

  /// A long form for letters: `3 décembre 2026`, `3 December 2026`.
  public func longFormatted(_ language: Language) -> String {
    let french = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    let name = (language == .french ? french : english)[month - 1]
    return language == .french ? "\(day == 1 ? "1er" : String(day)) \(name) \(year)" : "\(day) \(name) \(year)"
  }

  /// Day of the week, 0 = Monday … 6 = Sunday.
  public var weekday: Int { ((daysSince1970 % 7) + 7 + 3) % 7 }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = CalendarDay(iso: text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// The years ardoise accepts, typed or read: a walkout is recent, a deadline near. Outside,
  /// the calendar arithmetic (and Foundation's switch to the Julian calendar before 1582) would
  /// store another day than the one typed.
  public static let supportedYears = 1900...2100

  /// Parses exactly `YYYY-MM-DD`, checking the day exists and its year is in ``supportedYears``.
  public init?(iso text: String) {
    let bytes = Array(text.utf8)
    if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D {
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
          guard (0x30...0x39).contains(bytes[index]) else { return nil }
          value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
      }
      guard let y = number(0..<4), CalendarDay.supportedYears.contains(y), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m),
        (1...CalendarDay.daysIn(month: m, year: y)).contains(d)
      else { return nil }
      self.init(year: y, month: m, day: d)
      return
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), CalendarDay.supportedYears.contains(y), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), (1...CalendarDay.daysIn(month: m, year: y)).contains(d)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }
}
