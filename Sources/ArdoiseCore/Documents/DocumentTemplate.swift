/// A plain-text template with `{{placeholder}}` fields and `{{#section}}…{{/section}}` blocks:
/// the Mustache language as text (nothing is HTML-escaped), without partials or delimiter changes.
///
/// - `{{name}}`, `{{{name}}}`, `{{& name}}`: the value (`{{.}}` is the current item of a list;
///   `a.b` looks `b` up in `a`); a missing value is empty.
/// - `{{#name}}…{{/name}}`: shown once if the value is true or a text or a table, once per item of a
///   list (each item's fields in reach), not at all if missing, false or an empty list.
/// - `{{^name}}…{{/name}}`: shown only when `{{#name}}` would not be.
/// - `{{! comment}}` and `{{% pragma}}` show nothing. A line holding only a section, closing,
///   comment or pragma tag (and spaces) leaves no trace in the output.
///
/// Parsing and rendering take time in proportion to the template's length (plus what is
/// rendered): a template is at most ``maximumSize`` bytes and its sections nest at most
/// ``maximumDepth`` deep.
public struct DocumentTemplate: Sendable {
  /// The largest template accepted, in bytes of UTF-8: 256 KiB, a hundred times the longest
  /// built-in one.
  public static let maximumSize = 256 * 1024
  /// How deep sections may nest.
  public static let maximumDepth = 64

  /// The text the template was made from.
  public let source: String
  let nodes: [Node]

  /// A piece of a parsed template.
  indirect enum Node: Sendable {
    case text(String)
    case value(path: [String])
    case section(path: [String], inverted: Bool, body: [Node])
  }

  private init(source: String, nodes: [Node]) {
    self.source = source
    self.nodes = nodes
  }

  /// The template with French typography (``Swift/String/frenchTypography``) on its own text, the
  /// values it will be filled with left as they are. A text after a tag reads as if a number stood
  /// before it, so `{{days}} jours`, `{{restaurant_name}} : …` and `{{/bill}} : …` get their no-break spaces.
  public func withFrenchTypography() -> DocumentTemplate {
    DocumentTemplate(source: source, nodes: Self.frenchTypography(nodes))
  }

  private static func frenchTypography(_ nodes: [Node]) -> [Node] {
    var result: [Node] = []
    for node in nodes {
      switch node {
      case .text(let text):
        var set = String(("0" + text).frenchTypography.dropFirst())
        if set.hasSuffix(" n° ") { set = String(set.dropLast()) + "\u{A0}" }  // `n° {{bill}}`
        result.append(.text(set))
      case .value:
        result.append(node)
      case .section(let path, let inverted, let body):
        result.append(.section(path: path, inverted: inverted, body: frenchTypography(body)))
      }
    }
    return result
  }

  /// Parses `source`.
  /// - Throws: ``DocumentTemplateError`` when the template is too large, a tag is malformed or
  ///   unsupported, or a section is left open or closed with another name.
  public init(_ source: String) throws {
    guard source.utf8.count <= Self.maximumSize else { throw Self.tooLarge(source.utf8.count) }
    self.source = source
    nodes = try Self.parse(Array(source.utf8))
  }

  /// The error for a template of `size` bytes, over ``maximumSize``.
  static func tooLarge(_ size: Int) -> DocumentTemplateError {
    DocumentTemplateError(line: nil, reason: LocalizedText("plus de \(maximumSize / 1024)\u{A0}Kio (\(size)\u{A0}octets)",
                                               "larger than \(maximumSize / 1024) KiB (\(size) bytes)"))
  }

  /// Fills the template with `values`: strings, booleans, numbers, nested dictionaries and arrays
  /// of them. A missing key renders as nothing and counts as false in a section.
  ///
  /// - Throws: ``DocumentTemplateError`` when the document would be larger than
  ///   ``maximumOutputSize`` or take more than ``maximumSteps`` pieces: nested sections over lists
  ///   multiply (a list of 5 inside itself 20 times is 5²⁰ passes), and no document needs that.
  public func render(_ values: [String: Any]) throws -> String {
    var output: [UInt8] = []
    output.reserveCapacity(source.utf8.count * 2)
    var stack: [Context] = [Context(values)]
    var steps = Self.maximumSteps
    try Self.render(nodes, stack: &stack, into: &output, steps: &steps)
    return String(decoding: output, as: UTF8.self)
  }

