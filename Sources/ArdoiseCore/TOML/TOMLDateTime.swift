/// A TOML date-time: an offset date-time (date, time and offset), a local date-time (date and
/// time), a local date or a local time.
public struct TOMLDateTime: Sendable, Equatable, CustomStringConvertible {
  public struct Date: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
  }

  public struct Time: Sendable, Equatable {
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// The fraction of a second, to the nanosecond (further digits are dropped).
    public var nanosecond: Int
  }

  public var date: Date?
  public var time: Time?
  /// Minutes east of UTC (`Z` is 0); nil for a local date-time, date or time.
  public var offsetMinutes: Int?

  /// As RFC 3339 writes it: `1979-05-27T07:32:00-07:00`.
  public var description: String {
    func digits(_ value: Int, _ count: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, count - text.count)) + text
    }
    var parts: [String] = []
    if let date { parts.append(digits(date.year, 4) + "-" + digits(date.month, 2) + "-" + digits(date.day, 2)) }
    if let time {
      var text = digits(time.hour, 2) + ":" + digits(time.minute, 2) + ":" + digits(time.second, 2)
      if time.nanosecond > 0 { text += "." + digits(time.nanosecond, 9) }
      if let offsetMinutes {
        text += offsetMinutes == 0 ? "Z" : (offsetMinutes < 0 ? "-" : "+") + digits(abs(offsetMinutes) / 60, 2) + ":" + digits(abs(offsetMinutes) % 60, 2)
      }
      parts.append(text)
    }
    return parts.joined(separator: "T")
  }
}
