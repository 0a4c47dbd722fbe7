/// Reads TOML 1.0 from UTF-8 bytes into a ``TOMLTable``: see ``TOMLDocument`` for why it exists
/// and its limits. Every problem is a thrown ``TOMLParseError`` with its line and column; nothing
/// here traps (no force unwrap, no unchecked arithmetic, no recursion deeper than the limit).
struct TOMLParser {
  private let bytes: [UInt8]
  private var position = 0
  private let maximumDepth: Int

  init(_ text: String, maximumDepth: Int) {
    bytes = Array(text.utf8)
    self.maximumDepth = maximumDepth
  }

  // MARK: - Document

  mutating func parseDocument() throws(TOMLParseError) -> TOMLTable {
    let root = TOMLTableBuilder(.header)
    var current = root
    var currentDepth = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }  // a byte order mark
    while true {
      skipBlanks()
      guard let byte = peek() else { break }
      if byte == UInt8(ascii: "[") {
        (current, currentDepth) = try parseHeader(root: root)
      } else if byte != UInt8(ascii: "#") && byte != lineFeed && byte != carriageReturn {
        try parseKeyValue(into: current, depth: currentDepth)
      }
      try expectEndOfLine()
    }
    return root.build()
  }

  /// After a key-value pair or a header: blanks, an optional comment, then a newline or the end.
  private mutating func expectEndOfLine() throws(TOMLParseError) {
    skipBlanks()
    if peek() == UInt8(ascii: "#") { try skipComment() }
    guard let byte = peek() else { return }
    if byte == lineFeed { position += 1; return }
    if byte == carriageReturn && peek(1) == lineFeed { position += 2; return }
    throw expected(LocalizedText("fin de ligne attendue après la valeur ou l’en-tête", "expected the end of the line after a value or header"), at: position)
  }

  /// `[a.b]` or `[[a.b]]`: the table that the following key-value pairs go into, and its depth.
  private mutating func parseHeader(root: TOMLTableBuilder) throws(TOMLParseError) -> (TOMLTableBuilder, Int) {
    let start = position
    let isArray = peek(1) == UInt8(ascii: "[")
    position += isArray ? 2 : 1
    let parts = try parseKey()
    for _ in 0..<(isArray ? 2 : 1) {
      guard peek() == UInt8(ascii: "]") else {
        throw expected(LocalizedText("« \(isArray ? "]]" : "]") » attendu pour fermer l’en-tête", "expected \"\(isArray ? "]]" : "]")\" to close the header"),
                       at: position)
      }
      position += 1
    }
    let name = parts.map { TOMLValue.key($0.name) }.joined(separator: ".")
    var table = root
    for part in parts.dropLast() {
      switch table.entries[part.name] {
      case nil:
        let child = TOMLTableBuilder(.implicit)
        table.insert(part.name, .table(child))
        table = child
      case .table(let child): table = child
      case .tables(let list):
        guard let last = list.elements.last else { throw failure(at: part.at, Self.notATable(part.name)) }
        table = last
      case .value: throw failure(at: part.at, Self.notATable(part.name))
      }
    }
    guard let last = parts.last else { throw failure(at: start, Self.keyExpected) }
    let child = TOMLTableBuilder(.header)
    switch (table.entries[last.name], isArray) {
    case (nil, false): table.insert(last.name, .table(child))
    case (nil, true): table.insert(last.name, .tables(TOMLTableBuilder.TableArray(child)))
    case (.tables(let list), true): list.elements.append(child)
    case (.table(let existing), false) where existing.origin == .implicit:
      existing.origin = .header
      return (existing, parts.count)
    case (.table, false), (.tables, false):
      throw failure(at: start, LocalizedText("table [\(Self.named(name))] définie deux fois", "table [\(Self.named(name))] defined twice"))
    case (_, true):
      throw failure(at: start, LocalizedText("[[\(Self.named(name))]] : « \(Self.named(last.name)) » est déjà défini et n’est pas un tableau de tables",
                                             "[[\(Self.named(name))]]: \"\(Self.named(last.name))\" is already defined and is not an array of tables"))
    case (.value, false):
      throw failure(at: start, LocalizedText("table [\(Self.named(name))] : la clé « \(Self.named(last.name)) » a déjà une valeur",
                                             "table [\(Self.named(name))]: key \"\(Self.named(last.name))\" already has a value"))
    }
    return (child, parts.count)
  }

  /// `a.b = value`, put into `table` (at `depth`), making the tables of a dotted key.
  private mutating func parseKeyValue(into table: TOMLTableBuilder, depth: Int) throws(TOMLParseError) {
    let start = position
    let parts = try parseKey()
    guard depth + parts.count <= maximumDepth else { throw failure(at: start, tooDeep) }
    guard peek() == UInt8(ascii: "=") else {
      throw expected(LocalizedText("« = » attendu après la clé", "expected \"=\" after the key"), at: position)
    }
    position += 1
    skipBlanks()
    let value = try parseValue(depth: depth + parts.count)
    var target = table
    for part in parts.dropLast() {
      switch target.entries[part.name] {
      case nil:
        let child = TOMLTableBuilder(.dotted)
        target.insert(part.name, .table(child))
        target = child
      case .table(let child) where child.origin != .header:
        child.origin = .dotted
        target = child
      case .table, .tables:
        throw failure(at: part.at, LocalizedText("la table « \(Self.named(part.name)) » est déjà définie : une clé pointée ne peut pas l’étendre",
                                                 "table \"\(Self.named(part.name))\" is already defined: a dotted key cannot add to it"))
      case .value: throw failure(at: part.at, Self.notATable(part.name))
      }
    }
    guard let last = parts.last else { throw failure(at: start, Self.keyExpected) }
    guard target.entries[last.name] == nil else {
      throw failure(at: last.at, LocalizedText("clé « \(Self.named(last.name)) » en double", "duplicate key \"\(Self.named(last.name))\""))
    }
    target.insert(last.name, .value(value))
  }

  // MARK: - Keys

  /// A key and its dotted parts, each with where it starts; blanks around it are skipped.
  private mutating func parseKey() throws(TOMLParseError) -> [(name: String, at: Int)] {
    var parts: [(name: String, at: Int)] = []
    while true {
      skipBlanks()
      let start = position
      parts.append((try parseSimpleKey(), start))
      skipBlanks()
      guard peek() == UInt8(ascii: ".") else { return parts }
      guard parts.count < maximumDepth else { throw failure(at: position, tooDeep) }
      position += 1
    }
  }

  private mutating func parseSimpleKey() throws(TOMLParseError) -> String {
    let start = position
    switch peek() {
    case UInt8(ascii: "\""): return try parseBasicString()
    case UInt8(ascii: "'"): return try parseLiteralString()
    default:
      while let byte = peek(), Self.isBareKey(byte) { position += 1 }
      guard position > start else { throw expected(Self.keyExpected, at: start) }
      return String(decoding: bytes[start..<position], as: UTF8.self)
    }
  }

  private static func isBareKey(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "_"), UInt8(ascii: "-"): true
    default: false
    }
  }

  // MARK: - Values

  private mutating func parseValue(depth: Int) throws(TOMLParseError) -> TOMLValue {
    guard let byte = peek() else {
      throw expected(Self.valueExpected, at: position)
    }
    switch byte {
    case UInt8(ascii: "\""):
      return .string(peek(1) == byte && peek(2) == byte ? try parseMultilineString() : try parseBasicString())
    case UInt8(ascii: "'"):
      return .string(peek(1) == byte && peek(2) == byte ? try parseMultilineString() : try parseLiteralString())
    case UInt8(ascii: "t"), UInt8(ascii: "f"):
      for (word, value) in [("true", true), ("false", false)] where bytes[position...].starts(with: word.utf8) {
        position += word.utf8.count
        return .boolean(value)
      }
      throw expected(Self.valueExpected, at: position)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "{"): return try parseInlineTable(depth: depth)
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "i"), UInt8(ascii: "n"):
      if isDigits(at: position, 4) && peek(4) == UInt8(ascii: "-") || isDigits(at: position, 2) && peek(2) == UInt8(ascii: ":") {
        return .dateTime(try parseDateTime())
      }
      return try parseNumber()
    default:
      throw expected(Self.valueExpected, at: position)
    }
  }

  private mutating func parseArray(depth: Int) throws(TOMLParseError) -> TOMLValue {
    let start = position
    guard depth < maximumDepth else { throw failure(at: start, tooDeep) }
    position += 1
    var elements: [TOMLValue] = []
    while true {
      try skipBlanksNewlinesAndComments()
      if peek() == UInt8(ascii: "]") {
        position += 1
        return .array(elements)
      }
      guard peek() != nil else { throw failure(at: start, LocalizedText("tableau jamais fermé par « ] »", "array never closed by \"]\"")) }
      elements.append(try parseValue(depth: depth + 1))
      try skipBlanksNewlinesAndComments()
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return .array(elements)
      case nil: throw failure(at: start, LocalizedText("tableau jamais fermé par « ] »", "array never closed by \"]\""))
      default:
        throw expected(LocalizedText("« , » ou « ] » attendu dans un tableau", "expected \",\" or \"]\" in an array"), at: position)
      }
    }
  }

  private mutating func parseInlineTable(depth: Int) throws(TOMLParseError) -> TOMLValue {
    let start = position
    guard depth < maximumDepth else { throw failure(at: start, tooDeep) }
    position += 1
    let table = TOMLTableBuilder(.header)
    skipBlanks()
    if peek() == UInt8(ascii: "}") {
      position += 1
      return .table(table.build())
    }
    while true {
      skipBlanks()
      try parseKeyValue(into: table, depth: depth + 1)
      skipBlanks()
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"):
        position += 1
        return .table(table.build())
      case nil: throw failure(at: start, LocalizedText("table en ligne jamais fermée par « } »", "inline table never closed by \"}\""))
      case lineFeed, carriageReturn:
        throw failure(at: position, LocalizedText("une table en ligne { … } tient sur une ligne", "an inline table { … } must fit on one line"))
      default:
        throw expected(LocalizedText("« , » ou « } » attendu dans une table en ligne", "expected \",\" or \"}\" in an inline table"), at: position)
      }
    }
  }

  // MARK: - Strings

  /// `"…"` on one line, with escapes.
  private mutating func parseBasicString() throws(TOMLParseError) -> String {
    let start = position
    position += 1
    var text: [UInt8] = []
    while true {
      guard let byte = peek(), byte != lineFeed, byte != carriageReturn else {
        throw failure(at: start, LocalizedText("chaîne jamais fermée sur sa ligne", "string not closed on its line"))
      }
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        return String(decoding: text, as: UTF8.self)
      case UInt8(ascii: "\\"): try parseEscape(into: &text)
      default:
        try requireAllowedInString(byte)
        text.append(byte)
        position += 1
      }
    }
  }

  /// `'…'` on one line, taken as written.
  private mutating func parseLiteralString() throws(TOMLParseError) -> String {
    let start = position
    position += 1
    let contentStart = position
    while true {
      guard let byte = peek(), byte != lineFeed, byte != carriageReturn else {
        throw failure(at: start, LocalizedText("chaîne jamais fermée sur sa ligne", "string not closed on its line"))
      }
      if byte == UInt8(ascii: "'") {
        position += 1
        return String(decoding: bytes[contentStart..<position - 1], as: UTF8.self)
      }
      try requireAllowedInString(byte)
      position += 1
    }
  }

  /// `"""…"""` (with escapes) or `'''…'''`; a newline right after the opening quotes is dropped,
  /// and up to two quotes may sit just before the closing ones.
  private mutating func parseMultilineString() throws(TOMLParseError) -> String {
    let start = position
    guard let quote = peek() else { throw expected(Self.valueExpected, at: start) }
    let isBasic = quote == UInt8(ascii: "\"")
    position += 3
    if peek() == lineFeed { position += 1 } else if peek() == carriageReturn && peek(1) == lineFeed { position += 2 }
    var text: [UInt8] = []
    while true {
      guard let byte = peek() else {
        throw failure(at: start, LocalizedText("chaîne sur plusieurs lignes jamais fermée", "multi-line string never closed"))
      }
      if byte == quote {
        var run = 0
        while peek(run) == quote { run += 1 }
        if run >= 3 {
          guard run <= 5 else { throw expected(Self.valueExpected, at: position + 5) }
          text.append(contentsOf: repeatElement(quote, count: run - 3))
          position += run
          return String(decoding: text, as: UTF8.self)
        }
        text.append(contentsOf: repeatElement(quote, count: run))
        position += run
      } else if byte == UInt8(ascii: "\\") && isBasic {
        // A backslash ending a line drops it and every blank and newline after it.
        var next = position + 1
        while next < bytes.count, bytes[next] == space || bytes[next] == tab { next += 1 }
        if next < bytes.count && (bytes[next] == lineFeed || bytes[next] == carriageReturn && next + 1 < bytes.count && bytes[next + 1] == lineFeed) {
          position = next
          while let blank = peek(), blank == space || blank == tab || blank == lineFeed || blank == carriageReturn && peek(1) == lineFeed {
            position += blank == carriageReturn ? 2 : 1
          }
        } else {
          try parseEscape(into: &text)
        }
      } else if byte == lineFeed {
        text.append(lineFeed)
        position += 1
      } else if byte == carriageReturn && peek(1) == lineFeed {
        text.append(lineFeed)
        position += 2
      } else {
        try requireAllowedInString(byte)
        text.append(byte)
        position += 1
      }
    }
  }

  /// A backslash escape at `position`, appended to `text` as UTF-8.
  private mutating func parseEscape(into text: inout [UInt8]) throws(TOMLParseError) {
    let start = position
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): tab, UInt8(ascii: "n"): lineFeed, UInt8(ascii: "f"): 0x0C,
      UInt8(ascii: "r"): carriageReturn, UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
    ]
    guard let letter = peek(1) else { throw failure(at: start, Self.badEscape) }
    if let byte = simple[letter] {
      text.append(byte)
      position += 2
      return
    }
    let count = letter == UInt8(ascii: "u") ? 4 : letter == UInt8(ascii: "U") ? 8 : 0
    guard count > 0 else { throw failure(at: start, Self.badEscape) }
    var value: UInt32 = 0
    for offset in 2..<(2 + count) {
      guard let byte = peek(offset), let digit = Self.hexValue(byte) else { throw failure(at: start, Self.badEscape) }
      value = value << 4 | UInt32(digit)
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw failure(at: start, LocalizedText("\\u ou \\U hors des caractères Unicode", "\\u or \\U outside Unicode characters"))
    }
    UTF8.encode(scalar) { text.append($0) }
    position += 2 + count
  }

  /// Control characters other than tab must be escaped in a string.
  private func requireAllowedInString(_ byte: UInt8) throws(TOMLParseError) {
    if byte < 0x20 && byte != tab || byte == 0x7F {
      throw failure(at: position, LocalizedText("caractère de contrôle dans une chaîne : écrivez-le en échappement (\\u0000)",
                                                "control character in a string: write it as an escape (\\u0000)"))
    }
  }

  // MARK: - Numbers

  private mutating func parseNumber() throws(TOMLParseError) -> TOMLValue {
    let start = position
    while let byte = peek(), Self.isBareKey(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") { position += 1 }
    let token = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = Self.number(token) else {
      throw failure(at: start, LocalizedText("nombre invalide \(Self.shown(token))", "invalid number \(Self.shown(token))"))
    }
    return value
  }

  /// An integer (decimal, `0x`, `0o`, `0b`; underscores between digits) or a float; nil when
  /// `token` is neither, or an integer out of 64 bits.
  static func number(_ token: String) -> TOMLValue? {
    var body = Substring(token)
    var isNegative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      isNegative = sign == "-"
      body = body.dropFirst()
    }
    switch body {
    case "inf": return .float(isNegative ? -.infinity : .infinity)
    case "nan": return .float(.nan)
    default: break
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
      guard body.count == token.count, let digits = digits(body.dropFirst(2), radix: radix) else { return nil }
      return Int(digits, radix: radix).map(TOMLValue.integer)
    }
    let exponentIndex = body.firstIndex { $0 == "e" || $0 == "E" }
    let mantissa = body[..<(exponentIndex ?? body.endIndex)]
    let pointIndex = mantissa.firstIndex(of: ".")
    guard let whole = digits(mantissa[..<(pointIndex ?? mantissa.endIndex)], radix: 10),
      whole.count == 1 || !whole.hasPrefix("0")
    else { return nil }
    guard pointIndex != nil || exponentIndex != nil else {
      return Int((isNegative ? "-" : "") + whole).map(TOMLValue.integer)
    }
    var cleaned = (isNegative ? "-" : "") + whole
    if let pointIndex {
      guard let fraction = digits(mantissa[mantissa.index(after: pointIndex)...], radix: 10) else { return nil }
      cleaned += "." + fraction
    }
    if let exponentIndex {
      var exponent = body[body.index(after: exponentIndex)...]
      var sign = ""
      if let first = exponent.first, first == "+" || first == "-" {
        sign = String(first)
        exponent = exponent.dropFirst()
      }
      guard let power = digits(exponent, radix: 10) else { return nil }
      cleaned += "e" + sign + power
    }
    return Double(cleaned).map(TOMLValue.float)
  }

  /// `text` without its underscores, when it is digits of `radix` with single underscores
  /// between digits only.
  private static func digits(_ text: Substring, radix: Int) -> String? {
    guard let first = text.first, let last = text.last, first != "_", last != "_", !text.contains("__") else { return nil }
    let kept = text.filter { $0 != "_" }
    guard kept.allSatisfy({ $0.isASCII && $0.hexDigitValue.map { $0 < radix } == true }) else { return nil }
    return kept
  }

  // MARK: - Dates and times

  /// `1979-05-27`, `07:32:00.5`, `1979-05-27T07:32:00`, `1979-05-27 07:32:00Z`, `…-07:00`.
  private mutating func parseDateTime() throws(TOMLParseError) -> TOMLDateTime {
    let start = position
    let invalid = LocalizedText("date ou heure invalide (AAAA-MM-JJ, HH:MM:SS)", "invalid date or time (YYYY-MM-DD, HH:MM:SS)")
    var result = TOMLDateTime()
    if isDigits(at: position, 4) && peek(4) == UInt8(ascii: "-") {
      guard isDigits(at: position + 5, 2), peek(7) == UInt8(ascii: "-"), isDigits(at: position + 8, 2) else { throw failure(at: start, invalid) }
      let date = TOMLDateTime.Date(year: number(at: position, 4), month: number(at: position + 5, 2), day: number(at: position + 8, 2))
      guard (1...12).contains(date.month), (1...Self.days(inMonth: date.month, of: date.year)).contains(date.day) else {
        throw failure(at: start, invalid)
      }
      result.date = date
      position += 10
      let separator = peek()
      let hasTime = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
        || separator == space && isDigits(at: position + 1, 2) && peek(3) == UInt8(ascii: ":")
      guard hasTime else { return result }
      position += 1
    }
    guard isDigits(at: position, 2), peek(2) == UInt8(ascii: ":"), isDigits(at: position + 3, 2), peek(5) == UInt8(ascii: ":"),
      isDigits(at: position + 6, 2)
    else { throw failure(at: start, invalid) }
    var time = TOMLDateTime.Time(hour: number(at: position, 2), minute: number(at: position + 3, 2), second: number(at: position + 6, 2), nanosecond: 0)
    guard time.hour < 24, time.minute < 60, time.second <= 60 else { throw failure(at: start, invalid) }
    position += 8
    if peek() == UInt8(ascii: ".") {
      position += 1
      guard isDigits(at: position, 1) else { throw failure(at: start, invalid) }
      var scale = 100_000_000
      while let byte = peek(), Self.isDigit(byte) {
        time.nanosecond += scale * Int(byte - UInt8(ascii: "0"))
        scale /= 10
        position += 1
      }
    }
    result.time = time
    guard result.date != nil else { return result }
    if peek() == UInt8(ascii: "Z") || peek() == UInt8(ascii: "z") {
      result.offsetMinutes = 0
      position += 1
    } else if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      guard isDigits(at: position + 1, 2), peek(3) == UInt8(ascii: ":"), isDigits(at: position + 4, 2) else { throw failure(at: start, invalid) }
      let hours = number(at: position + 1, 2), minutes = number(at: position + 4, 2)
      guard hours < 24, minutes < 60 else { throw failure(at: start, invalid) }
      result.offsetMinutes = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
      position += 6
    }
    return result
  }

  private static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private func isDigits(at start: Int, _ count: Int) -> Bool {
    start >= 0 && start + count <= bytes.count && bytes[start..<start + count].allSatisfy(Self.isDigit)
  }

  /// The decimal number of the `count` digits at `start` (checked by ``isDigits(at:_:)`` first).
  private func number(at start: Int, _ count: Int) -> Int {
    bytes[start..<start + count].reduce(0) { $0 * 10 + Int($1 &- UInt8(ascii: "0")) }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  // MARK: - Blanks and comments

  private let space = UInt8(ascii: " ")
  private let tab = UInt8(ascii: "\t")
  private let lineFeed = UInt8(ascii: "\n")
  private let carriageReturn = UInt8(ascii: "\r")

  private func peek(_ offset: Int = 0) -> UInt8? {
    let index = position + offset
    return index < bytes.count ? bytes[index] : nil
  }

  private mutating func skipBlanks() {
    while let byte = peek(), byte == space || byte == tab { position += 1 }
  }

  /// Inside an array: blanks, newlines and comments.
  private mutating func skipBlanksNewlinesAndComments() throws(TOMLParseError) {
    while let byte = peek() {
      if byte == space || byte == tab || byte == lineFeed {
        position += 1
      } else if byte == carriageReturn && peek(1) == lineFeed {
        position += 2
      } else if byte == UInt8(ascii: "#") {
        try skipComment()
      } else {
        return
      }
    }
  }

  /// From `#` to the end of the line (the newline is left); no control character but tab.
  private mutating func skipComment() throws(TOMLParseError) {
    while let byte = peek(), byte != lineFeed, byte != carriageReturn {
      if byte < 0x20 && byte != tab || byte == 0x7F {
        throw failure(at: position, LocalizedText("caractère de contrôle dans un commentaire", "control character in a comment"))
      }
      position += 1
    }
  }

  // MARK: - Errors

  /// An error at byte `offset`, with its line and column counted from the text.
  private func failure(at offset: Int, _ reason: LocalizedText) -> TOMLParseError {
    let end = min(max(0, offset), bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end where bytes[index] == lineFeed {
      line += 1
      lineStart = index + 1
    }
    let column = 1 + bytes[lineStart..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    return TOMLParseError(line: line, column: column, reason: reason)
  }

  private var tooDeep: LocalizedText {
    LocalizedText("imbrication trop profonde (\(maximumDepth) niveaux au plus)", "nested too deep (at most \(maximumDepth) levels)")
  }

  private static let keyExpected = LocalizedText("clé attendue (lettres ASCII, chiffres, - et _, ou entre guillemets)",
                                                 "expected a key (ASCII letters, digits, - and _, or quoted)")
  private static let badEscape = LocalizedText("échappement inconnu : \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX ou \\UXXXXXXXX",
                                               "unknown escape: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX or \\UXXXXXXXX")

  private static let valueExpected = LocalizedText("valeur attendue (texte entre guillemets, nombre, true, false, date, [ ] ou { })",
                                                   "expected a value (quoted text, number, true, false, date, [ ] or { })")

  /// `what` was expected at `offset`: the error says what was found instead.
  private func expected(_ what: LocalizedText, at offset: Int) -> TOMLParseError {
    failure(at: offset, what + LocalizedText(", trouvé ", ", found ") + found(at: offset))
  }

  private static func notATable(_ key: String) -> LocalizedText {
    LocalizedText("« \(Self.named(key)) » a déjà une valeur qui n’est pas une table", "\"\(Self.named(key))\" already has a value that is not a table")
  }

  /// What is at `offset`, for a message: the character, quoted and escaped, or the end of the
  /// line or file.
  private func found(at offset: Int) -> LocalizedText {
    guard offset < bytes.count else { return LocalizedText("la fin du fichier", "the end of the file") }
    if bytes[offset] == lineFeed || bytes[offset] == carriageReturn { return LocalizedText("la fin de la ligne", "the end of the line") }
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let text = Self.shown(String(decoding: bytes[offset..<end], as: UTF8.self))
    return LocalizedText(text, text)
  }

  /// `text` quoted for a message: escaped, and cut after 20 characters.
  private static func shown(_ text: String) -> String {
    let cut = text.unicodeScalars.count > 20 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(20))) + "…" : text
    return TOMLValue.quoted(cut).escaped
  }

  /// A key for a message: cut after 40 characters, escaped.
  private static func named(_ key: String) -> String {
    (key.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(key.unicodeScalars.prefix(40))) + "…" : key).escaped
  }
}
