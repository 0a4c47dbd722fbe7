/// An ISO 4217 currency and the number of digits of its minor unit.
public struct Currency: Sendable, Hashable, Codable, CustomStringConvertible {
  public let code: String
  public let minorDigits: Int

  public init(code: String, minorDigits: Int = 2) {
    self.code = code.uppercased()
    self.minorDigits = minorDigits
  }

  public static let euro = Currency(code: "EUR")
  public static let poundSterling = Currency(code: "GBP")
  public static let usDollar = Currency(code: "USD")
  public static let swissFranc = Currency(code: "CHF")

  /// The symbol written next to amounts (`€`, `£`, `$`), else the code.
  public var symbol: String {
    switch code {
    case "EUR": "€"
    case "GBP": "£"
    case "USD": "$"
    default: code
    }
  }

  /// The multiplier from major to minor units (100 for two digits).
  public var scale: Int64 {
    var result: Int64 = 1
    for _ in 0..<minorDigits { result *= 10 }
    return result
  }

  /// Parses a three-letter code such as `EUR`; nil otherwise.
  public init?(isoCode: String) {
    if isoCode == "EUR" { self = .euro; return }
    let code = isoCode.uppercased()
    guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    let zeroDigit: Set<String> = ["JPY", "KRW", "XOF", "XAF", "ISK", "CLP", "VND"]
    self.init(code: code, minorDigits: zeroDigit.contains(code) ? 0 : 2)
  }

  public var description: String { code }

  public init(from decoder: any Decoder) throws {
    let raw = try decoder.singleValueContainer().decode(String.self)
    guard let currency = Currency(isoCode: raw) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO currency code: \(raw)"))
    }
    self = currency
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(code)
  }
}
