/// An amount of money in integer minor units (cents) of one currency. Never a float.
public struct Money: Sendable, Hashable, Comparable {
  public var minorUnits: Int64
  public var currency: Currency

  public init(minorUnits: Int64, currency: Currency = .euro) {
    self.minorUnits = minorUnits
    self.currency = currency
  }

  public static func zero(_ currency: Currency = .euro) -> Money { Money(minorUnits: 0, currency: currency) }

  public var isZero: Bool { minorUnits == 0 }
  public var isPositive: Bool { minorUnits > 0 }

  /// The sum, held at `Int64.max` or `Int64.min` instead of overflowing: no input can trap. Amounts
  /// typed or read are at most ``limit(_:)``, so a sum never comes near in practice.
  public static func + (lhs: Money, rhs: Money) -> Money {
    let (sum, overflow) = lhs.minorUnits.addingReportingOverflow(rhs.minorUnits)
    return Money(minorUnits: overflow ? (rhs.minorUnits > 0 ? .max : .min) : sum, currency: lhs.currency)
  }

  /// The difference, held at `Int64.max` or `Int64.min` instead of overflowing.
  public static func - (lhs: Money, rhs: Money) -> Money {
    let (difference, overflow) = lhs.minorUnits.subtractingReportingOverflow(rhs.minorUnits)
    return Money(minorUnits: overflow ? (rhs.minorUnits < 0 ? .max : .min) : difference, currency: lhs.currency)
  }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }

  /// The exact decimal form with a dot and no grouping: `"42.50"`, `"-3.00"`, `"1234"` for JPY.
  /// This is the form written to files and JSON.
  public var decimalString: String {
    let scale = currency.scale
    let negative = minorUnits < 0
    let magnitude = minorUnits.magnitude
    let major = magnitude / UInt64(scale)
    let minor = magnitude % UInt64(scale)
    var text = negative ? "-" : ""
    text += String(major)
    if currency.minorDigits > 0 {
      let digits = String(minor)
      text += "." + String(repeating: "0", count: currency.minorDigits - digits.count) + digits
    }
    return text
  }

  /// Reads the exact decimal form written by ``decimalString``.
  public init?(decimalString text: String, currency: Currency) {
    // The common case, read from the bytes: `[-]digits[.digits]`.
    var isNegative = false
    var majorValue: Int64 = 0
    var minorValue: Int64 = 0
    var fractionDigits = -1
    var digitCount = 0
    var isSimple = true
    for (index, byte) in text.utf8.enumerated() {
      if index == 0 && byte == 0x2D { isNegative = true; continue }
      if byte == 0x2E {
        guard fractionDigits < 0, digitCount > 0 else { isSimple = false; break }
        fractionDigits = 0
        continue
      }
      guard (0x30...0x39).contains(byte), digitCount < 15 else { isSimple = false; break }
      if fractionDigits >= currency.minorDigits { isSimple = false; break }
      if fractionDigits >= 0 {
        fractionDigits += 1
        minorValue = minorValue * 10 + Int64(byte - 0x30)
      } else {
        digitCount += 1
        majorValue = majorValue * 10 + Int64(byte - 0x30)
      }
    }
    if isSimple, digitCount > 0, fractionDigits != 0, fractionDigits <= currency.minorDigits {
      let scaledMinor = fractionDigits < 0 ? 0 : minorValue * Int64(pow10(currency.minorDigits - fractionDigits))
      self.init(minorUnits: (majorValue * currency.scale + scaledMinor) * (isNegative ? -1 : 1), currency: currency)
      return
    }
    var body = Substring(text)
    var negative = false
    if body.first == "-" { negative = true; body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let majorText = parts.first, !majorText.isEmpty,
      majorText.allSatisfy({ $0.isASCII && $0.isNumber }), let major = Int64(majorText)
    else { return nil }
    var minor: Int64 = 0
    if parts.count == 2 {
      let fraction = parts[1]
      guard !fraction.isEmpty, fraction.count <= currency.minorDigits,
        fraction.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(fraction)
      else { return nil }
      minor = value * Int64(pow10(currency.minorDigits - fraction.count))
    }
    let (scaled, overflow) = major.multipliedReportingOverflow(by: currency.scale)
    let (total, overflowAdding) = scaled.addingReportingOverflow(minor)
    guard !overflow, !overflowAdding else { return nil }
    self.init(minorUnits: negative ? -total : total, currency: currency)
  }
}

@usableFromInline
func pow10(_ exponent: Int) -> Int {
  var result = 1
  for _ in 0..<max(0, exponent) { result *= 10 }
  return result
}
