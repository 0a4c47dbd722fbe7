import Testing
@testable import ArdoiseCore

@Suite struct MarkdownDocumentTests {
  static let sample = """
    # Dossier <260314-K7QF>

    SARL Le Petit Zinc
    12 rue des Halles

    **Objet : mise en demeure** de payer
    - Reste dû : **86,50 €**
    - Client : Tom & Jerry "<script>"
    1. Première étape
    2. Deuxième

    ---

    Un ** seul
    """

  @Test func readsTheTemplatesConstructs() {
    let document = MarkdownDocument(Self.sample)
    #expect(document.blocks == [
      .heading(level: 1, text: "Dossier <260314-K7QF>"),
      .paragraph(lines: ["SARL Le Petit Zinc", "12 rue des Halles"]),
      .paragraph(lines: ["**Objet : mise en demeure** de payer"]),
      .bullets(items: ["Reste dû : **86,50 €**", "Client : Tom & Jerry \"<script>\""]),
      .numbered(items: ["Première étape", "Deuxième"]),
      .rule,
      .paragraph(lines: ["Un ** seul"]),
    ])
  }

  @Test func htmlEscapesEveryTextAndKeepsLineBreaks() {
    let html = MarkdownDocument(Self.sample).html
    #expect(html.contains("<h1>Dossier &lt;260314-K7QF&gt;</h1>"))
    #expect(html.contains("<p>SARL Le Petit Zinc<br>\n12 rue des Halles</p>"))
    #expect(html.contains("<li>Reste dû : <strong>86,50 €</strong></li>"))
    #expect(html.contains("<li>Client : Tom &amp; Jerry &quot;&lt;script&gt;&quot;</li>"))
    #expect(!html.contains("<script>"))
    #expect(html.contains("<ol>\n<li>Première étape</li>"))
    #expect(html.contains("<hr>"))
    #expect(html.contains("<p>Un ** seul</p>"))
  }

  @Test func plainTextHasNoMarkup() {
    let text = MarkdownDocument(Self.sample).plainText
    #expect(!text.contains("**Objet") && !text.contains("**86") && !text.contains("# ") && !text.contains("---"))
    #expect(text.contains("DOSSIER <260314-K7QF>\n\nSARL Le Petit Zinc\n12 rue des Halles\n\nObjet : mise en demeure de payer\n\n• Reste dû : 86,50 €"))
    #expect(text.contains("1. Première étape\n2. Deuxième"))
    #expect(text.contains("Un ** seul\n"))
  }
}
