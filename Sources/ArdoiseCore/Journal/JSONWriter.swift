/// Writes JSON straight into bytes, members in the order they are given: no dictionary, no
/// sorting, no bridging. The same calls give the same bytes.
///
/// Pretty output has the layout of Foundation's `JSONSerialization` with `.prettyPrinted`
/// (two-space indent, `"key" : value`, an empty array as `[`, a blank line, `]`), so that a
/// caller giving the keys in sorted order writes what `.sortedKeys` wrote.
///
/// Strings are escaped so that nothing in them acts on a terminal or hides text: `"` and `\`,
/// every C0 control character, DEL and the C1 controls, the line and paragraph separators,
/// bidirectional controls, zero-width characters and the byte-order mark. `\n`, `\r`, `\t`, `\b`
/// and `\f` keep their short forms; the others are written `\u` and four hex digits. A reader of
/// the JSON gets the text back exactly.
public struct JSONWriter {
  /// What has been written so far.
  public internal(set) var bytes: [UInt8] = []
  public let isPretty: Bool
  /// One flag per open array or object: whether it has no member yet.
  private var isEmpty: [Bool] = []

  public init(pretty: Bool = true, reservingCapacity capacity: Int = 0) {
    isPretty = pretty
    bytes.reserveCapacity(capacity)
  }

  /// Hands the bytes over and starts again empty (for writing out in pieces).
  public mutating func takeBytes() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  // MARK: - Containers

  public mutating func beginObject() {
    beginValue()
    bytes.append(0x7B)
    isEmpty.append(true)
  }

  public mutating func endObject() { end(0x7D) }

  public mutating func beginArray() {
    beginValue()
    bytes.append(0x5B)
    isEmpty.append(true)
  }

  public mutating func endArray() { end(0x5D) }

  /// Starts a member of the open object; its value comes next.
  public mutating func key(_ name: String) {
    separate()
    appendQuoted(name)
    if isPretty {
      bytes.append(contentsOf: [0x20, 0x3A, 0x20])
    } else {
      bytes.append(0x3A)
    }
    isKeyPending = true
  }

  // MARK: - Values

  public mutating func string(_ text: String) {
    beginValue()
    appendQuoted(text)
  }

  public mutating func integer<Value: BinaryInteger>(_ value: Value) {
    beginValue()
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func bool(_ value: Bool) {
    beginValue()
    bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
  }

  public mutating func null() {
    beginValue()
    bytes.append(contentsOf: Self.nullBytes)
  }

  /// An array of objects, one per element: each between its own braces, its members written by
  /// `writeMembers`.
  public mutating func objects<Elements: Sequence>(_ elements: Elements, _ writeMembers: (inout JSONWriter, Elements.Element) -> Void) {
    beginArray()
    for element in elements {
      beginObject()
      writeMembers(&self, element)
      endObject()
    }
    endArray()
  }

  // MARK: - Members, for short call sites

  public mutating func member(_ name: String, _ text: String) {
    key(name)
    string(text)
  }

  /// A string, or `null` when there is none.
  public mutating func member(_ name: String, _ text: String?) {
    key(name)
    if let text { string(text) } else { null() }
  }

  public mutating func member<Value: BinaryInteger>(_ name: String, _ value: Value?) {
    key(name)
    if let value { integer(value) } else { null() }
  }

  public mutating func member(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// An array of strings.
  public mutating func member(_ name: String, strings: [String]) {
    key(name)
    beginArray()
    for text in strings { string(text) }
    endArray()
  }

  /// An array of objects (see ``objects(_:_:)``).
  public mutating func member<Elements: Sequence>(_ name: String, objects elements: Elements,
                                                  _ writeMembers: (inout JSONWriter, Elements.Element) -> Void) {
    key(name)
    objects(elements, writeMembers)
  }

  // MARK: - Layout

  /// Whether a key was written and waits for its value.
  private var isKeyPending = false

  private static let trueBytes = Array("true".utf8)
  private static let falseBytes = Array("false".utf8)
  private static let nullBytes = Array("null".utf8)

  /// Before a value: in an array, the separator and the line break of a new element; after a
  /// key, nothing.
  mutating func beginValue() {
    if isKeyPending {
      isKeyPending = false
      return
    }
    if !isEmpty.isEmpty { separate() }
  }

  /// The comma before any member but the first, then the new line and indent.
  private mutating func separate() {
    guard let wasEmpty = isEmpty.last else { return }
    if !wasEmpty { bytes.append(0x2C) }
    isEmpty[isEmpty.count - 1] = false
    newLine(depth: isEmpty.count)
  }

  private mutating func end(_ bracket: UInt8) {
    guard let wasEmpty = isEmpty.popLast() else { return }
    if wasEmpty, isPretty { bytes.append(0x0A) }
    newLine(depth: isEmpty.count)
    bytes.append(bracket)
  }

  private mutating func newLine(depth: Int) {
    guard isPretty else { return }
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
  }

  // MARK: - Strings

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private mutating func appendQuoted(_ text: String) {
    bytes.append(0x22)
    var text = text
    text.withUTF8 { utf8 in
      if !utf8.contains(where: Self.needsLook) {
        bytes.append(contentsOf: utf8)
      } else {
        appendEscaped(utf8)
      }
    }
    bytes.append(0x22)
  }

  /// Whether a byte may start something to escape: ASCII controls, `"`, `\`, DEL, and the lead
  /// bytes of the multi-byte characters escaped (C1 controls, U+061C, U+200B–U+206F, U+FEFF).
  private static func needsLook(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF
  }

  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      switch byte {
      case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
      case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
      case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
      case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
      case 0..<0x20, 0x7F: appendUnicodeEscape(UInt32(byte))
      default:
        if let (scalar, length) = Self.escapedScalar(utf8, at: index) {
          appendUnicodeEscape(scalar)
          index += length
          continue
        }
        bytes.append(byte)
      }
      index += 1
    }
  }

  /// The multi-byte character at `index` when it is one to escape, with its length in bytes.
  private static func escapedScalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    let lead = utf8[index]
    if lead == 0xC2 || lead == 0xD8, index + 1 < utf8.count {
      let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F)
      return (0x80...0x9F).contains(scalar) || scalar == 0x061C ? (scalar, 2) : nil
    }
    if lead == 0xE2 || lead == 0xEF, index + 2 < utf8.count {
      let scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
      return isInvisibleOrControl(scalar) ? (scalar, 3) : nil
    }
    return nil
  }

  /// Zero-width characters and marks, the line and paragraph separators, bidirectional embeddings,
  /// overrides and isolates, invisible operators, and the byte-order mark.
  static func isInvisibleOrControl(_ scalar: UInt32) -> Bool {
    (0x200B...0x200F).contains(scalar) || (0x2028...0x202E).contains(scalar) || (0x2060...0x206F).contains(scalar)
      || scalar == 0xFEFF
  }

  private mutating func appendUnicodeEscape(_ scalar: UInt32) {
    bytes.append(contentsOf: [0x5C, 0x75])
    for shift in stride(from: 12, through: 0, by: -4) {
      bytes.append(Self.hexDigits[Int((scalar >> UInt32(shift)) & 0xF)])
    }
  }
}
