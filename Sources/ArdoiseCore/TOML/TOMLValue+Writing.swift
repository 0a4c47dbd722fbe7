extension TOMLValue {
  /// `text` as a TOML string the way TOMLKit 0.6.0 (toml++) wrote it, so that files written
  /// before and after the change read the same: a literal string (`'Lyon'`) when nothing needs
  /// escaping, `'''…'''` when it holds line breaks, else a basic string with escapes (`"…"`,
  /// `"""…"""` with line breaks). Two cases toml++ got wrong are written so they read back: a text
  /// holding `'''` or ending with `'` is not written as a multi-line literal, and a leading line
  /// break survives the one TOML drops after the opening quotes.
  public static func written(_ text: String, allowingLineBreaks: Bool = true) -> String {
    guard !text.isEmpty else { return "''" }
    var hasLineBreaks = false, hasTabs = false, hasSingleQuotes = false, hasControls = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": hasLineBreaks = true
      case "\t": hasTabs = true
      case "'": hasSingleQuotes = true
      default:
        if isWrittenAsUnicodeEscape(scalar) { hasControls = true }
      }
    }
    let isMultiline = allowingLineBreaks && hasLineBreaks
    let lead = isMultiline && text.hasPrefix("\n") ? "\n" : ""
    let isLiteral = !hasControls && !hasTabs && (!hasSingleQuotes || isMultiline) && (!hasLineBreaks || isMultiline)
      && !(isMultiline && (text.contains("'''") || text.hasSuffix("'")))
    if isLiteral {
      let quote = isMultiline ? "'''" : "'"
      return quote + lead + text + quote
    }
    var output = isMultiline ? "\"\"\"" + lead : "\""
    appendEscaped(text, to: &output, keepingLineBreaks: isMultiline)
    return output + (isMultiline ? "\"\"\"" : "\"")
  }

  /// `key = value` for a string, as TOMLKit wrote it: the key bare when it can be.
  public static func line(_ key: String, _ value: String) -> String {
    let isBare = !key.isEmpty && key.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
    }
    return (isBare ? key : written(key, allowingLineBreaks: false)) + " = " + written(value)
  }
}
