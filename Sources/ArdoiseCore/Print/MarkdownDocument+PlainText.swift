extension MarkdownDocument {
  /// The document as plain text, without Markdown markup: no `**`, no `#`; bullets become `•`,
  /// numbered items keep their number, a rule becomes a line of `─`.
  public var plainText: String {
    var output: [String] = []
    for block in blocks {
      if !output.isEmpty { output.append("") }
      switch block {
      case .heading(let level, let text):
        let line = Self.plain(text)
        output.append(level == 1 ? line.uppercased() : line)
      case .paragraph(let lines):
        output += lines.map(Self.plain)
      case .bullets(let items):
        output += items.map { "• " + Self.plain($0) }
      case .numbered(let items):
        output += items.enumerated().map { "\($0.offset + 1). " + Self.plain($0.element) }
      case .rule:
        output.append(String(repeating: "─", count: 40))
      }
    }
    return output.joined(separator: "\n") + "\n"
  }

  /// A line without its `**` markers.
  static func plain(_ line: String) -> String {
    runs(line).map(\.text).joined()
  }
}
