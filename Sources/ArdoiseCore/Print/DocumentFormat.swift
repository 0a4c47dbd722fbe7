/// What `ardoise doc --format` writes.
public enum DocumentFormat: String, Sendable, CaseIterable {
  /// Markdown, which also reads as plain text (the default).
  case markdown = "md"
  /// Plain text, without Markdown markup.
  case text = "txt"
  /// A print-ready PDF (the Markdown is written too).
  case pdf

  /// The document as this format writes it: for `.text`, without markup and named `….txt`.
  public func converting(_ document: GeneratedDocument) -> GeneratedDocument {
    guard self == .text else { return document }
    var converted = document
    converted.text = MarkdownDocument(document.text).plainText
    if converted.suggestedFileName.hasSuffix(".md") {
      converted.suggestedFileName = String(converted.suggestedFileName.dropLast(3)) + ".txt"
    }
    return converted
  }
}