  /// The largest document a template may render, in bytes: 1 MiB, four hundred times the longest
  /// built-in letter. (With 8 MiB and 1,000,000 pieces, thirteen
  /// nested sections over a list of three took seconds to be refused.)
  public static let maximumOutputSize = 1024 * 1024
  /// The most pieces (texts, values, section passes) a rendering may take: a letter takes a few
  /// hundred, one listing a hundred payments a few thousand.
  public static let maximumSteps = 100_000

  /// A value sections were opened on, with its fields when it is a table (cast once, not at every
  /// lookup).
  private struct Context {
    var value: Any
    var fields: [String: Any]?
    init(_ value: Any) {
      self.value = value
      fields = value as? [String: Any]
    }
  }

  private static func render(_ nodes: [Node], stack: inout [Context], into output: inout [UInt8], steps: inout Int) throws {
    for node in nodes {
      steps -= 1
      guard steps >= 0, output.count <= maximumOutputSize else {
        throw DocumentTemplateError(line: nil, reason: LocalizedText("le document dépasserait 1\u{A0}Mio ou 100\u{A0}000 éléments (sections répétées les unes dans les autres)",
                                                         "the document would exceed 1 MiB or 100,000 pieces (sections repeated inside each other)"))
      }
      switch node {
      case .text(let text):
        output.append(contentsOf: text.utf8)
      case .value(let path):
        guard let value = lookUp(path, in: stack) else { continue }
        output.append(contentsOf: text(of: value).utf8)
      case .section(let path, let inverted, let body):
        let value = lookUp(path, in: stack)
        let items = sectionItems(value)
        if inverted {
          if items.isEmpty { try render(body, stack: &stack, into: &output, steps: &steps) }
          continue
        }
        for item in items {
          if let item { stack.append(Context(item)) }
          try render(body, stack: &stack, into: &output, steps: &steps)
          if item != nil { stack.removeLast() }
        }
      }
    }
  }

  /// What a section renders for: nothing when the value is missing, false or an empty list; one
  /// pass per item of a list (pushed on the stack); one pass for true (nothing pushed) or for any
  /// other value (pushed).
  private static func sectionItems(_ value: Any?) -> [Any?] {
    switch value {
    case .none: return []
    case let flag as Bool: return flag ? [nil] : []
    case let list as [Any]: return list.map { $0 }
    case .some(let value): return [value]
    }
  }

  /// The value at `path`: its first name is looked for from the innermost context out, the rest
  /// inside what was found. `.` is the innermost context.
  private static func lookUp(_ path: [String], in stack: [Context]) -> Any? {
    guard let first = path.first else { return stack.last?.value }
    var found: Any?
    for context in stack.reversed() {
      if let value = context.fields?[first] {
        found = value
        break
      }
    }
    for name in path.dropFirst() {
      guard let table = found as? [String: Any] else { return nil }
      found = table[name]
    }
    return found
  }

  private static func text(of value: Any) -> String {
    switch value {
    case let text as String: return text
    case let text as Substring: return String(text)
    case let flag as Bool: return flag ? "true" : "false"
    case let number as Int: return String(number)
    default: return String(describing: value)
    }
  }
}

/// A template that could not be read.
public struct DocumentTemplateError: Error, Equatable, Sendable {
  /// The 1-based line of the template where the problem is, when there is one.
  public var line: Int?
  /// What is wrong.
  public var reason: LocalizedText

  public init(line: Int?, reason: LocalizedText) {
    self.line = line
    self.reason = reason
  }

  public func message(_ language: Language) -> String {
    let place = line.map { LocalizedText(", ligne \($0)", ", line \($0)")(language) } ?? ""
    return LocalizedText("modèle de document invalide", "invalid document template")(language) + place + LocalizedText("\u{202F}: ", ": ")(language)
      + reason(language)
  }
}
