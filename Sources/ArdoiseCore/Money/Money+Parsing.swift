/// Why a typed amount was refused. Each case says what was wrong in words a manager understands.
public enum MoneyParsingError: Error, Equatable, Sendable {
  case empty
  case notANumber(String)
  case negative
  case zero
  case tooManyDecimals(allowed: Int)
  case tooLarge(limit: Money)
  case ambiguous(String)
  case malformedGrouping(String)
  case currencyMismatch(found: String, expected: Currency)

  public func message(_ language: Language) -> String {
    switch self {
    case .empty:
      return LocalizedText("montant vide : tapez par exemple 42,50", "empty amount: type for example 42.50")(language)
    case .notANumber(let text):
      return LocalizedText("« \(text) » n’est pas un montant (chiffres, virgule ou point seulement)",
               "“\(text)” is not an amount (digits and one decimal separator only)")(language)
    case .negative:
      return LocalizedText("un montant ne peut pas être négatif", "an amount cannot be negative")(language)
    case .zero:
      return LocalizedText("le montant doit être supérieur à zéro", "the amount must be more than zero")(language)
    case .tooManyDecimals(let allowed):
      return LocalizedText("au plus \(allowed) décimales", "at most \(allowed) decimals")(language)
    case .tooLarge(let limit):
      return LocalizedText("montant trop élevé : au plus \(limit.formatted(.french))",
               "amount too large: at most \(limit.formatted(.english))")(language)
    case .ambiguous(let text):
      return LocalizedText("« \(text) » est ambigu (milliers ou décimales ?) : écrivez 1234 ou 1,23",
               "“\(text)” is ambiguous (thousands or decimals?): write 1234 or 1.23")(language)
    case .malformedGrouping(let text):
      return LocalizedText("« \(text) » : les milliers se groupent par trois chiffres (1 234,56)",
               "“\(text)”: thousands are grouped by three digits (1,234.56)")(language)
    case .currencyMismatch(let found, let expected):
      return LocalizedText("devise « \(found) » : ce restaurant compte en \(expected.code)",
               "currency “\(found)”: this restaurant counts in \(expected.code)")(language)
    }
  }
}

extension Money {
  /// The largest amount ardoise accepts for one walkout or one payment.
  public static func limit(_ currency: Currency) -> Money {
    Money(minorUnits: 1_000_000 * currency.scale, currency: currency)
  }

  /// Parses an amount as a person types it: `42,50`, `42.50`, `42,50 €`, `€42.50`, `1 234,56`,
  /// `1,234.56`, `EUR 12`. Refuses empty, negative, over-precise, ambiguous or too large input.
  ///
  /// - Parameters:
  ///   - text: what was typed.
  ///   - currency: the restaurant's currency; a different symbol or code is refused.
  ///   - allowsZero: whether `0` is acceptable (never for an amount owed or a payment).
  /// - Throws: ``MoneyParsingError``.
  public static func parse(_ text: String, currency: Currency = .euro, allowsZero: Bool = false) throws -> Money {
    let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "\t"]
    var body = String(text.drop(while: { spaces.contains($0) }).reversed().drop(while: { spaces.contains($0) }).reversed())
    guard !body.isEmpty else { throw MoneyParsingError.empty }

    // A currency symbol or code at either end.
    let markers: [(String, String)] = [("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("EUR", "EUR"), ("GBP", "GBP"),
                                       ("USD", "USD"), ("CHF", "CHF"), ("EUROS", "EUR"), ("EURO", "EUR")]
    var negative = false
    if body.hasPrefix("-") { negative = true; body.removeFirst() }
    for (marker, code) in markers {
      let upper = body.uppercased()
      if upper.hasPrefix(marker) {
        body = String(body.dropFirst(marker.count))
      } else if upper.hasSuffix(marker) {
        body = String(body.dropLast(marker.count))
      } else {
        continue
      }
      guard code == currency.code else { throw MoneyParsingError.currencyMismatch(found: marker, expected: currency) }
      break
    }
    body = String(body.drop(while: { spaces.contains($0) }).reversed().drop(while: { spaces.contains($0) }).reversed())
    if body.hasPrefix("-") { negative = true; body.removeFirst() }
    guard !body.isEmpty else { throw MoneyParsingError.notANumber(text) }
    guard body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." || spaces.contains($0) || $0 == "'" }) else {
      throw MoneyParsingError.notANumber(text.trimmingSpaces)
    }
    if negative { throw MoneyParsingError.negative }

