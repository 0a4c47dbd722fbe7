extension MailMessage {
  /// The subject and plain-text body an email of `document` carries.
  ///
  /// The subject is the document's object line (`Objet : …`, `Subject: …`, bold or not), with the
  /// restaurant's name in front when it does not already hold it; without one, the restaurant's
  /// name and the kind of document as `jurisdiction`'s law names it. An object line that opens the document (an email's) is not
  /// repeated in the body; one inside a letter stays where it is. The body has no Markdown markup.
  public static func subjectAndBody(of document: GeneratedDocument, kind: DocumentKind, restaurantName: String?,
                                    jurisdiction: Jurisdiction, language: Language) -> (subject: String, body: String) {
    let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var subject: String?
    var body = lines
    if let index = lines.firstIndex(where: { objectText($0) != nil }), let text = objectText(lines[index]) {
      subject = text
      if lines[..<index].allSatisfy({ $0.trimmingSpaces.isEmpty }) { body.removeSubrange(...index) }
    }
    let name = restaurantName?.trimmingSpaces ?? ""
    var title = subject ?? kind.label(under: jurisdiction)(language)
    if !name.isEmpty && !title.contains(name) {
      title = name + " — " + (subject == nil ? title.prefix(1).uppercased() + title.dropFirst() : title)
    }
    let plain = MarkdownDocument(body.joined(separator: "\n")).plainText
    return (title, plain)
  }

  /// `Objet : mise en demeure` or `**Subject: your bill**` → the text after the colon; else nil.
  static func objectText(_ line: String) -> String? {
    let plain = MarkdownDocument.plain(line).trimmingSpaces
    for label in ["Objet", "Subject", "Re"] where plain.hasPrefix(label) {
      let rest = plain.dropFirst(label.count).drop { $0 == " " || $0 == "\u{202F}" || $0 == "\u{A0}" }
      guard rest.first == ":" else { continue }
      let text = String(rest.dropFirst()).trimmingSpaces
      return text.isEmpty ? nil : text
    }
    return nil
  }
}
