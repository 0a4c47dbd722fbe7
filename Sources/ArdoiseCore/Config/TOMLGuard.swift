/// A check made before any text reaches TOMLKit's parser (toml++), which aborts the whole process
/// (a failed assertion, SIGABRT) on a character outside ASCII, or a control character, where a key
/// is expected: a `config.toml` with `[été]` or `[\u{12}]` stopped every command, `check` included.
/// Both found by fuzzing (`Tests/Fuzz`, fuzz-config).
///
/// TOML allows characters outside ASCII only inside strings and comments, and control characters
/// other than tab nowhere outside strings, so refusing them elsewhere refuses no valid file.
public enum TOMLGuard {
  /// The 1-based line of the first character outside ASCII that is neither in a string nor in a
  /// comment; nil when there is none.
  public static func lineOfNonASCIIOutsideStrings(_ text: String) -> Int? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var line = 1
    func starts(_ quote: Unicode.Scalar, times count: Int, at position: Int) -> Bool {
      position + count <= scalars.count && scalars[position..<position + count].allSatisfy { $0 == quote }
    }
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "\n":
        line += 1
        index += 1
      case "#":
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
      case "\"", "'":
        let isBasic = scalar == "\""
        let isMultiline = starts(scalar, times: 3, at: index)
        index += isMultiline ? 3 : 1
        while index < scalars.count {
          let inside = scalars[index]
          if isBasic && inside == "\\" {
            if index + 1 < scalars.count, scalars[index + 1] == "\n" { line += 1 }
            index += 2
            continue
          }
          if inside == "\n" {
            if !isMultiline { break }  // an unclosed one-line string (toml++ reports it); the newline is counted outside
            line += 1
          }
          if inside == scalar && (!isMultiline || starts(scalar, times: 3, at: index)) {
            index += isMultiline ? 3 : 1
            break
          }
          index += 1
        }
      default:
        // Outside ASCII, or a control character other than tab and CR (LF is counted above):
        // toml++ asserts on either where a key is expected (`[\u{12}]` was found by fuzzing).
        if scalar.value > 0x7F || scalar.value == 0x7F || (scalar.value < 0x20 && scalar != "\t" && scalar != "\r") { return line }
        index += 1
      }
    }
    return nil
  }

  /// A text refused by ``lineOfNonASCIIOutsideStrings(_:)``.
  public struct Refusal: Error, Equatable {
    public var line: Int
  }

  /// Throws ``Refusal`` for a text ``lineOfNonASCIIOutsideStrings(_:)`` finds a character in.
  public static func check(_ text: String) throws(Refusal) {
    if let line = lineOfNonASCIIOutsideStrings(text) { throw Refusal(line: line) }
  }

  /// Why the text is refused, for the file's error.
  public static let reason = L("caractère hors ASCII ou de contrôle en dehors d’une chaîne (une clé s’écrit en lettres ASCII, chiffres, - et _, ou entre guillemets)",
                               "a character outside ASCII, or a control character, outside a string (a key is ASCII letters, digits, - and _, or quoted)")
}
