/// One value of a TOML document, as ``TOMLDocument`` reads it.
public enum TOMLValue: Sendable, Equatable {
  case string(String)
  case integer(Int)
  case float(Double)
  case boolean(Bool)
  case dateTime(TOMLDateTime)
  case array([TOMLValue])
  case table(TOMLTable)

  /// The text, when the value is a string.
  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The number, when the value is an integer.
  public var int: Int? {
    if case .integer(let value) = self { return value }
    return nil
  }

  /// The number, when the value is a float (an integer is not converted).
  public var double: Double? {
    if case .float(let value) = self { return value }
    return nil
  }

  /// The truth value, when the value is a boolean.
  public var bool: Bool? {
    if case .boolean(let value) = self { return value }
    return nil
  }

  /// The date, time or both, when the value is one.
  public var dateTime: TOMLDateTime? {
    if case .dateTime(let value) = self { return value }
    return nil
  }

  /// The elements, when the value is an array (an array of tables included).
  public var array: [TOMLValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The table, when the value is one (a `[header]` table or an inline table).
  public var table: TOMLTable? {
    if case .table(let value) = self { return value }
    return nil
  }
}

extension TOMLValue: CustomDebugStringConvertible {
  /// The value written as TOML, for messages: `"dark"`, `12`, `[1, 2]`, `{ fg = "red" }`.
  public var debugDescription: String {
    switch self {
    case .string(let value): TOMLValue.quoted(value)
    case .integer(let value): String(value)
    case .float(let value): value.isNaN ? "nan" : value.isInfinite ? (value < 0 ? "-inf" : "inf") : String(value)
    case .boolean(let value): String(value)
    case .dateTime(let value): value.description
    case .array(let values): "[" + values.map(\.debugDescription).joined(separator: ", ") + "]"
    case .table(let table):
      table.isEmpty ? "{}" : "{ " + table.map { TOMLValue.key($0.key) + " = " + $0.value.debugDescription }.joined(separator: ", ") + " }"
    }
  }

  /// `text` as a TOML basic string: quoted, with `"`, `\` and control characters escaped.
  public static func quoted(_ text: String) -> String {
    var output = "\""
    appendEscaped(text, to: &output, keepingLineBreaks: false)
    return output + "\""
  }

  /// Whether a TOML basic string writes `scalar` as a `\u` escape: the controls TOML forbids raw
  /// (U+0000–U+001F but tab, and U+007F), and the line separators U+0085, U+2028, U+2029, which
  /// TOML allows but which would break a line in an editor or a message.
  static func isWrittenAsUnicodeEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
  }

  /// Appends `text` escaped for the inside of a TOML basic string, the one escaper behind ``quoted(_:)``
  /// and ``written(_:allowingLineBreaks:)``: `"` and `\` escaped, the short escapes (`\t`, `\n`, `\b`,
  /// `\f`, `\r`), `\uXXXX` in capitals for the other controls. Line breaks stay raw when
  /// `keepingLineBreaks` (inside `"""…"""`).
  ///
  /// Not shared with JSON's writer (`FlatJSON.quoted`): JSON writes `\u0008` and `\u000c` (no `\b`,
  /// `\f` in the log's canonical form), its hex in small letters, and leaves U+0085 raw; a log line's
  /// checksum covers those bytes.
  static func appendEscaped(_ text: String, to output: inout String, keepingLineBreaks: Bool) {
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\t": output += "\\t"
      case "\n": output += keepingLineBreaks ? "\n" : "\\n"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case "\r": output += "\\r"
      default:
        if isWrittenAsUnicodeEscape(scalar) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
  }

  /// `name` as a TOML key: bare when it can be, quoted otherwise.
  public static func key(_ name: String) -> String {
    let isBare = !name.isEmpty && name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
    }
    return isBare ? name : quoted(name)
  }
}
