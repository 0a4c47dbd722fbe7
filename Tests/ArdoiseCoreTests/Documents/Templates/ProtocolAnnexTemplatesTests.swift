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
  /// The Information Sheet names a free debt advice service only as its own site gives it (the
  /// registry fact, with the day it was checked), in both languages; nothing else unchecked.
  @Test func theInformationSheetNamesOnlyACheckedAdviceService() throws {
    let fact = try #require(LegalRegistry.fact("gb-eng.debt-advice.stepchange"))
    #expect(fact.checked == CalendarDay(year: 2026, month: 12, day: 5) && fact.source.url?.hasPrefix("https://www.stepchange.org/") == true)
    let english = try document(.informationSheet, .english).text
    let french = try document(.informationSheet, .french).text
    #expect(english.contains("for example StepChange Debt Charity, www.stepchange.org, freephone 0800 138 1111 (including from mobiles)."))
    #expect(french.contains("par exemple StepChange Debt Charity, www.stepchange.org, 0800 138 1111 (appel gratuit, y compris depuis un mobile)."))
    for text in [english, french] {
      for unchecked in ["0808 808 4000", "nationaldebtline", "citizensadvice", "moneyhelper", "0345 345 4345"] {
        #expect(!text.contains(unchecked), "\(unchecked)")
      }
    }
  }
}
