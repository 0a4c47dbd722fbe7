import Foundation
import Testing
@testable import ArdoiseCore

@Suite struct FrenchTypographyTests {
  @Test func narrowNoBreakSpaceBeforeHighMarksAndInsideQuotes() {
    #expect("Montant : 12 ; total ! Vraiment ?".frenchTypography
      == "Montant\u{202F}: 12\u{202F}; total\u{202F}! Vraiment\u{202F}?")
    #expect("« ardoise list »".frenchTypography == "«\u{202F}ardoise list\u{202F}»")
  }

  @Test func noBreakSpaceBetweenANumberAndItsUnit() {
    #expect("86,40 € en 8 jours, 15 % et 2 couverts".frenchTypography
      == "86,40\u{A0}€ en 8\u{A0}jours, 15\u{A0}% et 2\u{A0}couverts")
    #expect("entre 8 et 10 tables".frenchTypography == "entre 8 et 10 tables")
    #expect("note n° 4512".frenchTypography == "note n°\u{A0}4512")
    // A piece written to follow a number (`String(42) + LocalizedText(" %", "%")`), as the figures do.
    #expect(" %".frenchTypography == "\u{A0}%")
    #expect(" % des cas".frenchTypography == "\u{A0}% des cas")
    #expect(" pour cent".frenchTypography == " pour cent")
  }

  @Test func codeAbbreviationsStayTogether() {
    #expect("C. trav. art. L3251-1".frenchTypography == "C.\u{A0}trav.\u{A0}art.\u{A0}L3251-1")
    #expect("C. com. art. L441-10".frenchTypography == "C.\u{A0}com.\u{A0}art.\u{A0}L441-10")
    #expect("art. 1231-6 C. civ.".frenchTypography == "art.\u{A0}1231-6 C.\u{A0}civ.")
  }

  @Test func leavesTimesAddressesAndCodeAlone() {
    for text in ["23:40", "https://pay.example/pz?case=1", "ardoise step ID STEP --outcome x", "FR76 3000 6000 0112",
                 "a:b", "x !y"] {
      #expect(text.frenchTypography == text.replacingOccurrences(of: " !", with: "\u{202F}!"))
    }
    #expect("23:40 : heure".frenchTypography == "23:40\u{202F}: heure")
    #expect(" : étape faite".frenchTypography == "\u{202F}: étape faite")
  }

  @Test func isIdempotentAndNeverChangesTheLength() {
    let text = "Relance : « payer » sous 8 jours ; 1 234,56 € ! C. trav. ?"
    let once = text.frenchTypography
    #expect(once.frenchTypography == once)
    #expect(once.count == text.count)
  }

  @Test func frenchSideOfALocalizedTextIsSetTheEnglishSideNot() {
    let text = LocalizedText("Payé : 12 €", "Paid: 12 €")
    #expect(text(.french) == "Payé\u{202F}: 12\u{A0}€")
    #expect(text(.english) == "Paid: 12 €")
    #expect(text.french == "Payé : 12 €")
  }
}

/// French typography over every French text ardoise prints that can be enumerated without a screen:
/// every built-in French document, every step of every playbook, every legal fact.
@Suite struct FrenchTypographyCoverageTests {
  @Test func everyFrenchDocument() throws {
    for kind in DocumentKind.allCases {
      for jurisdiction in [Jurisdiction.france, .englandAndWales, .unsupported("xx")] where kind.applies(to: jurisdiction) {
        for fixture in DocumentFixtures.cases {
          var config = DocumentFixtures.config
          config.jurisdiction = jurisdiction
          let document = try DocumentGenerator.generate(DocumentFixtures.request(kind, fixture, .french, config: config))
          // What the fixtures' users typed is printed as typed, never re-spaced: left out of the check.
          var text = document.text
          for typed in Self.typedTexts { text = text.replacingOccurrences(of: typed, with: "") }
          let problems = FrenchTypographyCheck.problems(in: text)
          #expect(problems.isEmpty, "\(kind.rawValue) \(jurisdiction.code) \(fixture.name): \(problems)")
          for warning in document.warnings {
            #expect(FrenchTypographyCheck.problems(in: warning(.french)).isEmpty, "\(warning(.french))")
          }
        }
      }
    }
  }

  static let typedTexts = ["Un homme d’environ 40 ans, veste bleue ; une femme aux cheveux courts.",
                           "Déjeuner d’affaires : l’hôte pensait que son collègue avait réglé."]

  @Test func everyPlaybookText() {
    let playbooks = [Playbook.standard, .englandAndWales, .neutral(code: "xx")]
    for playbook in playbooks {
      for step in playbook.steps {
        var texts = [step.title, step.guidance]
        texts += step.guardrails.map(\.text) + step.subActions.map(\.label) + step.outcomes.map(\.label)
        for text in texts {
          let problems = FrenchTypographyCheck.problems(in: LegalRegistry.resolve(text)(.french))
          #expect(problems.isEmpty, "\(step.id): \(problems)")
        }
      }
    }
  }

  @Test func everyLegalFact() {
    for fact in LegalRegistry.all {
      for text in [fact.name(.french), fact.text(.french)] {
        #expect(FrenchTypographyCheck.problems(in: text).isEmpty, "\(fact.id): \(FrenchTypographyCheck.problems(in: text))")
      }
    }
  }

  /// What the log reader says of a damaged line (`check`, `show`, `list`, the status line), and
  /// why a store error failed (a system error in words), in French.
  @Test func everyDetailOfADamagedLine() {
    for sample in DamagedLines.all {
      let reading = sample.bytes.withUnsafeBufferPointer { CaseLog.read($0, file: "cases/x.jsonl") }
      for problem in reading.problems {
        #expect(FrenchTypographyCheck.problems(in: problem.message(.french)).isEmpty, "\(sample.name): \(problem.message(.french))")
      }
      if let reason = reading.readOnlyReason {
        #expect(FrenchTypographyCheck.problems(in: reason(.french)).isEmpty, "\(sample.name): \(reason(.french))")
      }
    }
    for code in [EACCES, ENOENT, ENOSPC, EIO, EISDIR, EILSEQ, EROFS, 9999] {
      let message = StoreError.io(operation: "open", path: "cases/x.jsonl", code: code).message(.french)
      #expect(FrenchTypographyCheck.problems(in: message).isEmpty, "\(message)")
    }
  }

  @Test func theCheckFindsWhatItLooksFor() {
    #expect(FrenchTypographyCheck.problems(in: "Montant : 12").count == 1)
    #expect(FrenchTypographyCheck.problems(in: "«texte»").count == 2)
    #expect(FrenchTypographyCheck.problems(in: "« texte »").count == 2)
    #expect(FrenchTypographyCheck.problems(in: "Montant\u{202F}: «\u{202F}12\u{202F}» à 23:40").isEmpty)
  }
}
