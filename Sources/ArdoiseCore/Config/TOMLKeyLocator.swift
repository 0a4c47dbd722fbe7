/// Finds the line on which a key or table header is written in TOML text.
///
/// ``TOMLDocument`` reports positions for syntax errors only, not for values, so errors about a value (an
/// unknown colour in a theme, a bad setting in `config.toml`) find their line by scanning the
/// text. The scan is ``TOMLOutline``'s, the one the playbook uses: quoted keys (`"a.b" = 1` is one
/// key), multi-line strings (a `[table]` or `key =` line inside one is text, not a header or a
/// key) and both line endings are read as TOML reads them. A table header (`[roles]`,
/// `[roles.title]`) sets the current table, and a `key =` line inside it, dotted keys included,
/// is the key's line.
public struct TOMLKeyLocator {
  private var entries: [(path: [String], line: Int)] = []

  /// Indexes every header and key in `text`.
  public init(text: String) {
    let outline = TOMLOutline(text: text)
    var headers = outline.headers[...]
    var table: [String] = []
    for key in outline.keys {
      while let header = headers.first, header.line < key.line {
        entries.append((header.path, header.line))
        table = header.path
        headers.removeFirst()
      }
      entries.append((table + key.path, key.line))
    }
    entries += headers.map { ($0.path, $0.line) }
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
}
