/// Where the table headers and keys of a TOML text sit, line by line, so that errors found after
/// parsing can name a line.
///
/// ``TOMLDocument`` returns values without positions. The outline is a light second pass over the raw
/// text: it tracks strings (basic, literal and both multi-line forms), comments and bracket depth,
/// and records every table header (`[a.b]`, `[[a.b]]`) and every key that starts a line outside a
/// value. A parsed table is then matched to its header by order: the *n*-th element of an array of
/// tables is the *n*-th `[[…]]` header with that path inside its parent's lines. A key is found in
/// the lines that belong to its table itself (from its header to the next header of any kind).
/// Tables written inline (`outcome = [{ id = "x" }]`) have no header: errors inside them point to
/// the line of the key that holds them. The text has already parsed as TOML when the outline is
/// used, so the pass does not validate anything.
///
/// It is the one TOML scanner of ardoise: ``TOMLKeyLocator`` (themes, `config.toml`) finds a
/// key's line through it too.
struct TOMLOutline {
  /// A `[path]` or `[[path]]` line.
  struct Header: Equatable {
    var path: [String]
    var isArray: Bool
    var line: Int
  }

  /// A line that starts with `key =` (or `key.sub =`), at the top of a table.
  struct KeyLine: Equatable {
    /// The components of the key, unquoted (`a."b.c"` is `["a", "b.c"]`).
    var path: [String]
    var line: Int
    /// The first component of the key.
    var key: String { path.first ?? "" }
  }

  /// The lines of one table: its header (if any), the lines of its own keys, and the lines of the
  /// table with all its sub-tables.
  struct Region: Equatable {
    var path: [String]
    var headerLine: Int?
    /// From the line after the header to the next header, 1-based, upper bound excluded.
    var ownLines: Range<Int>
    /// From the header to the next header that is not a sub-table of this one.
    var allLines: Range<Int>
  }

  private(set) var headers: [Header] = []
  private(set) var keys: [KeyLine] = []
  let lineCount: Int

  init(text: String) {
    var scanner = LineScanner()
    var number = 0
    // "\r\n" is one Character in Swift: split on both forms so line numbers match the parser's.
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      number += 1
      let line = Array(rawLine)
      if scanner.isAtTopLevel {
        let start = line.firstIndex { $0 != " " && $0 != "\t" } ?? line.endIndex
        if start < line.endIndex, line[start] == "[" {
          if let header = Self.header(in: line[start...], line: number) { headers.append(header) }
          continue
        }
        if start < line.endIndex, line[start] != "#", let path = Self.keyPath(in: line[start...]) {
          keys.append(KeyLine(path: path, line: number))
        }
      }
      scanner.scan(line)
    }
    lineCount = number
  }

  /// The lines of the whole document; its own keys are those before the first header.
  var root: Region {
    let end = lineCount + 1
    return Region(path: [], headerLine: nil, ownLines: 1..<(headers.first?.line ?? end), allLines: 1..<end)
  }

  /// The regions of the `[[parent.path + name]]` headers inside `parent`, in order.
  func arrayElements(_ name: String, in parent: Region) -> [Region] {
    regions(path: parent.path + [name], isArray: true, in: parent)
  }

  /// The region of the `[parent.path + name]` header inside `parent`, if written with a header.
  func table(_ name: String, in parent: Region) -> Region? {
    regions(path: parent.path + [name], isArray: false, in: parent).first
  }

  /// The line where `key` of the table in `region` is written: a `key = …` line among the
  /// table's own lines, else the first header of a sub-table named `key`.
  func line(ofKey key: String, in region: Region) -> Int? {
    if let found = keys.first(where: { region.ownLines.contains($0.line) && $0.key == key }) {
      return found.line
    }
    let childPath = region.path + [key]
    return headers.first { region.allLines.contains($0.line) && $0.path == childPath }?.line
  }

  private func regions(path: [String], isArray: Bool, in parent: Region) -> [Region] {
    headers.indices.compactMap { index in
      let header = headers[index]
      guard header.path == path, header.isArray == isArray, parent.allLines.contains(header.line) else {
        return nil
      }
      let following = headers[(index + 1)...]
      let nextHeader = following.first?.line ?? lineCount + 1
      let end = following.first { !($0.path.count > path.count && Array($0.path.prefix(path.count)) == path) }?
        .line ?? lineCount + 1
      return Region(path: path, headerLine: header.line, ownLines: (header.line + 1)..<nextHeader,
                    allLines: header.line..<min(end, parent.allLines.upperBound))
    }
  }

  /// Parses `[a."b".c]` or `[[a.b]]` at the start of `text`.
  private static func header(in text: ArraySlice<Character>, line: Int) -> Header? {
    let isArray = text.dropFirst().first == "["
    guard let components = dottedKey(in: text.dropFirst(isArray ? 2 : 1), endingAt: "]") else { return nil }
    return Header(path: components, isArray: isArray, line: line)
  }

  /// The components of the key before `=` on a key/value line, unquoted; nil if the line holds
  /// no `=` outside quotes.
  private static func keyPath(in text: ArraySlice<Character>) -> [String]? {
    dottedKey(in: text, endingAt: "=")
  }

  /// The components of a dotted key (`a."b.c".d`) that ends at `terminator`, unquoted and
  /// trimmed; nil when no `terminator` stands outside quotes.
  private static func dottedKey(in text: ArraySlice<Character>, endingAt terminator: Character) -> [String]? {
    var components: [String] = []
    var current = ""
    var quote: Character?
    for character in text {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
        continue
      }
      switch character {
      case "\"", "'": quote = character
      case ".":
        components.append(current.trimmingSpaces)
        current = ""
      case terminator:
        components.append(current.trimmingSpaces)
        return components
      default: current.append(character)
      }
    }
    return nil
  }
}

/// Follows the lexical state of a TOML text across lines: inside a multi-line string, or inside
/// brackets of a value that spans several lines.
private struct LineScanner {
  private enum State { case normal, multiLineBasic, multiLineLiteral }
  private var state = State.normal
  private var depth = 0

  /// Whether the next line starts outside any string or bracketed value, where a header or a key
  /// may begin.
  var isAtTopLevel: Bool { state == .normal && depth == 0 }

  mutating func scan(_ line: [Character]) {
    var index = 0
    func starts(with delimiter: String) -> Bool {
      let characters = Array(delimiter)
      return index + characters.count <= line.count && Array(line[index..<(index + characters.count)]) == characters
    }
    while index < line.count {
      switch state {
      case .multiLineBasic:
        if line[index] == "\\" { index += 2; continue }
        if starts(with: "\"\"\"") { state = .normal; index += 3; continue }
        index += 1
      case .multiLineLiteral:
        if starts(with: "'''") { state = .normal; index += 3; continue }
        index += 1
      case .normal:
        let character = line[index]
        if character == "#" { return }
        if starts(with: "\"\"\"") { state = .multiLineBasic; index += 3; continue }
        if starts(with: "'''") { state = .multiLineLiteral; index += 3; continue }
        switch character {
        case "\"":
          index += 1
          while index < line.count, line[index] != "\"" { index += line[index] == "\\" ? 2 : 1 }
        case "'":
          index += 1
          while index < line.count, line[index] != "'" { index += 1 }
        case "[", "{": depth += 1
        case "]", "}": depth = max(0, depth - 1)
        default: break
        }
        index += 1
      }
    }
  }
}
