/// A document's Markdown, read as the few constructs ardoise's templates use: `#`–`###` headings,
/// paragraphs whose line breaks are kept (an address is one line per line), `- ` bullets,
/// `1. ` numbered items, `---` rules and `**bold**` inside a line. Anything else is plain text.
///
/// This is deliberately not a general Markdown reader: standard Markdown joins a paragraph's lines
/// into one, which would put a postal address on a single line, and the letter layout needs the
/// blocks themselves (the recipient, the object line) to place them on the page.
public struct MarkdownDocument: Sendable, Equatable {
  /// One block of the document.
  public enum Block: Sendable, Equatable {
    case heading(level: Int, text: String)
    /// Lines kept as they are written.
    case paragraph(lines: [String])
    case bullets(items: [String])
    case numbered(items: [String])
    case rule
  }

  public var blocks: [Block]

  public init(blocks: [Block]) {
    self.blocks = blocks
  }

  /// Reads `text`, block by block; blank lines separate blocks.
  public init(_ text: String) {
    var blocks: [Block] = []
    var paragraph: [String] = []
    func closeParagraph() {
      if !paragraph.isEmpty { blocks.append(.paragraph(lines: paragraph)) }
      paragraph = []
    }
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty {
        closeParagraph()
      } else if trimmed == "---" || trimmed == "***" || trimmed == "___" {
        closeParagraph()
        blocks.append(.rule)
      } else if let (level, heading) = Self.heading(trimmed) {
        closeParagraph()
        blocks.append(.heading(level: level, text: heading))
      } else if let item = Self.bullet(line) {
        closeParagraph()
        if case .bullets(let items)? = blocks.last { blocks[blocks.count - 1] = .bullets(items: items + [item]) }
        else { blocks.append(.bullets(items: [item])) }
      } else if let item = Self.numbered(line) {
        closeParagraph()
        if case .numbered(let items)? = blocks.last { blocks[blocks.count - 1] = .numbered(items: items + [item]) }
        else { blocks.append(.numbered(items: [item])) }
      } else {
        paragraph.append(trimmed)
      }
    }
    closeParagraph()
    self.blocks = blocks
  }

  /// `## Title` → (2, "Title"); levels 1 to 3.
  static func heading(_ line: String) -> (Int, String)? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...3).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    return (hashes, String(line.dropFirst(hashes + 1)).trimmingSpaces)
  }

  /// `- item` → "item".
  static func bullet(_ line: String) -> String? {
    guard line.hasPrefix("- ") else { return nil }
    return String(line.dropFirst(2)).trimmingSpaces
  }

  /// `3. item` → "item" (the number is not kept: items are numbered in order).
  static func numbered(_ line: String) -> String? {
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
    return String(line.dropFirst(digits.count + 2)).trimmingSpaces
  }
}

extension MarkdownDocument {
  /// A line's text in runs, bold or not: `a **b** c` → [("a ", false), ("b", true), (" c", false)].
  /// A `**` without its closing pair is kept as text.
  static func runs(_ line: String) -> [(text: String, isBold: Bool)] {
    let parts = line.components(separatedBy: "**")
    guard parts.count >= 3 else { return [(line, false)] }
    var runs: [(text: String, isBold: Bool)] = []
    let pairedCount = parts.count % 2 == 1 ? parts.count : parts.count - 1
    for (index, part) in parts.prefix(pairedCount).enumerated() where !part.isEmpty {
      runs.append((part, index % 2 == 1))
    }
    if pairedCount < parts.count { runs.append(("**" + parts[pairedCount], false)) }
    return runs
  }
}
