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
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\r": output += "\\r"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output + "\""
  }

  /// `name` as a TOML key: bare when it can be, quoted otherwise.
  public static func key(_ name: String) -> String {
    let isBare = !name.isEmpty && name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
    }
    return isBare ? name : quoted(name)
  }
}
