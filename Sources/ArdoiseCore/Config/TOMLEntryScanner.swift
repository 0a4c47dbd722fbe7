/// Where each `key = value` entry and each `[table]` header of a TOML text lies, in bytes, so a
/// writer can change one value and leave every other byte (comments, blank lines, order) as it
/// was. It finds the shape of the text only; what the values mean is the reader's business.
///
/// Returns nil from ``init(_:)`` for a text whose shape it does not follow (an unclosed string,
/// a key it cannot read…): the writer then writes the whole file instead.
struct TOMLEntryScanner {
  /// One `key = value` line (or lines, for a multi-line value).
  struct Entry: Equatable {
    /// The table's path followed by the key's (`["restaurant", "name"]`).
    var path: [String]
    /// The path of the table the entry sits in (`[]` before any header).
    var table: [String]
    /// From the start of the entry's first line to just after its last newline (or the end).
    var lines: Range<Int>
    /// The value's bytes, without the spaces and comment after it.
    var value: Range<Int>
  }

  /// One `[table]` or `[[array]]` header line.
  struct Header: Equatable {
    var path: [String]
    var isArray: Bool
    /// From the start of the header's line to just after its newline (or the end).
    var lines: Range<Int>
  }

  private(set) var entries: [Entry] = []
  private(set) var headers: [Header] = []
  private let bytes: [UInt8]
  private var position = 0

  init?(_ bytes: [UInt8]) {
    self.bytes = bytes
    guard scan() else { return nil }
  }

  // MARK: - Statements

