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
    let prefix = (day.year % 100).zeroPadded(2) + day.month.zeroPadded(2) + day.day.zeroPadded(2)
    let suffix = String((0..<4).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    return IncidentID(rawValue: prefix + "-" + suffix)
  }

  public static func make(on day: CalendarDay) -> IncidentID {
    var generator = SystemRandomNumberGenerator()
    return make(on: day, using: &generator)
  }

  /// Whether `text` has the shape of an id, so it can safely name a file.
  public static func isWellFormed(_ text: String) -> Bool {
    let bytes = text.utf8
    guard (8...19).contains(bytes.count) else { return false }
    for (index, byte) in bytes.enumerated() {
      switch index {
      case 0..<6: guard (0x30...0x39).contains(byte) else { return false }
      case 6: guard byte == 0x2D else { return false }
      default: guard alphabetBytes.contains(byte) else { return false }
      }
    }
    return true
  }

  static let alphabetBytes = Set(alphabet.compactMap(\.asciiValue))

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
