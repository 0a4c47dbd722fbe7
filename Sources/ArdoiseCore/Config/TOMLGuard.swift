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

  /// The 1-based line of a table header (`[…]`, `[[…]]`) whose key, or a part of it after a dot,
  /// starts with something other than a bare-key character or a quote, or of a `}` closing nothing
  /// but an array (`a = [1, }`); nil when there is none. toml++ asserts on both instead of
  /// reporting them (`[# x]` and `title = { attrs = ["bold", }` were found by fuzzing). Lines inside
  /// a value (a multi-line array or inline table, a multi-line string) are not headers.
  public static func lineOfMalformedHeader(_ text: String) -> Int? {
    let scalars = Array(text.unicodeScalars)
    func isBare(_ scalar: Unicode.Scalar) -> Bool {
      ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
    }
    func isKeyStart(_ index: Int) -> Bool { index < scalars.count && (isBare(scalars[index]) || scalars[index] == "\"" || scalars[index] == "'") }
    func skipBlanks(_ index: inout Int) { while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 } }
    var index = 0
    var line = 1
    var open: [Unicode.Scalar] = []  // brackets and braces open in a value, innermost last
    var atLineStart = true
    while index < scalars.count {
      let scalar = scalars[index]
      if atLineStart && open.isEmpty {
        skipBlanks(&index)
        atLineStart = false
        guard index < scalars.count else { break }
        if scalars[index] == "[" {
          index += 1
          if index < scalars.count, scalars[index] == "[" { index += 1 }
          while true {
            skipBlanks(&index)
            guard isKeyStart(index) else { return line }
            // Past this part of the key: a bare run or a quoted string.
            if isBare(scalars[index]) {
              while index < scalars.count, isBare(scalars[index]) { index += 1 }
            } else {
              let quote = scalars[index]
              index += 1
              while index < scalars.count, scalars[index] != quote, scalars[index] != "\n" {
                index += quote == "\"" && scalars[index] == "\\" ? 2 : 1
              }
              index += 1
            }
            skipBlanks(&index)
            guard index < scalars.count, scalars[index] == "." else { break }
            index += 1
          }
          continue
        }
        continue
      }
      switch scalar {
      case "\n":
        line += 1
        atLineStart = true
        index += 1
      case "#":
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
      case "\"", "'":
        let isMultiline = index + 3 <= scalars.count && scalars[index..<index + 3].allSatisfy { $0 == scalar }
        index += isMultiline ? 3 : 1
        while index < scalars.count {
          if scalar == "\"" && scalars[index] == "\\" { index += 2; continue }
          if scalars[index] == "\n" {
            if !isMultiline { break }
            line += 1
          }
          if scalars[index] == scalar && (!isMultiline || (index + 3 <= scalars.count && scalars[index..<index + 3].allSatisfy { $0 == scalar })) {
            index += isMultiline ? 3 : 1
            break
          }
          index += 1
        }
      case "[", "{":
        open.append(scalar)
        index += 1
      case "}" where open.last == "[":
        // A brace where an array's value or its end is expected: never valid TOML, and toml++
        // asserts when it meets one where a value is expected.
        return line
      case "]", "}":
        _ = open.popLast()
        index += 1
      default:
        index += 1
      }
    }
    return nil
  }

  /// The first line toml++ must not see, by either check; nil when the text may be parsed.
  public static func refusedLine(_ text: String) -> Int? {
    lineOfNonASCIIOutsideStrings(text) ?? lineOfMalformedHeader(text)
  }

  /// A text refused by ``refusedLine(_:)``.
  public struct Refusal: Error, Equatable {
    public var line: Int
  }

  /// Throws ``Refusal`` for a text ``lineOfNonASCIIOutsideStrings(_:)`` finds a character in.
  public static func check(_ text: String) throws(Refusal) {
    if let line = refusedLine(text) { throw Refusal(line: line) }
  }

  /// Why the text is refused, for the file's error.
  public static let reason = LocalizedText("clé mal formée : caractère hors ASCII ou de contrôle en dehors d’une chaîne, en-tête de table sans clé, ou accolade fermant un tableau (une clé s’écrit en lettres ASCII, chiffres, - et _, ou entre guillemets)",
                               "malformed key: a character outside ASCII or a control character outside a string, a table header without a key, or a brace closing an array (a key is ASCII letters, digits, - and _, or quoted)")
}