  private mutating func scan() -> Bool {
    var table: [String] = []
    while true {
      skipBlanks()
      guard let byte = peek() else { return true }
      switch byte {
      case UInt8(ascii: "\n"):
        position += 1
      case UInt8(ascii: "\r"):
        guard peek(1) == UInt8(ascii: "\n") else { return false }
        position += 2
      case UInt8(ascii: "#"):
        skipComment()
      case UInt8(ascii: "["):
        let start = lineStart(of: position)
        let isArray = peek(1) == UInt8(ascii: "[")
        position += isArray ? 2 : 1
        guard let path = keyPath() else { return false }
        skipBlanks()
        guard take(UInt8(ascii: "]")), !isArray || take(UInt8(ascii: "]")) else { return false }
        guard let end = endOfLine() else { return false }
        headers.append(Header(path: path, isArray: isArray, lines: start..<end))
        // Entries under an array of tables belong to one of its elements, never to a plain key.
        table = isArray ? path + ["[]"] : path
      default:
        let start = lineStart(of: position)
        guard let key = keyPath() else { return false }
        skipBlanks()
        guard take(UInt8(ascii: "=")) else { return false }
        skipBlanks()
        let valueStart = position
        guard skipValue(), position > valueStart else { return false }
        var valueEnd = position
        // A bare value (a number, a date with a time) ends before the spaces that follow it.
        while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: " ") || bytes[valueEnd - 1] == UInt8(ascii: "\t") {
          valueEnd -= 1
        }
        guard let end = endOfLine() else { return false }
        entries.append(Entry(path: table + key, table: table, lines: start..<end, value: valueStart..<valueEnd))
      }
    }
  }

  /// After a statement: spaces, an optional comment, then the newline (taken) or the end.
  private mutating func endOfLine() -> Int? {
    skipBlanks()
    if peek() == UInt8(ascii: "#") { skipComment() }
    switch peek() {
    case nil: return position
    case UInt8(ascii: "\n")?: position += 1; return position
    case UInt8(ascii: "\r")? where peek(1) == UInt8(ascii: "\n"): position += 2; return position
    default: return nil
    }
  }

  private func lineStart(of index: Int) -> Int {
    var start = index
    while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
    return start
  }

  // MARK: - Keys

  /// `a.b."c d".'e'`, with spaces around the dots.
  private mutating func keyPath() -> [String]? {
    var path: [String] = []
    while true {
      skipBlanks()
      guard let part = keyPart() else { return nil }
      path.append(part)
      skipBlanks()
      guard take(UInt8(ascii: ".")) else { return path }
    }
  }

  private mutating func keyPart() -> String? {
    switch peek() {
    case UInt8(ascii: "\"")?:
      let start = position + 1
      guard skipBasicString() else { return nil }
      let raw = bytes[start..<(position - 1)]
      // An escape in a key is never one of ardoise's keys: kept as written, it matches none.
      return String(decoding: raw, as: UTF8.self)
    case UInt8(ascii: "'")?:
      let start = position + 1
      guard skipLiteralString() else { return nil }
      return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
    default:
      let start = position
      while let byte = peek(), Self.isBareKeyByte(byte) { position += 1 }
      guard position > start else { return nil }
      return String(decoding: bytes[start..<position], as: UTF8.self)
    }
  }

  private static func isBareKeyByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }

  // MARK: - Values

  private mutating func skipValue() -> Bool {
    switch peek() {
    case UInt8(ascii: "\"")?:
      return hasPrefix("\"\"\"") ? skipMultilineString(quote: UInt8(ascii: "\""), escapes: true) : skipBasicString()
    case UInt8(ascii: "'")?:
      return hasPrefix("'''") ? skipMultilineString(quote: UInt8(ascii: "'"), escapes: false) : skipLiteralString()
    case UInt8(ascii: "[")?, UInt8(ascii: "{")?:
      return skipBracketed()
    case nil, UInt8(ascii: "\n")?, UInt8(ascii: "#")?:
      return false
    default:
      // A number, a boolean, a date: up to a comment, the line's end, or a closing bracket.
      while let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r"), byte != UInt8(ascii: "#"),
        byte != UInt8(ascii: ","), byte != UInt8(ascii: "]"), byte != UInt8(ascii: "}")
      {
        position += 1
      }
      return true
    }
  }

  /// An array or inline table, strings and comments inside it skipped whole.
  private mutating func skipBracketed() -> Bool {
    var depth = 0
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        position += 1
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth -= 1
        position += 1
        if depth == 0 { return true }
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        guard skipValue() else { return false }
      case UInt8(ascii: "#"):
        skipComment()
      default:
        position += 1
      }
    }
    return false
  }

  /// `"…"` on one line, with backslash escapes.
  private mutating func skipBasicString() -> Bool {
    position += 1
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: "\\"): position += 2
      case UInt8(ascii: "\""): position += 1; return true
      case UInt8(ascii: "\n"): return false
      default: position += 1
      }
    }
    return false
  }

  /// `'…'` on one line, no escapes.
  private mutating func skipLiteralString() -> Bool {
    position += 1
    while let byte = peek() {
      position += 1
      if byte == UInt8(ascii: "'") { return true }
      if byte == UInt8(ascii: "\n") { return false }
    }
    return false
  }

  /// `"""…"""` or `'''…'''`, across lines; up to two more quotes may close it (`""""`).
  private mutating func skipMultilineString(quote: UInt8, escapes: Bool) -> Bool {
    position += 3
    while let byte = peek() {
      if escapes, byte == UInt8(ascii: "\\") {
        position += 2
        continue
      }
      if byte == quote, peek(1) == quote, peek(2) == quote {
        position += 3
        var extra = 0
        while extra < 2, peek() == quote {
          position += 1
          extra += 1
        }
        return true
      }
      position += 1
    }
    return false
  }

  // MARK: - Bytes

  private func peek(_ offset: Int = 0) -> UInt8? {
    position + offset < bytes.count ? bytes[position + offset] : nil
  }

  private mutating func take(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    position += 1
    return true
  }

  private func hasPrefix(_ text: String) -> Bool {
    let prefix = Array(text.utf8)
    return position + prefix.count <= bytes.count && Array(bytes[position..<(position + prefix.count)]) == prefix
  }

  private mutating func skipBlanks() {
    while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
  }

  private mutating func skipComment() {
    while let byte = peek(), byte != UInt8(ascii: "\n") { position += 1 }
  }
}