    let (integerPart, fractionPart) = try splitDecimal(body, original: text.trimmingSpaces, spaces: spaces)
    guard fractionPart.count <= currency.minorDigits else {
      throw MoneyParsingError.tooManyDecimals(allowed: currency.minorDigits)
    }
    guard !integerPart.isEmpty || !fractionPart.isEmpty else { throw MoneyParsingError.notANumber(text.trimmingSpaces) }
    let limit = Money.limit(currency)
    guard integerPart.count <= 9, let major = Int64(integerPart.isEmpty ? "0" : integerPart) else {
      throw MoneyParsingError.tooLarge(limit: limit)
    }
    let paddedFraction = fractionPart + String(repeating: "0", count: currency.minorDigits - fractionPart.count)
    let minor = Int64(paddedFraction.isEmpty ? "0" : paddedFraction) ?? 0
    let money = Money(minorUnits: major * currency.scale + minor, currency: currency)
    if money > limit { throw MoneyParsingError.tooLarge(limit: limit) }
    if money.isZero && !allowsZero { throw MoneyParsingError.zero }
    return money
  }

  /// Splits digits with separators into the integer digits and the fraction digits.
  private static func splitDecimal(_ body: String, original: String, spaces: Set<Character>) throws -> (String, String) {
    let separators = body.enumerated().filter { $0.element == "," || $0.element == "." }
    let groupingMarks = spaces.union(["'"])
    var decimalIndex: Int? = nil
    if let last = separators.last {
      let kinds = Set(separators.map(\.element))
      let digitsAfter = body.count - last.offset - 1
      if kinds.count == 2 {
        decimalIndex = last.offset
        if separators.filter({ $0.element == last.element }).count > 1 { throw MoneyParsingError.malformedGrouping(original) }
      } else if separators.count > 1 {
        decimalIndex = nil  // 1.234.567 or 1,234,567: grouping only
      } else if digitsAfter == 3 {
        let before = body[body.startIndex..<body.index(body.startIndex, offsetBy: last.offset)]
        let beforeDigits = before.filter { !groupingMarks.contains($0) }
        if beforeDigits.isEmpty || beforeDigits == "0" || before.contains(where: { groupingMarks.contains($0) }) {
          decimalIndex = last.offset  // 0,505 is decimals; 1 234,567 too
        } else {
          throw MoneyParsingError.ambiguous(original)
        }
      } else {
        decimalIndex = last.offset
      }
    }
    let characters = Array(body)
    let integerCharacters = decimalIndex.map { Array(characters[..<$0]) } ?? characters
    let fractionCharacters = decimalIndex.map { Array(characters[($0 + 1)...]) } ?? []
    if decimalIndex != nil && fractionCharacters.isEmpty { throw MoneyParsingError.notANumber(original) }
    guard fractionCharacters.allSatisfy({ $0.isNumber }) else { throw MoneyParsingError.notANumber(original) }

    // Integer part: digits with optional grouping marks, groups of exactly three after the first.
    let groupMark: Set<Character> = groupingMarks.union([",", "."])
    let groups = integerCharacters.split(omittingEmptySubsequences: false, whereSeparator: { groupMark.contains($0) })
    if groups.count > 1 {
      guard let first = groups.first, (1...3).contains(first.count),
        groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { throw MoneyParsingError.malformedGrouping(original) }
    }
    let integerDigits = String(integerCharacters.filter { $0.isNumber })
    return (integerDigits, String(fractionCharacters))
  }
}

extension String {
  var trimmingSpaces: String {
    let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "\t", "\n", "\r"]
    return String(drop(while: { spaces.contains($0) }).reversed().drop(while: { spaces.contains($0) }).reversed())
  }
}
