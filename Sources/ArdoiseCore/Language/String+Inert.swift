/// Text from user data made safe to show: whatever a case, a config or a file holds, nothing of it
/// reaches a terminal, a document or an error message as a control.
///
/// Three kinds of characters are never passed on raw:
/// - controls: C0 (U+0000–U+001F, so ESC, BEL and the escape sequences they start), DEL and C1
///   (U+0080–U+009F, which some terminals read as CSI, OSC…);
/// - bidirectional controls, which reorder what is shown (U+061C, U+200E, U+200F, U+202A–U+202E,
///   U+2066–U+2069);
/// - invisible characters: zero-width space, non-joiner and joiner (U+200B–U+200D), the word joiner
///   and invisible operators (U+2060–U+2064), the byte-order mark (U+FEFF), and the line and
///   paragraph separators (U+2028, U+2029).
///
/// A table cell or a screen line uses ``inert`` (one line); a multi-line text ``inertLines`` (tabs
/// and newlines kept); an error message, which echoes what someone typed, ``escaped``.
extension Unicode.Scalar {
  /// Whether the scalar is a control, a bidirectional control or an invisible character.
  public var isInert: Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
      return true
    default:
      return false
    }
  }
}

extension String {
  /// The text on one line: tabs and line ends become a space, every other character of
  /// ``Unicode/Scalar/isInert`` becomes `�`.
  public var inert: String { neutralized(keepingLines: false) }

  /// The text with its tabs, newlines and CRLF line ends, every other character of
  /// ``Unicode/Scalar/isInert`` replaced by `�` (a lone carriage return, which would let a line
  /// be written over, by a newline): for documents and multi-line output.
  public var inertLines: String { neutralized(keepingLines: true) }

  /// The text on one line with every character of ``Unicode/Scalar/isInert`` written as an escape:
  /// `\n`, `\r`, `\t`, else `\u{1B}`. For error messages that echo what was typed.
  public var escaped: String {
    guard hasInertScalar else { return self }
    var result = ""
    result.unicodeScalars.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      guard scalar.isInert else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }

  /// Whether the text holds a character of ``Unicode/Scalar/isInert``. Printable ASCII, most of
  /// what is shown, is decided from its bytes.
  public var hasInertScalar: Bool {
    for byte in utf8 where byte < 0x20 || byte >= 0x7F {
      return unicodeScalars.contains(where: \.isInert)
    }
    return false
  }

  private func neutralized(keepingLines: Bool) -> String {
    guard hasInertScalar else { return self }
    var result = ""
    result.unicodeScalars.reserveCapacity(unicodeScalars.count)
    let scalars = Array(unicodeScalars)
    var skipsNewline = false  // a CRLF on one line is one space
    for (index, scalar) in scalars.enumerated() {
      if skipsNewline {
        skipsNewline = false
        continue
      }
      guard scalar.isInert else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
        result.unicodeScalars.append(keepingLines ? "\r" : " ")
        if !keepingLines { skipsNewline = true }
      case "\n", "\t", "\r", "\u{2028}", "\u{2029}":
        let kept: Unicode.Scalar = scalar == "\t" ? "\t" : "\n"
        result.unicodeScalars.append(keepingLines ? kept : " ")
      default:
        result.unicodeScalars.append("\u{FFFD}")
      }
    }
    return result
  }

  /// JSON text with every character of ``Unicode/Scalar/isInert`` but the whitespace between
  /// tokens (newline, carriage return, tab) written as a `\uXXXX` escape. A JSON writer escapes
  /// C0 controls inside strings, so a raw newline is layout; the other characters can only be
  /// inside strings, where the escape means the same character: the result is valid JSON of the
  /// same value, and safe on a terminal.
  public var jsonEscapingInertScalars: String {
    guard hasInertScalar else { return self }
    var result = ""
    result.unicodeScalars.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      if scalar.isInert && scalar != "\n" && scalar != "\r" && scalar != "\t" {
        // Every inert scalar is in the Basic Multilingual Plane: one four-digit escape.
        let hex = String(scalar.value, radix: 16, uppercase: false)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
