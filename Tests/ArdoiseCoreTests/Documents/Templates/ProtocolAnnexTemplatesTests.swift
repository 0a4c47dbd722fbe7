import Testing
@testable import ArdoiseCore

/// England and Wales: the letter before claim's enclosures carry what the Pre-Action Protocol for
/// Debt Claims asks of them, point to the official Annex 1, and say where it is.
@Suite struct ProtocolAnnexTemplatesTests {
  typealias F = DocumentFixtures
  static let officialAnnex = "https://www.justice.gov.uk/courts/procedure-rules/civil/protocol/prot_debt"

  private func document(_ kind: DocumentKind, _ language: Language) throws -> GeneratedDocument {
    var config = F.config
    config.jurisdiction = .englandAndWales
    return try DocumentGenerator.generate(F.request(kind, F.cases[0], language, config: config))
  }

  @Test func theAnnexPointsToItsOfficialVersion() throws {
    #expect(LegalRegistry.fact(DocumentValues.protocolAnnexFact)?.source.url == Self.officialAnnex)
    for kind in [DocumentKind.informationSheet, .replyForm] {
      for language in Language.allCases {
        let sheet = try document(kind, language)
        #expect(sheet.text.contains(Self.officialAnnex), "\(kind) \(language)")
        #expect(sheet.text.contains(LegalRegistry.name(DocumentValues.protocolAnnexFact)(language)), "\(kind) \(language)")
        // The manager is told to enclose the official version too.
        #expect(sheet.warnings.contains { $0(language).contains(Self.officialAnnex) }, "\(kind) \(language)")
      }
    }
  }

  /// The Reply Form's four answers to “do you owe the debt?”, then paying, advice, reasons and documents.
  @Test func theReplyFormHasTheProtocolsChoices() throws {
    let english = try document(.replyForm, .english).text
    for box in ["☐ A. I agree that I owe the debt and that the amount is correct.", "☐ B. I agree that I owe part of the debt",
                "☐ C. I do not know whether I owe the debt", "☐ D. I dispute the debt.", "I enclose my Financial Statement.",
                "## 3. Debt advice", "Documents I would like a copy of"] {
      #expect(english.contains(box), "\(box)")
    }
    let french = try document(.replyForm, .french).text
    for box in ["☐ A. Je reconnais devoir cette somme", "☐ B. Je reconnais en devoir une partie", "☐ C. Je ne sais pas si je dois cette somme",
                "☐ D. Je conteste cette dette.", "J’ai joint mon état financier.", "Documents dont je souhaite une copie"] {
      #expect(french.contains(box), "\(box)")
    }
  }

  /// The Information Sheet says what the protocol gives a debtor who asks for advice: 30 days
  /// from the completed Reply Form or from the documents sent, whichever is later.
  @Test func theInformationSheetSaysHowLongWeWaitForAdvice() throws {
    let english = try document(.informationSheet, .english).text
    #expect(english.contains("we will not start court proceedings less than 30 days after we receive your completed Reply Form, "
      + "or 30 days after we send you the documents you asked for, whichever is later"))
    #expect(!english.contains("a reasonable time before taking any further step"))
  }
}
