import Foundation

/// Why a typed date or time was refused.
public struct DateParsingError: Error, Equatable, Sendable {
  public var input: String
  public var reason: LocalizedText

  public func message(_ language: Language) -> String {
    LocalizedText("« \(input) » : ", "“\(input)”: ")(language) + reason(language)
  }
}

extension Timestamp {
  /// Parses a date-time as a manager types it, relative to `now` in `timeZone`:
  /// `2026-11-29T23:40:00+01:00`, `2026-11-29 23:40`, `29/11/2026 23:40`, `29/11 23:40`, `23:40`
  /// or `23h40` (today, or yesterday when that time has not come yet), `now` / `maintenant`, or
  /// a time ago (`-20`, `20 min ago`, `il y a 1 h 30`: ``parseRelative(_:now:timeZone:)``).
  /// Refuses a moment more than five minutes in the future.
  public static func parse(_ text: String, now: Date, timeZone: TimeZone = .current) throws -> Timestamp {
    let input = text.trimmingSpaces
    let failure = { (reason: LocalizedText) in DateParsingError(input: input, reason: reason) }
    guard !input.isEmpty else {
      throw failure(LocalizedText("date vide (AAAA-MM-JJ HH:MM, JJ/MM HH:MM ou HH:MM)", "empty date (YYYY-MM-DD HH:MM, DD/MM HH:MM or HH:MM)"))
    }
    let lowered = input.lowercased()
    if ["now", "maintenant"].contains(lowered) { return Timestamp(now, in: timeZone) }
    if let relative = parseRelative(input, now: now, timeZone: timeZone) { return relative }

    var result: Timestamp
    if let explicit = parseISOWithOffset(input) {
      result = explicit
    } else {
      let pieces = input.replacingOccurrences(of: "T", with: " ").split(separator: " ", omittingEmptySubsequences: true)
      let today = Timestamp(now, in: timeZone).day
      var day: CalendarDay? = nil
      var timeText: Substring
      switch pieces.count {
      case 1:
        timeText = pieces[0]
      case 2:
        // A day without its year is in today's year: a day to come is refused below as a
        // moment in the future rather than moved a year back.
        switch CalendarDay.read(String(pieces[0]), today: today, yearless: .todaysYear) {
        case .day(let parsedDay): day = parsedDay
        case .notInCalendar: throw failure(LocalizedText("ce jour n’existe pas", "there is no such day"))
        case .outOfRange: throw failure(CalendarDay.outOfRangeReason)
        case .unreadable: throw failure(LocalizedText("date inconnue (AAAA-MM-JJ ou JJ/MM/AAAA)", "unknown date (YYYY-MM-DD or DD/MM/YYYY)"))
        }
        timeText = pieces[1]
      default:
        throw failure(LocalizedText("format attendu : AAAA-MM-JJ HH:MM", "expected format: YYYY-MM-DD HH:MM"))
      }
      guard let (hour, minute, second) = parseClock(timeText) else {
        throw failure(LocalizedText("heure inconnue (HH:MM, de 00:00 à 23:59)", "unknown time (HH:MM, from 00:00 to 23:59)"))
      }
      let chosenDay = day ?? today
      result = makeLocal(day: chosenDay, hour: hour, minute: minute, second: second, timeZone: timeZone)
      if day == nil && result.secondsSince1970 > Int64(now.timeIntervalSince1970) + 300 {
        result = makeLocal(day: chosenDay.adding(days: -1), hour: hour, minute: minute, second: second, timeZone: timeZone)
      }
    }
    if result.secondsSince1970 > Int64(now.timeIntervalSince1970) + 300 {
      throw failure(LocalizedText("ce moment est dans le futur", "that moment is in the future"))
    }
    guard CalendarDay.supportedYears.contains(result.day.year) else { throw failure(CalendarDay.outOfRangeReason) }
    return result
  }

  /// The instant at a wall-clock time of `day` in `timeZone`.
  public static func makeLocal(day: CalendarDay, hour: Int, minute: Int, second: Int = 0, timeZone: TimeZone) -> Timestamp {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
    let date = calendar.date(from: components) ?? Date(timeIntervalSince1970: TimeInterval(day.daysSince1970 * 86_400))
    return Timestamp(date, in: timeZone)
  }

  /// `HH:MM`, `HH:MM:SS`, `HHhMM`, `HHh`.
  static func parseClock(_ text: Substring) -> (Int, Int, Int)? {
    let normalized = text.lowercased().replacingOccurrences(of: "h", with: ":")
    var parts = normalized.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 2 && parts[1].isEmpty { parts[1] = "00" }
    guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
      let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
    else { return nil }
    let second = parts.count == 3 ? Int(parts[2]) ?? 99 : 0
    guard second < 60 else { return nil }
    return (hour, minute, second)
  }

