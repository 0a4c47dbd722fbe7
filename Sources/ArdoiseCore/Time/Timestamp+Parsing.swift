import Foundation

/// Why a typed date or time was refused.
public struct DateParsingError: Error, Equatable, Sendable {
  public var input: String
  public var reason: LocalizedText

  public func message(_ language: Language) -> String {
    L("« \(input) » : ", "“\(input)”: ")(language) + reason(language)
  }
}

extension Timestamp {
  /// Parses a date-time as a manager types it, relative to `now` in `timeZone`:
  /// `2026-11-29T23:40:00+01:00`, `2026-11-29 23:40`, `29/11/2026 23:40`, `29/11 23:40`, `23:40`
  /// or `23h40` (today, or yesterday when that time has not come yet), `now` / `maintenant`.
  /// Refuses a moment more than five minutes in the future.
  public static func parse(_ text: String, now: Date, timeZone: TimeZone = .current) throws -> Timestamp {
    let input = text.trimmingSpaces
    let failure = { (reason: LocalizedText) in DateParsingError(input: input, reason: reason) }
    guard !input.isEmpty else {
      throw failure(L("date vide (AAAA-MM-JJ HH:MM, JJ/MM HH:MM ou HH:MM)", "empty date (YYYY-MM-DD HH:MM, DD/MM HH:MM or HH:MM)"))
    }
    let lowered = input.lowercased()
    if ["now", "maintenant"].contains(lowered) { return Timestamp(now, in: timeZone) }

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
        guard let parsedDay = CalendarDay.parseDayPart(String(pieces[0]), today: today) else {
          throw failure(L("date inconnue (AAAA-MM-JJ ou JJ/MM/AAAA)", "unknown date (YYYY-MM-DD or DD/MM/YYYY)"))
        }
        day = parsedDay
        timeText = pieces[1]
      default:
        throw failure(L("format attendu : AAAA-MM-JJ HH:MM", "expected format: YYYY-MM-DD HH:MM"))
      }
      guard let (hour, minute, second) = parseClock(timeText) else {
        throw failure(L("heure inconnue (HH:MM, de 00:00 à 23:59)", "unknown time (HH:MM, from 00:00 to 23:59)"))
      }
      let chosenDay = day ?? today
      result = makeLocal(day: chosenDay, hour: hour, minute: minute, second: second, timeZone: timeZone)
      if day == nil && result.secondsSince1970 > Int64(now.timeIntervalSince1970) + 300 {
        result = makeLocal(day: chosenDay.adding(days: -1), hour: hour, minute: minute, second: second, timeZone: timeZone)
      }
    }
    if result.secondsSince1970 > Int64(now.timeIntervalSince1970) + 300 {
      throw failure(L("ce moment est dans le futur", "that moment is in the future"))
    }
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
  public static func parse(_ text: String, today: CalendarDay) throws -> CalendarDay {
    let input = text.trimmingSpaces
    if let day = parseDayPart(input, today: today) { return day }
    throw DateParsingError(input: input, reason: input.isEmpty
      ? L("date vide (AAAA-MM-JJ, JJ/MM/AAAA ou +3 pour dans trois jours)", "empty date (YYYY-MM-DD, DD/MM/YYYY or +3 for in three days)")
      : L("date inconnue (AAAA-MM-JJ, JJ/MM/AAAA ou +3 pour dans trois jours)", "unknown date (YYYY-MM-DD, DD/MM/YYYY or +3 for in three days)"))
  }

  static func parseDayPart(_ input: String, today: CalendarDay) -> CalendarDay? {
    let lowered = input.lowercased()
    switch lowered {
    case "today", "aujourd'hui", "aujourd’hui", "auj": return today
    case "tomorrow", "demain": return today.adding(days: 1)
    case "yesterday", "hier": return today.adding(days: -1)
    default: break
    }
    if lowered.hasPrefix("+") {
      var digits = lowered.dropFirst()
      if let last = digits.last, "djd".contains(last) { digits = digits.dropLast() }
      guard let count = Int(digits), (0...3650).contains(count) else { return nil }
      return today.adding(days: count)
    }
    if let day = CalendarDay(iso: input) { return day }
    let parts = input.split(separator: "/", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
      let d = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m)
    else { return nil }
    var y = today.year
    if parts.count == 3 {
      guard let parsed = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2 else { return nil }
      y = parts[2].count == 2 ? 2000 + parsed : parsed
    }
    guard (1...CalendarDay.daysIn(month: m, year: y)).contains(d) else { return nil }
    return CalendarDay(year: y, month: m, day: d)
  }
}
