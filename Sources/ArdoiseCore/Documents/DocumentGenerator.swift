/// Writes documents: pure, no I/O. The built-in template for the kind and language is used unless
/// the request carries the restaurant's own.
public enum DocumentGenerator {
  /// Renders the document for `request`.
  /// - Throws: ``DocumentTemplateError`` when the override template is malformed or renders too much.
  public static func generate(_ request: DocumentRequest) throws -> GeneratedDocument {
    let isSMS = request.kind == .reminder && request.variant == .sms
    var template: DocumentTemplate
    if let override = request.templateOverride {
      template = try DocumentTemplate(override)  // the restaurant's own text, as it wrote it
    } else {
      template = try DocumentTemplate(BuiltInTemplates.text(for: request.kind, language: request.language, variant: request.variant))
      // French typography on the template's own words, never on the values filled in; never on an SMS.
      if request.language == .french && !isSMS { template = template.withFrenchTypography() }
    }
    let values = DocumentValues(request)
    // No control, bidirectional or invisible character from a value or a template reaches the
    // file: replaced by `�` (tabs and line ends kept, CRLF made LF by `tidy`).
    var text = tidy(try template.render(values.values).inertLines)
    var warnings: [LocalizedText] = []
    if isSMS {
      // An SMS keeps to the GSM 7-bit alphabet: 160 characters a segment instead of 70.
      text = text.gsm7Transliterated
      warnings.append(smsCost(SMSSegments(text.hasSuffix("\n") ? String(text.dropLast()) : text)))
    }
    for (placeholder, warning) in values.placeholders where text.contains(placeholder) { warnings.append(warning) }
    warnings += values.checks
    var seen = Set<LocalizedText>()
    warnings = warnings.filter { seen.insert($0).inserted }
    return GeneratedDocument(text: text, warnings: warnings, suggestedFileName: request.suggestedFileName)
  }

  /// What an SMS of this length costs: « SMS : 2 segments (187 caractères GSM 7 bits) ».
  static func smsCost(_ segments: SMSSegments) -> LocalizedText {
    let parts = LocalizedText.counting(segments.count, french: ("segment", "segments"), english: ("segment", "segments"))
    switch segments.encoding {
    case .gsm7:
      return LocalizedText("SMS : ", "SMS: ") + parts + LocalizedText(" (\(segments.units) caractères GSM 7 bits, 160 par segment seul, 153 au-delà)",
                                                " (\(segments.units) GSM 7-bit characters, 160 for one segment, 153 each beyond)")
    case .ucs2:
      return LocalizedText("SMS : ", "SMS: ") + parts
        + LocalizedText(" (\(segments.units) caractères UCS-2, 70 par segment seul, 67 au-delà : un caractère hors de l’alphabet GSM rend le SMS plus cher)",
            " (\(segments.units) UCS-2 characters, 70 for one segment, 67 each beyond: a character outside the GSM alphabet makes the SMS dearer)")
    }
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