  /// Strict ISO 8601 as written by ardoise: `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`.
  public static func parseISOWithOffset(_ text: String) -> Timestamp? {
    guard text.count >= 17, let tIndex = text.firstIndex(of: "T") else { return nil }
    let dayText = String(text[..<tIndex])
    var rest = Substring(text[text.index(after: tIndex)...])
    guard let day = CalendarDay(iso: dayText) else { return nil }
    var offset: Int32
    if rest.hasSuffix("Z") {
      offset = 0
      rest = rest.dropLast()
    } else {
      guard rest.count >= 6 else { return nil }
      let offsetText = rest.suffix(6)
      guard let sign = offsetText.first, sign == "+" || sign == "-",
        offsetText.dropFirst().count == 5, offsetText[offsetText.index(offsetText.startIndex, offsetBy: 3)] == ":",
        let hours = Int32(offsetText.dropFirst().prefix(2)), let minutes = Int32(offsetText.suffix(2)),
        hours < 15, minutes < 60
      else { return nil }
      offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
      rest = rest.dropLast(6)
    }
    guard let (hour, minute, second) = parseClock(rest), rest.contains(":") else { return nil }
    let localSeconds = Int64(day.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    return Timestamp(secondsSince1970: localSeconds - Int64(offset), offsetSeconds: offset)
  }
}

extension CalendarDay {
  /// Parses a day as a manager types it, relative to `today`: `2026-12-03`, `03/12/2026`, `03/12`,
  /// `+3` (or `+3d`, `+3j`: in three days), `today` / `aujourd'hui`, `tomorrow` / `demain`.
  ///
  /// A day typed without its year is the one nearest today: `05/01` typed on 29 November is the
  /// coming January (a follow-up), `28/12` typed on 2 January the December just gone (a letter
  /// sent). A well-formed day that the calendar does not have (`31/02`) is refused as such.
  public static func parse(_ text: String, today: CalendarDay) throws -> CalendarDay {
    let input = text.trimmingSpaces
    switch read(input, today: today, yearless: .nearest) {
    case .day(let day):
      return day
    case .notInCalendar:
      throw DateParsingError(input: input, reason: LocalizedText("ce jour n’existe pas", "there is no such day"))
    case .outOfRange:
      throw DateParsingError(input: input, reason: outOfRangeReason)
    case .unreadable:
      throw DateParsingError(input: input, reason: input.isEmpty
        ? LocalizedText("date vide (AAAA-MM-JJ, JJ/MM/AAAA ou +3 pour dans trois jours)", "empty date (YYYY-MM-DD, DD/MM/YYYY or +3 for in three days)")
        : LocalizedText("date inconnue (AAAA-MM-JJ, JJ/MM/AAAA ou +3 pour dans trois jours)", "unknown date (YYYY-MM-DD, DD/MM/YYYY or +3 for in three days)"))
    }
  }

  /// Which year a day typed without one falls in.
  enum YearlessRule {
    case nearest, todaysYear
  }

  /// What reading a typed day found.
  enum Reading: Equatable {
    case day(CalendarDay)
    /// Well formed, but the calendar has no such day (`31/02`, `2026-02-30`).
    case notInCalendar
    /// A year outside ``CalendarDay/supportedYears`` (`0001-01-01`).
    case outOfRange
    case unreadable
  }

  /// Why a day of another century is refused.
  static var outOfRangeReason: LocalizedText {
    LocalizedText("année hors de \(supportedYears.lowerBound) à \(supportedYears.upperBound)",
      "year outside \(supportedYears.lowerBound) to \(supportedYears.upperBound)")
  }

  static func read(_ input: String, today: CalendarDay, yearless: YearlessRule) -> Reading {
    let reading = readAnyYear(input, today: today, yearless: yearless)
    if case .day(let day) = reading, !supportedYears.contains(day.year) { return .outOfRange }
    return reading
  }

  private static func readAnyYear(_ input: String, today: CalendarDay, yearless: YearlessRule) -> Reading {
    let lowered = input.lowercased()
    switch lowered {
    case "today", "aujourd'hui", "aujourd’hui", "auj": return .day(today)
    case "tomorrow", "demain": return .day(today.adding(days: 1))
    case "yesterday", "hier": return .day(today.adding(days: -1))
    default: break
    }
    if lowered.hasPrefix("+") {
      var digits = lowered.dropFirst()
      if let last = digits.last, "djd".contains(last) { digits = digits.dropLast() }
      guard let count = Int(digits), (0...3650).contains(count) else { return .unreadable }
      return .day(today.adding(days: count))
    }
    if let day = CalendarDay(iso: input) { return .day(day) }
    let isoParts = input.split(separator: "-", omittingEmptySubsequences: false)
    if isoParts.count == 3, isoParts.map(\.count) == [4, 2, 2], isoParts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let m = Int(isoParts[1]), (1...12).contains(m)
    {
      return supportedYears.contains(Int(isoParts[0]) ?? 0) ? .notInCalendar : .outOfRange
    }
    let parts = input.split(separator: "/", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
      let d = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), (1...31).contains(d)
    else { return .unreadable }
    var y = today.year
    if parts.count == 3 {
      guard let parsed = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2 else { return .unreadable }
      y = parts[2].count == 2 ? 2000 + parsed : parsed
    } else if yearless == .nearest {
      // The year whose date is nearest today, judged on a day every month has (29/02 falls in
      // the year nearest 28/02, then must exist in it).
      let probe = min(d, 28)
      y = [today.year - 1, today.year, today.year + 1].min { lhs, rhs in
        abs(CalendarDay(year: lhs, month: m, day: probe).daysSince1970 - today.daysSince1970)
          < abs(CalendarDay(year: rhs, month: m, day: probe).daysSince1970 - today.daysSince1970)
      } ?? today.year
    }
    guard d <= CalendarDay.daysIn(month: m, year: y) else { return .notInCalendar }
    return .day(CalendarDay(year: y, month: m, day: d))
  }
}
