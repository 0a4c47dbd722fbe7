/// A document as one HTML page for the typesetter: A4, and for a letter to the customer the
/// layout of a French or British business letter posted in a window envelope.
///
///     sender's block                     (left in France, right in the UK)
///     recipient's name and address       in the envelope's window (``EnvelopeWindow``)
///     place and date                     right-aligned
///     object line, in bold               then the letter's text
///     ─────
///     privacy notice                     after the last rule, in smaller type, as a footer section
///
/// Pages after the first are numbered (`2 / 3`). Every piece of text is HTML-escaped.
public struct LetterPage: Sendable {
  public var document: MarkdownDocument
  /// Nil for a document that is not a letter to the customer (complaint pack, dossier…).
  public var head: LetterHead?
  public var language: Language
  public var title: String

  public init(markdown: String, head: LetterHead?, language: Language, title: String) {
    var document = MarkdownDocument(markdown)
    if let head { document.blocks = Self.removingHead(from: document.blocks, head: head) }
    self.document = document
    self.head = head
    self.language = language
    self.title = title
  }

  /// Page margins, in millimetres.
  static let margin = (top: 20.0, right: 20.0, bottom: 22.0, left: 22.0)

  /// A letter's Markdown may hold its own head (the formal demand does): the paragraphs before its
  /// first bold or object line. They are left out when one of them is the recipient's (the
  /// page sets the head itself); otherwise nothing is left out.
  static func removingHead(from blocks: [MarkdownDocument.Block], head: LetterHead) -> [MarkdownDocument.Block] {
    var count = 0
    var holdsRecipient = false
    for block in blocks {
      guard case .paragraph(let lines) = block, let first = lines.first else { break }
      if first.hasPrefix("**") || MailMessage.objectText(first) != nil { break }
      if lines.contains(where: { $0 == head.recipientLines.first }) { holdsRecipient = true }
      count += 1
      if count > 4 { return blocks }
    }
    return holdsRecipient ? Array(blocks.dropFirst(count)) : blocks
  }

  /// The whole HTML page.
  public var html: String {
    var body: [String] = []
    if let head {
      let window = EnvelopeWindow.for(language)
      let senderSide = window.isOnTheRight ? "left: 0" : "right: 0; text-align: right"
      let boxLeft = window.box.left - Self.margin.left
      let boxTop = window.box.top - Self.margin.top
      body.append("""
        <div class="head">
        <div class="sender" style="\(senderSide)">\(head.senderLines.map(MarkdownDocument.escapeHTML).joined(separator: "<br>"))</div>
        <div class="recipient" style="left: \(boxLeft)mm; top: \(boxTop)mm; width: \(window.box.width)mm; height: \(window.box.height)mm">\(head.recipientLines.map(MarkdownDocument.escapeHTML).joined(separator: "<br>"))</div>
        </div>
        <p class="place-date">\(MarkdownDocument.escapeHTML(head.placeAndDate))</p>
        """)
    }
    let blocks = document.blocks
    let lastRule = blocks.lastIndex(of: .rule)
    let main = lastRule.map { Array(blocks[..<$0]) } ?? blocks
    let notice = lastRule.map { Array(blocks[($0 + 1)...]) } ?? []
    for block in main { body.append(Self.html(block)) }
    if !notice.isEmpty {
      body.append("<section class=\"notice\">\n" + notice.map(MarkdownDocument.html).joined(separator: "\n") + "\n</section>")
    }
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <title>\(MarkdownDocument.escapeHTML(title))</title>
      <style>
      \(css)
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  /// A paragraph that opens with an object line shows that line in bold.
  static func html(_ block: MarkdownDocument.Block) -> String {
    if case .paragraph(var lines) = block, let first = lines.first, MailMessage.objectText(first) != nil, !first.hasPrefix("**") {
      lines[0] = "**" + MarkdownDocument.plain(first) + "**"
      return MarkdownDocument.html(.paragraph(lines: lines)).replacingOccurrences(of: "<p>", with: "<p class=\"object\">")
    }
    return MarkdownDocument.html(block)
  }

  var css: String {
    let margin = Self.margin
    let headHeight = (EnvelopeWindow.for(language).box.top + EnvelopeWindow.for(language).box.height) - margin.top + 4
    return """
      @page { size: A4; margin: \(margin.top)mm \(margin.right)mm \(margin.bottom)mm \(margin.left)mm;
        @bottom-right { content: counter(page) " / " counter(pages); font: 8pt "DejaVu Sans", sans-serif; color: #444; } }
      @page :first { @bottom-right { content: none; } }
      html { font: 10.5pt/1.35 "DejaVu Serif", serif; color: #000; }
      body { margin: 0; }
      .head { position: relative; height: \(headHeight)mm; font: 9.5pt/1.3 "DejaVu Sans", sans-serif; }
      .sender { position: absolute; top: 0; width: 80mm; }
      .recipient { position: absolute; font: 10pt/1.3 "DejaVu Sans", sans-serif; overflow: hidden; }
      .place-date { text-align: right; margin: 0 0 6mm 0; }
      .object { margin-top: 0; }
      h1 { font-size: 14pt; margin: 0 0 4mm 0; }
      h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }
      h3 { font-size: 11pt; margin: 4mm 0 2mm 0; }
      p { margin: 0 0 3mm 0; }
      ul, ol { margin: 0 0 3mm 0; padding-left: 6mm; }
      hr { border: none; border-top: 0.3pt solid #888; margin: 5mm 0; }
      .notice { margin-top: 4mm; border-top: 0.3pt solid #888; padding-top: 2mm; font: 7pt/1.2 "DejaVu Sans", sans-serif; break-inside: avoid; }
      .notice p, .notice ul { margin-bottom: 1mm; }
      .notice h2, .notice h3 { font-size: 8pt; margin: 0 0 1mm 0; }
      """
  }
}

extension LetterPage {
  /// The kinds of document that are letters to the customer, laid out for a window envelope.
  public static func isLetterToCustomer(_ kind: DocumentKind) -> Bool {
    [.reminder, .finalReminder, .demandLetter].contains(kind)
  }

  /// The page for a generated document: with the letter head for a letter to the customer.
  public init(_ document: GeneratedDocument, kind: DocumentKind, config: Config, customer: CustomerIdentity?,
              language: Language, today: CalendarDay) {
    let head = Self.isLetterToCustomer(kind) ? LetterHead(config: config, customer: customer, language: language, today: today) : nil
    let name = config.restaurantName.nonEmpty.map { $0 + " — " } ?? ""
    self.init(markdown: document.text, head: head, language: language, title: name + kind.label(under: config.jurisdiction)(language))
  }
}
