/// The stable identifier of a recovery step (`catch-up`, `authorities`…), as written in case logs
/// and playbook files.
public struct StepID: RawRepresentable, Hashable, Sendable, Comparable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (lhs: StepID, rhs: StepID) -> Bool { lhs.rawValue < rhs.rawValue }

  public static let stayCalm: StepID = "stay-calm"
  public static let catchUp: StepID = "catch-up"
  public static let review: StepID = "review"
  public static let contact: StepID = "contact"
  public static let paymentOptions: StepID = "payment-options"
  public static let authorities: StepID = "authorities"
  public static let prevention: StepID = "prevention"

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
