extension Money {
  /// The amount as a person of `language` reads it: French `1 234,56 €` (a narrow no-break space
  /// between thousands, a no-break space before the currency: ``Swift/String/frenchTypography``),
  /// English `€1,234.56`.
  public func formatted(_ language: Language) -> String {
    let negative = minorUnits < 0
    let magnitude = minorUnits.magnitude
    let scale = UInt64(currency.scale)
    let majorDigits = String(magnitude / scale)
    let minorValue = String(magnitude % scale)
    let minorDigits = String(repeating: "0", count: max(0, currency.minorDigits - minorValue.count)) + minorValue
    let groupSeparator = language == .french ? "\u{202F}" : ","
    var grouped = ""
    for (index, digit) in majorDigits.enumerated() {
      if index > 0 && (majorDigits.count - index) % 3 == 0 { grouped += groupSeparator }
      grouped.append(digit)
    }
    let number = currency.minorDigits > 0 ? grouped + (language == .french ? "," : ".") + minorDigits : grouped
    let sign = negative ? "-" : ""
    switch language {
    case .french:
      return sign + number + "\u{A0}" + currency.symbol
    case .english:
      let symbol = currency.symbol
      return sign + (symbol.count == 1 ? symbol + number : symbol + " " + number)
    }
  }
}
