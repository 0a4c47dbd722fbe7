/// Writes documents: pure, no I/O. The built-in template for the kind and language is used unless
/// the request carries the restaurant's own.
public enum DocumentGenerator {
  /// Renders the document for `request`.
  /// - Throws: ``DocumentTemplateError`` when the override template is malformed or renders too much.
  public static func generate(_ request: DocumentRequest) throws -> GeneratedDocument {
    let source = request.templateOverride
      ?? BuiltInTemplates.text(for: request.kind, language: request.language, variant: request.variant)
    let template = try DocumentTemplate(source)
    let values = DocumentValues(request)
    // No control, bidirectional or invisible character from a value or a template reaches the
    // file: replaced by `�` (tabs and line ends kept, CRLF made LF by `tidy`).
    let text = tidy(try template.render(values.values).inertLines)
    var warnings: [LocalizedText] = []
    for (placeholder, warning) in values.placeholders where text.contains(placeholder) { warnings.append(warning) }
    warnings += values.checks
    var seen = Set<LocalizedText>()
    warnings = warnings.filter { seen.insert($0).inserted }
    return GeneratedDocument(text: text, warnings: warnings, suggestedFileName: request.suggestedFileName)
  }

  /// Trailing spaces removed, no run of more than one blank line, LF line ends, exactly one final
  /// newline.
  static func tidy(_ text: String) -> String {
    var lines: [Substring] = []
    for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      var line = raw
      while line.last == " " { line = line.dropLast() }
      if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
      lines.append(line)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
