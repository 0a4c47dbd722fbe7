import Foundation

/// The short identifier of a walkout case, e.g. `261129-K7QF`: the day it was recorded (`YYMMDD`)
/// and four random characters from Crockford's base 32 (no I, L, O, U).
///
/// Two terminals creating cases in the same second get different ids with near certainty; the
/// store creates the file with `O_EXCL` and draws again on the rare collision.
public struct IncidentID: RawRepresentable, Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (lhs: IncidentID, rhs: IncidentID) -> Bool { lhs.rawValue < rhs.rawValue }

  static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

  /// A fresh id for a case recorded on `day`.
  public static func make<G: RandomNumberGenerator>(on day: CalendarDay, using generator: inout G) -> IncidentID {
    let prefix = String(format: "%02d%02d%02d", day.year % 100, day.month, day.day)
    let suffix = String((0..<4).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    return IncidentID(rawValue: prefix + "-" + suffix)
  }

  public static func make(on day: CalendarDay) -> IncidentID {
    var generator = SystemRandomNumberGenerator()
    return make(on: day, using: &generator)
  }

  /// Whether `text` has the shape of an id, so it can safely name a file.
  public static func isWellFormed(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 2 && parts[0].count == 6 && parts[0].allSatisfy { $0.isASCII && $0.isNumber }
      && (1...12).contains(parts[1].count) && parts[1].allSatisfy { alphabet.contains($0) }
  }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
