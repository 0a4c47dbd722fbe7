extension MarkdownDocument {
  /// The blocks as HTML elements. Every piece of text is escaped: a customer's name or a note can
  /// hold `<`, `&` or quotes, and none of it may become markup.
  public var html: String {
    blocks.map(Self.html).joined(separator: "\n")
  }

  static func html(_ block: Block) -> String {
    switch block {
    case .heading(let level, let text):
      return "<h\(level)>\(inlineHTML(text))</h\(level)>"
    case .paragraph(let lines):
      return "<p>" + lines.map(inlineHTML).joined(separator: "<br>\n") + "</p>"
    case .bullets(let items):
      return "<ul>\n" + items.map { "<li>\(inlineHTML($0))</li>" }.joined(separator: "\n") + "\n</ul>"
    case .numbered(let items):
      return "<ol>\n" + items.map { "<li>\(inlineHTML($0))</li>" }.joined(separator: "\n") + "\n</ol>"
    case .rule:
      return "<hr>"
    }
  }

  /// One line: escaped text, `**bold**` as `<strong>`.
  static func inlineHTML(_ line: String) -> String {
    runs(line).map { $0.isBold ? "<strong>\(escapeHTML($0.text))</strong>" : escapeHTML($0.text) }.joined()
  }

  /// `&`, `<`, `>`, `"` and `'` as entities.
  public static func escapeHTML(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      default: output.append(character)
      }
    }
    return output
  }
}
