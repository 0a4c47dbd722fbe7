import Foundation

extension Timestamp {
  /// The longest time ago a relative time may say (a week): a walkout recorded later than that
  /// is typed with its day.
  static let longestRelativeMinutes = 7 * 24 * 60

  /// A moment typed as a time ago, relative to `now`: `-20` (minutes), `-1h30`, `20 min ago`,
  /// `1 hour ago`, `il y a 20 min`, `il y a 1 h 30`, or a bare duration with its unit apart or in
  /// minutes (`20 min`, `1 h`, `1 h 30`). `1h30` or `20h` alone are clock times, not durations,
  /// and give nil here, as does anything that is not a time ago. Pure: `now` is the injected clock.
  public static func parseRelative(_ text: String, now: Date, timeZone: TimeZone) -> Timestamp? {
    guard let minutes = minutesAgo(text) else { return nil }
    return Timestamp(now.addingTimeInterval(-Double(minutes) * 60), in: timeZone)
  }

  /// How many minutes ago `text` says, or nil.
  static func minutesAgo(_ text: String) -> Int? {
    var lowered = text.lowercased()
      .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
      .trimmingCharacters(in: .whitespaces)
    var isMarked = false
    for prefix in ["il y a ", "-", "−"] where lowered.hasPrefix(prefix) {
      lowered = String(lowered.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
      isMarked = true
      break
    }
    if !isMarked, lowered.hasSuffix(" ago") {
      lowered = String(lowered.dropLast(4)).trimmingCharacters(in: .whitespaces)
      isMarked = true
    }
    guard let duration = TimeAgo(lowered) else { return nil }
    // Unmarked, `20h` or `1h30` is a clock time; only a duration whose unit stands apart, or
    // is in minutes, reads as a time ago.
    if !isMarked {
      guard duration.hasUnit, duration.isInMinutes || lowered.contains(" ") else { return nil }
    }
    guard duration.minutes <= longestRelativeMinutes else { return nil }
    return duration.minutes
  }

  /// `20`, `20 min`, `1 h`, `1h30`, `2 heures`, `1 hour 15 minutes`: hours and minutes.
  private struct TimeAgo {
    var minutes: Int
    var hasUnit: Bool
    var isInMinutes: Bool

    private static let minuteUnits: Set<String> = ["m", "mn", "min", "mins", "minute", "minutes"]
    private static let hourUnits: Set<String> = ["h", "hr", "hrs", "hour", "hours", "heure", "heures"]

    init?(_ text: String) {
      // Numbers and units, in turn: 1 h 30 → ["1", "h", "30"].
      var tokens: [String] = []
      var current = ""
      var currentIsNumber = false
      for character in text where character != " " {
        let isNumber = character.isASCII && character.isNumber
        guard isNumber || character.isLetter else { return nil }
        if !current.isEmpty && isNumber != currentIsNumber {
          tokens.append(current)
          current = ""
        }
        current.append(character)
        currentIsNumber = isNumber
      }
      if !current.isEmpty { tokens.append(current) }
      guard let first = tokens.first, let amount = Int(first), first.count <= 4 else { return nil }
      switch tokens.count {
      case 1:
        self.init(minutes: amount, hasUnit: false, isInMinutes: true)
      case 2 where Self.minuteUnits.contains(tokens[1]):
        self.init(minutes: amount, hasUnit: true, isInMinutes: true)
      case 2 where Self.hourUnits.contains(tokens[1]):
        self.init(minutes: amount * 60, hasUnit: true, isInMinutes: false)
      case 3, 4:
        guard Self.hourUnits.contains(tokens[1]), let extra = Int(tokens[2]), tokens[2].count <= 2, extra < 60,
          tokens.count == 3 || Self.minuteUnits.contains(tokens[3])
        else { return nil }
        self.init(minutes: amount * 60 + extra, hasUnit: true, isInMinutes: false)
      default:
        return nil
      }
    }

    private init(minutes: Int, hasUnit: Bool, isInMinutes: Bool) {
      self.minutes = minutes
      self.hasUnit = hasUnit
      self.isInMinutes = isInMinutes
    }
  }
}
