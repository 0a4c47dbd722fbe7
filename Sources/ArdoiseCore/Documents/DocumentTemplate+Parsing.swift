/// Reading a template into nodes in one pass over its bytes: tags, then standalone lines, then the
/// tree of sections. Every step is linear in the template's length.
extension DocumentTemplate {
  /// A piece of the template before sections are matched.
  private enum Token {
    /// Bytes of text; a newline, when there is one, is the last byte.
    case text(Range<Int>)
    case tag(Tag)
  }

  private struct Tag {
    enum Kind { case value, section, invertedSection, close, comment }
    var kind: Kind
    var name: String
    var line: Int

    /// A tag that can stand alone on its line, which then leaves no trace.
    var canStandAlone: Bool { kind != .value }
  }

  static func parse(_ bytes: [UInt8]) throws -> [Node] {
    let tokens = try tokenize(bytes)
    let removed = standaloneWhitespace(tokens, bytes)
    return try tree(tokens, removed: removed, bytes)
  }

  /// The text and tags, text cut after each newline.
  private static func tokenize(_ bytes: [UInt8]) throws -> [Token] {
    let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), newline = UInt8(ascii: "\n")
    var tokens: [Token] = []
    var index = 0
    var textStart = 0
    var line = 1
    while index < bytes.count {
      let byte = bytes[index]
      if byte == newline {
        tokens.append(.text(textStart..<index + 1))
        index += 1
        textStart = index
        line += 1
        continue
      }
      guard byte == open, index + 1 < bytes.count, bytes[index + 1] == open else {
        index += 1
        continue
      }
      if textStart < index { tokens.append(.text(textStart..<index)) }
      var start = index + 2
      let isTriple = start < bytes.count && bytes[start] == open
      if isTriple { start += 1 }
      let closingLength = isTriple ? 3 : 2
      // The closing braces, on the same line.
      var end = start
      while true {
        guard end < bytes.count, bytes[end] != newline else {
          throw DocumentTemplateError(line: line, reason: LocalizedText("«\u{202F}{{\u{202F}» sans «\u{202F}}}\u{202F}» sur la même ligne", "“{{” without “}}” on the same line"))
        }
        if bytes[end] == close, end + closingLength <= bytes.count, bytes[end..<end + closingLength].allSatisfy({ $0 == close }) { break }
        end += 1
      }
      tokens.append(.tag(try tag(bytes[start..<end], isTriple: isTriple, line: line)))
      index = end + closingLength
      textStart = index
    }
    if textStart < bytes.count { tokens.append(.text(textStart..<bytes.count)) }
    return tokens
  }

  private static func tag(_ content: ArraySlice<UInt8>, isTriple: Bool, line: Int) throws -> Tag {
    let kind: Tag.Kind
    var body = content
    switch isTriple ? nil : content.first.map(Unicode.Scalar.init) {
    case "#"?: kind = .section
    case "^"?: kind = .invertedSection
    case "/"?: kind = .close
    case "!"?, "%"?: kind = .comment
    case "&"?: kind = .value
    case ">"?:
      throw DocumentTemplateError(line: line, reason: LocalizedText("les modèles partiels «\u{202F}{{> … }}\u{202F}» ne sont pas pris en charge",
                                                        "partials “{{> …}}” are not supported"))
    case "="?:
      throw DocumentTemplateError(line: line, reason: LocalizedText("changer les délimiteurs «\u{202F}{{= … =}}\u{202F}» n’est pas pris en charge",
                                                        "changing delimiters “{{= … =}}” is not supported"))
    default: kind = .value
    }
    if kind != .value || (!isTriple && content.first == UInt8(ascii: "&")) { body = body.dropFirst() }
    if kind == .comment { return Tag(kind: kind, name: "", line: line) }
    let name = String(decoding: body, as: UTF8.self).trimmingSpaces
    let valid = !name.isEmpty && !name.unicodeScalars.contains { $0 == " " || $0 == "\t" || $0 == "{" || $0 == "}" || $0.isInert }
    guard valid else {
      throw DocumentTemplateError(line: line, reason: LocalizedText("nom de champ invalide\u{202F}: «\u{202F}\(name.escaped)\u{202F}»",
                                                        "invalid field name: “\(name.escaped)”"))
    }
    return Tag(kind: kind, name: name, line: line)
  }

  /// The text tokens to drop: the spaces and line end around a tag that is alone on its line.
  private static func standaloneWhitespace(_ tokens: [Token], _ bytes: [UInt8]) -> Set<Int> {
    var removed = Set<Int>()
    var lineStart = 0
    func isBlank(_ range: Range<Int>) -> Bool {
      bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
    }
    func endLine(at end: Int) {
      // tokens[lineStart..<end] form one line.
      var tags = 0
      var standalone = true
      for index in lineStart..<end {
        switch tokens[index] {
        case .text(let range): if !isBlank(range) { standalone = false }
        case .tag(let tag):
          tags += 1
          if !tag.canStandAlone { standalone = false }
        }
      }
      if standalone && tags == 1 {
        for index in lineStart..<end { if case .text = tokens[index] { removed.insert(index) } }
      }
      lineStart = end
    }
    for (index, token) in tokens.enumerated() {
      if case .text(let range) = token, bytes[range.upperBound - 1] == UInt8(ascii: "\n") { endLine(at: index + 1) }
    }
    if lineStart < tokens.count { endLine(at: tokens.count) }
    return removed
  }

  /// Sections matched with their closing tags.
  private static func tree(_ tokens: [Token], removed: Set<Int>, _ bytes: [UInt8]) throws -> [Node] {
    var stack: [(tag: Tag, nodes: [Node])] = []
    var nodes: [Node] = []
    for (index, token) in tokens.enumerated() where !removed.contains(index) {
      switch token {
      case .text(let range):
        nodes.append(.text(String(decoding: bytes[range], as: UTF8.self)))
      case .tag(let tag):
        switch tag.kind {
        case .comment:
          continue
        case .value:
          nodes.append(.value(path: path(tag.name)))
        case .section, .invertedSection:
          guard stack.count < maximumDepth else {
            throw DocumentTemplateError(line: tag.line, reason: LocalizedText("sections imbriquées sur plus de \(maximumDepth) niveaux",
                                                                  "sections nested more than \(maximumDepth) deep"))
          }
          stack.append((tag, nodes))
          nodes = []
        case .close:
          guard let (opening, outer) = stack.popLast() else {
            throw DocumentTemplateError(line: tag.line, reason: LocalizedText("«\u{202F}{{/\(tag.name)}}\u{202F}» ne ferme aucune section",
                                                                  "“{{/\(tag.name)}}” closes no section"))
          }
          guard opening.name == tag.name else {
            throw DocumentTemplateError(line: tag.line, reason: LocalizedText("«\u{202F}{{/\(tag.name)}}\u{202F}» ferme la section «\u{202F}\(opening.name)\u{202F}» ouverte ligne \(opening.line)",
                                                                  "“{{/\(tag.name)}}” closes section “\(opening.name)” opened on line \(opening.line)"))
          }
          let section = Node.section(path: path(opening.name), inverted: opening.kind == .invertedSection, body: nodes)
          nodes = outer
          nodes.append(section)
        }
      }
    }
    if let (opening, _) = stack.last {
      throw DocumentTemplateError(line: opening.line, reason: LocalizedText("section «\u{202F}\(opening.name)\u{202F}» jamais fermée",
                                                                "section “\(opening.name)” is never closed"))
    }
    return nodes
  }

  /// `a.b` is `["a", "b"]`; `.` is the current item, `[]`.
  private static func path(_ name: String) -> [String] {
    name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
  }
}
