import Foundation

/// Finds the line on which a key or table header is written in TOML text.
///
/// TOMLKit reports positions for syntax errors only, not for values, so errors about a value (an
/// unknown colour in a theme, a bad setting in `config.toml`) find their line by scanning the text: table headers
/// (`[roles]`, `[roles.title]`) set the current table, and a `key =` line inside it, dotted keys
/// included, is the key's line. Multi-line strings are not tracked; theme and config files have none.
/// (The playbook, with arrays of tables and multi-line guidance, has its own `TOMLOutline`.)
public struct TOMLKeyLocator {
  private var entries: [(path: [String], line: Int)] = []

  /// Indexes every header and key in `text`.
  public init(text: String) {
    var table: [String] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") {
        let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
        table = Self.splitKey(inner)
        entries.append((table, lineNumber))
      } else if let equals = line.firstIndex(of: "=") {
        entries.append((table + Self.splitKey(line[..<equals]), lineNumber))
      }
    }
  }

  /// The line of the first key or header whose path is `path`, or nil.
  public func line(of path: [String]) -> Int? {
    entries.first { $0.path == path }?.line
  }

  /// The line of `path`, else of its nearest written parent, else 1.
  public func nearestLine(of path: [String]) -> Int {
    var path = path
    while !path.isEmpty {
      if let line = line(of: path) { return line }
      path.removeLast()
    }
    return 1
  }

  private static func splitKey(_ key: Substring) -> [String] {
    key.split(separator: ".").map { part in
      part.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    }
  }
}
