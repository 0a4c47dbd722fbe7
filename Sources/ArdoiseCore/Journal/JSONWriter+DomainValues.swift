/// Timestamps, days and amounts written straight as the bytes of their text forms
/// (``Timestamp/iso8601``, ``CalendarDay/description``, ``Money/decimalString``), without building
/// a string for each: `list --json` writes a dozen per case. Their text has nothing to escape.
extension JSONWriter {
  /// `"2026-11-29T23:40:00+01:00"`, as ``Timestamp/iso8601`` writes it.
  public mutating func timestamp(_ value: Timestamp) {
    beginValue()
    bytes.append(0x22)
    let wall = value.wallClock
    appendDate(year: wall.year, month: wall.month, day: wall.day)
    bytes.append(0x54)
    appendDigits(wall.hour, width: 2)
    bytes.append(0x3A)
    appendDigits(wall.minute, width: 2)
    bytes.append(0x3A)
    appendDigits(wall.second, width: 2)
    if value.offsetSeconds == 0 {
      bytes.append(0x5A)
    } else {
      bytes.append(value.offsetSeconds < 0 ? 0x2D : 0x2B)
      let magnitude = abs(Int(value.offsetSeconds))
      appendDigits(magnitude / 3600, width: 2)
      bytes.append(0x3A)
      appendDigits(magnitude % 3600 / 60, width: 2)
    }
    bytes.append(0x22)
  }

  /// `"2026-11-29"`, as ``CalendarDay/description`` writes it.
  public mutating func day(_ value: CalendarDay) {
    beginValue()
    bytes.append(0x22)
    appendDate(year: value.year, month: value.month, day: value.day)
    bytes.append(0x22)
  }

  /// `"42.50"`, `"-3.00"`, `"1234"` for JPY: as ``Money/decimalString`` writes it.
  public mutating func money(_ value: Money) {
    beginValue()
    bytes.append(0x22)
    if value.minorUnits < 0 { bytes.append(0x2D) }
    let magnitude = value.minorUnits.magnitude
    let scale = UInt64(value.currency.scale)
    appendDigits(magnitude / scale, width: 1)
    let minorDigits = value.currency.minorDigits
    if minorDigits > 0 {
      bytes.append(0x2E)
      appendDigits(magnitude % scale, width: minorDigits)
    }
    bytes.append(0x22)
  }

  public mutating func member(_ name: String, _ value: Timestamp) {
    key(name)
    timestamp(value)
  }

  /// A day, or `null` when there is none.
  public mutating func member(_ name: String, _ value: CalendarDay?) {
    key(name)
    if let value { day(value) } else { null() }
  }

  public mutating func member(_ name: String, _ value: Money) {
    key(name)
    money(value)
  }

  /// `year-month-day`, the year on at least four digits (a negative one with its sign, as
  /// `Int.zeroPadded` writes it).
  private mutating func appendDate(year: Int, month: Int, day: Int) {
    if year < 0 { bytes.append(0x2D) }
    appendDigits(year.magnitude, width: 4)
    bytes.append(0x2D)
    appendDigits(month, width: 2)
    bytes.append(0x2D)
    appendDigits(day, width: 2)
  }

  private mutating func appendDigits(_ value: Int, width: Int) {
    appendDigits(UInt64(value.magnitude), width: width)
  }

  /// The decimal digits of `value`, zeros first up to `width` digits.
  private mutating func appendDigits<Value: UnsignedInteger>(_ value: Value, width: Int) {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    var rest = UInt64(value)
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[23 - count] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
        rest /= 10
        count += 1
      } while rest > 0
      while count < width && count < 24 {
        buffer[23 - count] = 0x30
        count += 1
      }
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
    }
  }
}
