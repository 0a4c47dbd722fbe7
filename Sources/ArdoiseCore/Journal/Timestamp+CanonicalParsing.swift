extension Timestamp {
  /// Reads the exact form ardoise writes (`2026-11-29T23:40:00+01:00` or `…Z`) straight from
  /// its UTF-8 bytes; nil for any other shape, which callers hand to ``parseISOWithOffset(_:)``.
  ///
  /// Every log line holds two timestamps, and the general parser (built for what people type)
  /// was most of the time spent loading a data directory. For the shapes it accepts, this one
  /// applies the same range checks and gives the same instant and offset.
  static func parseCanonical(_ text: String) -> Timestamp? {
    var text = text
    return text.withUTF8 { parseCanonical(utf8: $0) }
  }

  /// ``parseCanonical(_:)`` on UTF-8 bytes.
  static func parseCanonical(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    guard bytes.count == 20 || bytes.count == 25 else { return nil }
    func number(_ start: Int, _ length: Int) -> Int? {
      var value = 0
      for index in start..<(start + length) {
        let digit = Int(bytes[index]) &- 0x30
        guard digit >= 0 && digit <= 9 else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
      let year = number(0, 4), CalendarDay.supportedYears.contains(year), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year),
      hour < 24, minute < 60, second < 60
    else { return nil }
    var offset: Int32 = 0
    if bytes.count == 20 {
      guard bytes[19] == 0x5A else { return nil }
    } else {
      let sign = bytes[19]
      guard sign == 0x2B || sign == 0x2D, bytes[22] == 0x3A, let hours = number(20, 2), let minutes = number(23, 2),
        hours < 15, minutes < 60
      else { return nil }
      offset = Int32(hours * 3600 + minutes * 60) * (sign == 0x2D ? -1 : 1)
    }
    let days = CalendarDay(year: year, month: month, day: day).daysSince1970
    let local = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    return Timestamp(secondsSince1970: local - Int64(offset), offsetSeconds: offset)
  }
}
