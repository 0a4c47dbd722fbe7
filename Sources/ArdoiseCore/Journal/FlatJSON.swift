/// A value of a flat JSON object as case logs use them: one line, one object, no nesting.
enum FlatJSONValue: Equatable {
  case string(String)
  case integer(Int64)
  case bool(Bool)
  case null
}

/// A key of the case-log line format.
enum LineKey: String, CaseIterable {
  case v, id, type, at, recorded, by, amount, currency, table, covers, server, bill, summary, description, when
  case step, status, outcome, note, next, method, ref, resolution, promised
  case legal, legalDay = "legal_day", legalRef = "legal_ref", deadline, received
  case item, done, channel, followUp = "follow_up", text, kind, location, day, file, reason
  case change, fields
  case days, amounts

  /// The keys with their UTF-8 bytes, grouped by byte count.
  private static let byLength: [[(utf8: [UInt8], key: LineKey)]] = {
    var groups: [[(utf8: [UInt8], key: LineKey)]] = Array(repeating: [], count: 12)
    for key in allCases { groups[key.rawValue.utf8.count].append((Array(key.rawValue.utf8), key)) }
    return groups
  }()

  /// The key spelled by `bytes` (unescaped), if the format has one.
  init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count < LineKey.byLength.count else { return nil }
    for candidate in LineKey.byLength[bytes.count] where candidate.utf8.elementsEqual(bytes) {
      self = candidate.key
      return
    }
    return nil
  }
}

/// The fields of one line, as ``FlatJSON/parseLine(_:into:)`` reads them: a short list for the
/// keys of the format (a line has a dozen, a list is faster than hashing them), and a dictionary
/// for any other key, which only a newer ardoise or a hand edit writes.
///
/// A string value without escapes is kept as the range of its bytes, already checked as UTF-8,
/// and becomes a `String` only when asked for; a timestamp is read straight from those bytes.
/// So the fields are valid only while the line's bytes are: the parser's caller reads them
/// before it lets the bytes go.
struct LineFields {
  enum Key {
    case known(LineKey)
    case other(String)

    var name: String {
      switch self {
      case .known(let key): key.rawValue
      case .other(let text): text
      }
    }
  }

  /// A value as the line holds it.
  enum Slot {
    case value(FlatJSONValue)
    /// A string without escapes: its bytes in the line, valid UTF-8.
    case plainString(Range<Int>)
  }

  /// The line the slots point into.
  private(set) var line = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  /// The keys of the format the line has, in line order; `knownSlots` holds their values at
  /// the same positions. Keys apart, so a look-up scans bytes and copies no value.
  private var knownKeys: [LineKey] = []
  private var knownSlots: [Slot] = []
  private var others: [String: FlatJSONValue] = [:]

  init() {
    knownKeys.reserveCapacity(16)
    knownSlots.reserveCapacity(16)
  }

  /// Empties the fields for the next line, keeping the storage (one allocation per log, not
  /// per line).
  mutating func reset(line: UnsafeBufferPointer<UInt8>) {
    self.line = line
    knownKeys.removeAll(keepingCapacity: true)
    knownSlots.removeAll(keepingCapacity: true)
    if !others.isEmpty { others.removeAll() }
  }

  /// The value of `key`, nil when the line does not have it.
  subscript(key: LineKey) -> FlatJSONValue? {
    guard let slot = slot(key) else { return nil }
    return value(slot)
  }

  /// The slot of `key`, nil when the line does not have it.
  func slot(_ key: LineKey) -> Slot? {
    guard let index = knownKeys.firstIndex(of: key) else { return nil }
    return knownSlots[index]
  }

