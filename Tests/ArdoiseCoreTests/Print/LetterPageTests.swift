import Testing
@testable import ArdoiseCore

@Suite struct LetterPageTests {
  static func page(_ kind: DocumentKind, _ language: Language, customer: CustomerIdentity? = DocumentFixtures.knownCustomer) throws -> LetterPage {
    let document = try DocumentGenerator.generate(DocumentFixtures.request(kind, DocumentFixtures.cases[0], language))
    return LetterPage(document, kind: kind, config: DocumentFixtures.config, customer: customer, language: language,
                      today: DocumentFixtures.today)
  }

  @Test func theHeadOfALetter() {
    let head = LetterHead(config: DocumentFixtures.config, customer: DocumentFixtures.knownCustomer, language: .french,
                          today: DocumentFixtures.today)
    #expect(head.senderLines == ["SARL Le Petit Zinc", "Le Petit Zinc", "12 rue des Halles", "69001 Lyon",
                                 "SIRET\u{202F}: 123 456 789 00012", "Tél.\u{202F}: 04 78 00 00 00", "contact@petitzinc.example"])
    #expect(head.recipientLines == ["Julien Moreau", "8 avenue Jean Jaurès", "69007 Lyon"])
    #expect(head.placeAndDate == "Lyon, le 4 mai 2026")
    let english = LetterHead(config: DocumentFixtures.config, customer: nil, language: .english, today: DocumentFixtures.today)
    #expect(english.senderLines[1] == "trading as Le Petit Zinc")
    #expect(english.recipientLines == ["[DEBTOR’S NAME MISSING]", "[DEBTOR’S ADDRESS MISSING]"])
    #expect(english.placeAndDate == "Lyon, 4 May 2026")
  }

  /// The PDF's title names the letter as the restaurant's law does: a French restaurant's formal
  /// demand in English is not a “letter before claim”.
  @Test func theTitleFollowsTheJurisdiction() throws {
    #expect(try Self.page(.demandLetter, .english).title == "Le Petit Zinc — formal demand (mise en demeure)")
    #expect(try Self.page(.demandLetter, .french).title == "Le Petit Zinc — mise en demeure")
    var england = DocumentFixtures.config
    england.jurisdiction = .englandAndWales
    let document = try DocumentGenerator.generate(DocumentFixtures.request(.demandLetter, DocumentFixtures.cases[0], .english, config: england))
    let page = LetterPage(document, kind: .demandLetter, config: england, customer: DocumentFixtures.knownCustomer, language: .english,
                          today: DocumentFixtures.today)
    #expect(page.title == "Le Petit Zinc — letter before claim")
  }

  @Test func addressLines() {
    #expect(LetterHead.addressLines("12, rue des Halles, 69001 Lyon") == ["12, rue des Halles", "69001 Lyon"])
    #expect(LetterHead.addressLines("Flat 2\n10 Downing Street, London SW1A 2AA") == ["Flat 2", "10 Downing Street", "London SW1A 2AA"])
  }

  @Test func theFormalDemandsOwnHeadGivesWayToThePages() throws {
    let page = try Self.page(.demandLetter, .french)
    guard case .paragraph(let lines)? = page.document.blocks.first else { Issue.record("no paragraph"); return }
    #expect(lines == ["**Lettre recommandée avec demande d’avis de réception**"])
    let html = page.html
    #expect(html.components(separatedBy: "8 avenue Jean Jaurès").count == 2, "the address is printed once")
    #expect(html.contains("<div class=\"recipient\" style=\"left: 88.0mm; top: 35.0mm; width: 80.0mm; height: 30.0mm\">Julien Moreau<br>8 avenue Jean Jaurès<br>69007 Lyon</div>"))
    #expect(html.contains("<p class=\"place-date\">Lyon, le 4 mai 2026</p>"))
    #expect(html.contains("<section class=\"notice\">\n<p><strong>Information sur vos données personnelles"))
    #expect(html.contains("@page :first { @bottom-right { content: none; } }"))
  }

  @Test func aReminderGetsAHeadAndABoldObjectLine() throws {
    let page = try Self.page(.reminder, .english)
    let html = page.html
    #expect(html.contains("<p class=\"object\"><strong>Subject: Le Petit Zinc — your bill of 14 March 2026</strong></p>"))
    #expect(html.contains("class=\"recipient\" style=\"left: 3.0mm; top: 35.0mm;"), "British window: on the left")
    #expect(html.contains("<html lang=\"en\">"))
  }

  @Test func customerTextIsEscaped() throws {
    let sly = CustomerIdentity(name: "<b>Eve</b> & co", postalAddress: "1 rue <script>, 75001 Paris")
    let html = try Self.page(.reminder, .french, customer: sly).html
    #expect(!html.contains("<b>Eve") && !html.contains("<script>"))
    #expect(html.contains("&lt;b&gt;Eve&lt;/b&gt; &amp; co"))
  }

  @Test func windowsLieWhereTheEnvelopesShowThem() {
    for window in [EnvelopeWindow.frenchDL, .britishDL] {
      #expect(window.box.left >= window.visible.left && window.box.left + window.box.width <= window.visible.right)
      #expect(window.box.top >= window.visible.top && window.box.top + window.box.height <= window.visible.bottom)
    }
    #expect(EnvelopeWindow.for(.french).isOnTheRight && !EnvelopeWindow.for(.english).isOnTheRight)
  }
}
