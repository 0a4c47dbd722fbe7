import Foundation

/// How many SMS segments a text takes, as a phone network counts them.
///
/// A text written only with the GSM 7-bit alphabet (3GPP TS 23.038: the basic table, plus the
/// extension table `^ { } \ [ ~ ] | €`, each of which takes two places) fits 160 places in one
/// segment, 153 in each segment of a longer one. Any other character sends the whole text in
/// UCS-2: 70 UTF-16 units in one segment, 67 in each of a longer one.
public struct SMSSegments: Sendable, Equatable {
  public enum Encoding: Sendable, Equatable {
    case gsm7
    case ucs2
  }

  public var encoding: Encoding
  /// Places used: septets for GSM 7-bit (an extension character counts two), UTF-16 units for UCS-2.
  public var units: Int
  /// Segments the text is sent in (an empty text still takes one).
  public var count: Int

  public init(_ text: String) {
    if let septets = Self.septets(text) {
      encoding = .gsm7
      units = septets
      count = septets <= 160 ? 1 : (septets + 152) / 153
    } else {
      encoding = .ucs2
      units = text.utf16.count
      count = units <= 70 ? 1 : (units + 66) / 67
    }
  }

  /// Septets the text takes in the GSM 7-bit alphabet, or nil when a character is not in it.
  static func septets(_ text: String) -> Int? {
    var total = 0
    for scalar in text.unicodeScalars {
      if gsmBasic.contains(scalar) {
        total += 1
      } else if gsmExtension.contains(scalar) {
        total += 2
      } else {
        return nil
      }
    }
    return total
  }

  /// The GSM 7-bit default alphabet (basic table), LF and CR included.
  static let gsmBasic: Set<Unicode.Scalar> = Set(
    ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)

  /// The GSM 7-bit extension table: each is sent as an escape and the character, two septets.
  static let gsmExtension: Set<Unicode.Scalar> = Set("^{}\\[~]|€\u{0C}".unicodeScalars)
}

extension String {
  /// The text with the characters outside the GSM 7-bit alphabet replaced by the nearest ones in it
  /// (`’` → `'`, `«\u{202F}` → `"`, `ê` → `e`, `ç` → `c`, no-break spaces → space, `—` → `-`), so an SMS
  /// goes as GSM 7-bit, 160 characters a segment, instead of UCS-2 at 70. A character with no
  /// near equivalent (an emoji, a non-Latin letter) is kept: the text then goes as UCS-2, which
  /// ``SMSSegments`` reports.
  public var gsm7Transliterated: String {
    var text = self
    // The space French sets inside « » goes with the quotes.
    for space in [" ", "\u{A0}", "\u{202F}"] {
      text = text.replacingOccurrences(of: "«" + space, with: "«").replacingOccurrences(of: space + "»", with: "»")
    }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if SMSSegments.gsmBasic.contains(scalar) || SMSSegments.gsmExtension.contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if Self.isSpaceScalar(scalar) {
        result += " "
      } else {
        result += Self.gsmEquivalents[scalar] ?? String(scalar)
      }
    }
    return result
  }

  private static func isSpaceScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
  }

  private static let gsmEquivalents: [Unicode.Scalar: String] = [
    "«": "\"", "»": "\"", "“": "\"", "”": "\"", "„": "\"", "’": "'", "‘": "'", "‚": "'", "′": "'", "–": "-", "—": "-", "‑": "-", "−": "-", "…": "...", "•": "-", "·": "-",
    "â": "a", "á": "a", "ã": "a", "À": "A", "Â": "A", "Á": "A",
    "ê": "e", "ë": "e", "È": "E", "Ê": "E", "Ë": "E",
    "î": "i", "ï": "i", "í": "i", "Î": "I", "Ï": "I",
    "ô": "o", "ó": "o", "õ": "o", "Ô": "O", "œ": "oe", "Œ": "OE",
    "û": "u", "ú": "u", "Û": "U", "Ù": "U",
    "ç": "c", "ÿ": "y", "Ÿ": "Y", "°": "o", "№": "No",
  ]
}
