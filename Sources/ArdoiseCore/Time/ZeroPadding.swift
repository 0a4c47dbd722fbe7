extension Int {
  /// The number in decimal with leading zeros to at least `width` digits: `7.zeroPadded(2)` is
  /// `"07"`. Much cheaper than `String(format:)`, which dates and times use on every row.
  public func zeroPadded(_ width: Int) -> String {
    let digits = String(Swift.abs(self))
    let padding = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
    return (self < 0 ? "-" : "") + padding + digits
  }
}