  /// The bytes of a plain string slot.
  func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[range]) }

  private func value(_ slot: Slot) -> FlatJSONValue {
    switch slot {
    case .value(let value): value
    case .plainString(let range): .string(String(decoding: bytes(range), as: UTF8.self))
    }
  }

  /// Adds a field; false, changing nothing, when the line already has that key.
  mutating func insert(_ slot: Slot, for key: Key) -> Bool {
    switch key {
    case .known(let key):
      guard !knownKeys.contains(key) else { return false }
      knownKeys.append(key)
      knownSlots.append(slot)
      return true
    case .other(let name):
      return others.updateValue(value(slot), forKey: name) == nil
    }
  }

  /// Every field, keyed by name.
  var dictionary: [String: FlatJSONValue] {
    var fields = others
    for (key, slot) in zip(knownKeys, knownSlots) { fields[key.rawValue] = value(slot) }
    return fields
  }
}

/// Why a line is not a flat JSON object.
struct FlatJSONError: Error, Equatable {
  /// Why, with the column, in both languages.
  var reason: LocalizedText
}

/// Reads and writes the flat JSON objects of case logs: string, integer, boolean and null values
/// only. Keys are written sorted, so a line is the same bytes wherever it is written.
///
/// Foundation's `JSONSerialization` would accept these lines too; this reader exists because it
/// is strict (no nesting, no floats, no duplicate keys) and several times faster on the
/// hundred-thousand-line loads a busy restaurant reaches.
enum FlatJSON {
  /// Reads one object into a dictionary.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [String: FlatJSONValue] {
    var fields = LineFields()
    try parseLine(bytes, into: &fields)
    return fields.dictionary
  }

  /// Reads one object into `result` (emptied first), recognising the keys of the line format
  /// from their bytes: no string is made for them, and no dictionary is built. Accepts and
  /// rejects exactly what ``parse(_:)`` does, with the same reasons.
  static func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout LineFields) throws {
    var index = 0
    let count = bytes.count
    func fail(_ reason: LocalizedText) -> FlatJSONError {
      FlatJSONError(reason: reason + LocalizedText(" à la colonne \(index + 1)", " at column \(index + 1)"))
    }
    func skipSpaces() {
      while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D { index += 1 }
    }
    func expect(_ byte: UInt8) throws {
      skipSpaces()
      guard index < count, bytes[index] == byte else { let expected = Character(Unicode.Scalar(byte))
        throw fail(LocalizedText("« \(expected) » attendu", "expected “\(expected)”")) }
      index += 1
    }
    /// Moves past a quoted string; its bytes between the quotes, still escaped.
    func scanString() throws -> (raw: UnsafeBufferPointer<UInt8>, hasEscape: Bool) {
      try expect(0x22)
      let start = index
      var hasEscape = false
      while index < count, bytes[index] != 0x22 {
        if bytes[index] == 0x5C { hasEscape = true; index += 2; continue }
        if bytes[index] < 0x20 { throw fail(LocalizedText("caractère de contrôle dans un texte", "control character in a string")) }
        index += 1
      }
      guard index < count else { throw fail(LocalizedText("texte sans guillemet fermant", "unterminated string")) }
      let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
      index += 1
      return (raw, hasEscape)
    }
    /// The string of `raw`, scanned by ``scanString()``.
    func makeString(_ raw: UnsafeBufferPointer<UInt8>, hasEscape: Bool) throws -> String {
      if !hasEscape {
        guard let text = FlatJSON.string(validating: raw) else { throw fail(LocalizedText("octets qui ne sont pas de l’UTF-8", "invalid UTF-8")) }
        return text
      }
      return try unescape(raw)
    }
    func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws -> String {
      var output = [UInt8]()
      output.reserveCapacity(raw.count)
      var position = 0
      while position < raw.count {
        let byte = raw[position]
        guard byte == 0x5C else { output.append(byte); position += 1; continue }
        guard position + 1 < raw.count else { throw fail(LocalizedText("séquence d’échappement invalide", "bad escape")) }
        let escaped = raw[position + 1]
        position += 2
        switch escaped {
        case 0x22: output.append(0x22)
        case 0x5C: output.append(0x5C)
        case 0x2F: output.append(0x2F)
        case 0x62: output.append(0x08)
        case 0x66: output.append(0x0C)
        case 0x6E: output.append(0x0A)
        case 0x72: output.append(0x0D)
        case 0x74: output.append(0x09)
        case 0x75:
          func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= raw.count, let value = UInt32(String(decoding: raw[at..<(at + 4)], as: UTF8.self), radix: 16)
            else { throw fail(LocalizedText("séquence \\u invalide", "bad \\u escape")) }
            return value
          }
          var scalarValue = try hex4(position)
          position += 4
          if (0xD800..<0xDC00).contains(scalarValue) {
            guard position + 6 <= raw.count, raw[position] == 0x5C, raw[position + 1] == 0x75 else { throw fail(LocalizedText("moitié de paire UTF-16 isolée", "lone surrogate")) }
            let low = try hex4(position + 2)
            guard (0xDC00..<0xE000).contains(low) else { throw fail(LocalizedText("moitié de paire UTF-16 isolée", "lone surrogate")) }
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
            position += 6
          }
          guard let scalar = Unicode.Scalar(scalarValue) else { throw fail(LocalizedText("séquence \\u invalide", "bad \\u escape")) }
          output.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
          throw fail(LocalizedText("séquence d’échappement invalide", "bad escape"))
        }
      }
      guard let text = output.withUnsafeBufferPointer({ FlatJSON.string(validating: $0) }) else { throw fail(LocalizedText("octets qui ne sont pas de l’UTF-8", "invalid UTF-8")) }
      return text
    }

    result.reset(line: bytes)
    try expect(0x7B)
    skipSpaces()
    if index < count, bytes[index] == 0x7D {
      index += 1
    } else {
      while true {
        // A key of the format, unescaped, is plain ASCII: it is recognised from its bytes.
        let (rawKey, keyHasEscape) = try scanString()
        let key: LineFields.Key
        if !keyHasEscape, let known = LineKey(utf8: rawKey) {
          key = .known(known)
        } else {
          let text = try makeString(rawKey, hasEscape: keyHasEscape)
          key = LineKey(rawValue: text).map { .known($0) } ?? .other(text)
        }
        try expect(0x3A)
        skipSpaces()
        guard index < count else { throw fail(LocalizedText("valeur manquante", "missing value")) }
        let value: LineFields.Slot
        switch bytes[index] {
        case 0x22:
          let start = index + 1
          let (raw, hasEscape) = try scanString()
          if hasEscape {
            value = .value(.string(try unescape(raw)))
          } else {
            guard FlatJSON.isValidUTF8(raw) else { throw fail(LocalizedText("octets qui ne sont pas de l’UTF-8", "invalid UTF-8")) }
            value = .plainString(start..<(start + raw.count))
          }
        case 0x2D, 0x30...0x39:
          let start = index
          index += 1
          while index < count, (0x30...0x39).contains(bytes[index]) { index += 1 }
          guard let number = FlatJSON.integer(UnsafeBufferPointer(rebasing: bytes[start..<index]))
          else { throw fail(LocalizedText("pas un nombre entier", "not an integer")) }
          value = .value(.integer(number))
        case 0x74 where index + 4 <= count && bytes[index + 1] == 0x72 && bytes[index + 2] == 0x75 && bytes[index + 3] == 0x65:
          value = .value(.bool(true)); index += 4
        case 0x66 where index + 5 <= count && bytes[index + 1] == 0x61 && bytes[index + 2] == 0x6C && bytes[index + 3] == 0x73 && bytes[index + 4] == 0x65:
          value = .value(.bool(false)); index += 5
        case 0x6E where index + 4 <= count && bytes[index + 1] == 0x75 && bytes[index + 2] == 0x6C && bytes[index + 3] == 0x6C:
          value = .value(.null); index += 4
        default:
          throw fail(LocalizedText("valeur non prise en charge (seulement textes, entiers, booléens et null)",
                                 "unsupported value (only strings, integers, booleans and null)"))
        }
        guard result.insert(value, for: key) else { throw fail(LocalizedText("clé « \(key.name) » en double", "duplicate key “\(key.name)”")) }
        skipSpaces()
        guard index < count else { throw fail(LocalizedText("objet sans accolade fermante", "unterminated object")) }
        if bytes[index] == 0x2C { index += 1; skipSpaces(); continue }
        if bytes[index] == 0x7D { index += 1; break }
        throw fail(LocalizedText("« , » ou « } » attendu", "expected “,” or “}”"))
      }
    }
    skipSpaces()
    guard index == count else { throw fail(LocalizedText("texte après l’objet", "text after the object")) }
  }

  /// The integer spelled by `bytes`, an optional minus sign then ASCII digits (as the parser
  /// scans them), or nil when there is no digit or it overflows: what `Int64(String)` answers for
  /// such text, without making the string.
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var index = 0
    let isNegative = !bytes.isEmpty && bytes[0] == 0x2D
    if isNegative { index = 1 }
    guard index < bytes.count else { return nil }
    var value: Int64 = 0
    while index < bytes.count {
      let digit = Int64(bytes[index] &- 0x30)
      guard digit >= 0 && digit <= 9 else { return nil }
      let (shifted, shiftOverflow) = value.multipliedReportingOverflow(by: 10)
      // Negative numbers are built downwards so that Int64.min is reachable.
      let (next, addOverflow) = isNegative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      guard !shiftOverflow && !addOverflow else { return nil }
      value = next
      index += 1
    }
    return value
  }

  /// The string `bytes` spell, or nil when they are not valid UTF-8: what
  /// `String(validating:as:)` answers, several times faster. That initializer is generic and is
  /// not specialized for a buffer of bytes, so it paid for metadata lookups on every value of
  /// every line; this checks the bytes itself and hands them to `String(decoding:as:)`, whose
  /// buffer path is fast and, for valid UTF-8, gives the same string.
  static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard isValidUTF8(bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `bytes` are well-formed UTF-8 (Unicode table 3-7: no overlong forms, no
  /// surrogates, nothing above U+10FFFF, no truncated sequence).
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 { index += 1; continue }
      /// The continuation byte at `offset` from the lead, which must lie in `range`.
      func continuation(_ offset: Int, in range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
        index + offset < count && range.contains(bytes[index + offset])
      }
      switch lead {
      case 0xC2...0xDF:
        guard continuation(1) else { return false }
        index += 2
      case 0xE0:
        guard continuation(1, in: 0xA0...0xBF), continuation(2) else { return false }
        index += 3
      case 0xE1...0xEC, 0xEE...0xEF:
        guard continuation(1), continuation(2) else { return false }
        index += 3
      case 0xED:
        guard continuation(1, in: 0x80...0x9F), continuation(2) else { return false }
        index += 3
      case 0xF0:
        guard continuation(1, in: 0x90...0xBF), continuation(2), continuation(3) else { return false }
        index += 4
      case 0xF1...0xF3:
        guard continuation(1), continuation(2), continuation(3) else { return false }
        index += 4
      case 0xF4:
        guard continuation(1, in: 0x80...0x8F), continuation(2), continuation(3) else { return false }
        index += 4
      default:
        return false
      }
    }
    return true
  }

  /// Writes `fields` as one compact line with sorted keys; nil values are left out.
  static func serialize(_ fields: [String: FlatJSONValue]) -> String {
    var output = "{"
    var first = true
    for key in fields.keys.sorted() {
      guard let value = fields[key] else { continue }
      if !first { output += "," }
      first = false
      output += quoted(key) + ":"
      switch value {
      case .string(let text): output += quoted(text)
      case .integer(let number): output += String(number)
      case .bool(let flag): output += flag ? "true" : "false"
      case .null: output += "null"
      }
    }
    return output + "}"
  }

  static func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output + "\""
  }
}
