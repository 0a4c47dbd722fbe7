import Foundation
import Testing
@testable import ArdoiseCore

@Suite struct MailMessageTests {
  static func message(attachments: [MailAttachment] = []) throws -> MailMessage {
    try MailMessage(from: MailAddress("contact@petitzinc.example", displayName: "Le Petit Zinc"),
                    to: MailAddress("j.moreau@example.org", displayName: "Julien Moreau"),
                    subject: "Le Petit Zinc — votre addition", date: Date(timeIntervalSince1970: 1_796_018_709),
                    timeZone: try #require(TimeZone(identifier: "Europe/Paris")), body: "Bonjour,\n\nReste dû : 86,50 €\n",
                    attachments: attachments, boundary: "BOUNDARY")
  }

  @Test func headersOfAPlainMessage() throws {
    let text = try Self.message().text
    let headers = text.components(separatedBy: "\n\n")[0].split(separator: "\n").map(String.init)
    #expect(headers.contains("From: Le Petit Zinc <contact@petitzinc.example>"))
    #expect(headers.contains("To: Julien Moreau <j.moreau@example.org>"))
    #expect(headers.contains("Subject: Le Petit Zinc =?UTF-8?Q?=E2=80=94?= votre addition"))
    #expect(headers.contains("Date: Mon, 30 Nov 2026 07:05:09 +0100"))
    #expect(headers.contains("MIME-Version: 1.0"))
    #expect(headers.contains("Content-Type: text/plain; charset=UTF-8"))
    #expect(headers.contains("Content-Transfer-Encoding: quoted-printable"))
    #expect(headers.contains { $0.hasPrefix("Message-ID: <") && $0.hasSuffix("@petitzinc.example>") })
    #expect(text.hasSuffix("Reste d=C3=BB : 86,50 =E2=82=AC\n\n"))
    #expect(text.allSatisfy { $0.isASCII })
  }

  @Test func messageIDsAreUniqueAtTheSendersDomain() throws {
    let ids = try (0..<50).map { _ in try Self.message().messageID }
    #expect(Set(ids).count == 50)
    #expect(ids.allSatisfy { $0.hasSuffix("@petitzinc.example") && !$0.contains(" ") })
  }

  @Test func anAttachmentMakesAMultipartMessage() throws {
    let pdf = Array("%PDF-1.7 fake".utf8)
    let text = try Self.message(attachments: [MailAttachment(fileName: "260314-K7QF-reminder-fr.pdf", contentType: "application/pdf", bytes: pdf)]).text
    #expect(text.contains("Content-Type: multipart/mixed; boundary=\"BOUNDARY\""))
    #expect(text.contains("\n--BOUNDARY\nContent-Type: text/plain; charset=UTF-8\n"))
    #expect(text.contains("\n--BOUNDARY\nContent-Type: application/pdf; name=\"260314-K7QF-reminder-fr.pdf\"\nContent-Transfer-Encoding: base64\n"
                          + "Content-Disposition: attachment; filename=\"260314-K7QF-reminder-fr.pdf\"\n\n" + Data(pdf).base64EncodedString()))
    #expect(text.hasSuffix("\n--BOUNDARY--\n"))
  }

  @Test func addressesThatCouldInjectHeadersAreRefused() {
    for bad in ["a@b.example\nBcc: x@y.example", "a@b.example, c@d.example", "no-at-sign", "a@localhost", "<a@b.example>", "é@b.example", ""] {
      #expect(throws: MailAddressError.self, "\(bad)") { try MailAddress(bad) }
    }
    #expect((try? MailAddress(" a.b+c@d.example "))?.address == "a.b+c@d.example")
  }

  @Test func displayNamesAreQuotedOrEncoded() throws {
    #expect(try MailAddress("a@b.example", displayName: "Brasserie l'Étoile").headerWords.first?.hasPrefix("=?UTF-8?Q?") == true)
    #expect(try MailAddress("a@b.example", displayName: "Smith, Jones & Co").headerWords == ["\"Smith, Jones & Co\"", "<a@b.example>"])
    #expect(try MailAddress("a@b.example", displayName: "Line\nBreak").displayName == "Line Break")
  }

  @Test func subjectAndBodyOfAReminderInBothLanguages() throws {
    for language in Language.allCases {
      let request = DocumentFixtures.request(.reminder, DocumentFixtures.cases[0], language)
      let document = try DocumentGenerator.generate(request)
      let content = MailMessage.subjectAndBody(of: document, kind: .reminder, restaurantName: "Le Petit Zinc", jurisdiction: .france, language: language)
      #expect(content.subject == (language == .french ? "Le Petit Zinc — votre addition du 14 mars 2026" : "Le Petit Zinc — your bill of 14 March 2026"))
      #expect(!content.body.hasPrefix("Objet") && !content.body.hasPrefix("Subject") && !content.body.hasPrefix("\n"))
      #expect(content.body.contains(language == .french ? "86,50\u{A0}€" : "€86.50"))
      #expect(!content.body.contains("**"))
    }
  }

  @Test func aLetterKeepsItsObjectLineAndTheSubjectNamesTheRestaurant() throws {
    let french = try DocumentGenerator.generate(DocumentFixtures.request(.demandLetter, DocumentFixtures.cases[0], .french))
    let frenchContent = MailMessage.subjectAndBody(of: french, kind: .demandLetter, restaurantName: "Le Petit Zinc", jurisdiction: .france, language: .french)
    #expect(frenchContent.subject == "Le Petit Zinc — mise en demeure de payer")
    #expect(frenchContent.body.contains("Objet\u{202F}: mise en demeure de payer\n"))
    let english = try DocumentGenerator.generate(DocumentFixtures.request(.demandLetter, DocumentFixtures.cases[0], .english))
    let englishContent = MailMessage.subjectAndBody(of: english, kind: .demandLetter, restaurantName: "Le Petit Zinc", jurisdiction: .france, language: .english)
    #expect(englishContent.subject == "Le Petit Zinc — Formal demand (mise en demeure)")
  }

  /// Without an object line, the subject names the letter as the restaurant's law does, whatever
  /// the language: England and Wales's letter before claim, a plain demand where the law is unknown.
  @Test func aSubjectWithoutObjectLineFollowsTheJurisdiction() throws {
    var config = DocumentFixtures.config
    for (jurisdiction, expected) in [(Jurisdiction.englandAndWales, "Le Petit Zinc — Letter before claim"), (.unsupported("de"), "Le Petit Zinc — Demand for payment")] {
      config.jurisdiction = jurisdiction
      let english = try DocumentGenerator.generate(DocumentFixtures.request(.demandLetter, DocumentFixtures.cases[0], .english, config: config))
      let content = MailMessage.subjectAndBody(of: english, kind: .demandLetter, restaurantName: "Le Petit Zinc", jurisdiction: config.jurisdiction, language: .english)
      #expect(content.subject == expected)
    }
  }
}
