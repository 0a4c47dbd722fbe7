import Testing
@testable import ArdoiseCore

@Suite struct PlaybookStandardTests {
  let playbook = Playbook.standard
  /// Every built-in playbook: France's, England and Wales's, and the neutral one.
  static let jurisdictions: [Jurisdiction] = [.france, .englandAndWales, .unsupported("de")]

  @Test func sevenStepsInOrder() {
    #expect(playbook.steps.map(\.id.rawValue)
      == ["stay-calm", "catch-up", "review", "contact", "payment-options", "authorities", "prevention"])
    #expect(playbook.steps.map(\.id)
      == [.stayCalm, .catchUp, .review, .contact, .paymentOptions, .authorities, .prevention])
  }

  @Test(arguments: jurisdictions)
  func everyTextIsWrittenInBothLanguages(_ jurisdiction: Jurisdiction) {
    for step in Playbook.standard(for: jurisdiction).steps {
      var texts: [(String, LocalizedText)] = [("\(step.id) title", step.title), ("\(step.id) guidance", step.guidance)]
      texts += step.guardrails.map { ("\(step.id) guardrail", $0.text) }
      texts += step.subActions.map { ("\(step.id)/\($0.id)", $0.label) }
      texts += step.outcomes.map { ("\(step.id)/\($0.id)", $0.label) }
      for (name, text) in texts {
        #expect(!text.french.isEmpty && !text.english.isEmpty, "\(name) is empty in one language")
        #expect(text.french != text.english, "\(name) is not translated")
        #expect(!text.french.contains("  ") && !text.english.contains("  "), "\(name) has a double space")
        #expect(!text.french.contains("\n") && !text.english.contains("\n"), "\(name) has a line break")
        #expect(!text.french.contains("'"), "\(name): French uses the typographic apostrophe ’")
      }
    }
  }

  @Test(arguments: jurisdictions)
  func guidanceIsTwoToFourSentences(_ jurisdiction: Jurisdiction) {
    for step in Playbook.standard(for: jurisdiction).steps {
      for language in Language.allCases {
        // The neutral playbook's notice comes first, on top of the step's own guidance.
        let notice = jurisdiction.unsupportedNotice.map { $0(language) + " " } ?? ""
        #expect(step.guidance(language).hasPrefix(notice))
        let sentences = step.guidance(language).dropFirst(notice.count).filter { $0 == "." }.count
        #expect((2...4).contains(sentences), "\(step.id) guidance (\(language)) has \(sentences) sentences")
      }
    }
  }

  @Test func everyStepHasSubActionsAndOutcomesWithUniqueKebabCaseIDs() {
    for step in playbook.steps {
      #expect((2...5).contains(step.subActions.count), "\(step.id) has \(step.subActions.count) sub-actions")
      #expect(!step.outcomes.isEmpty, "\(step.id) has no outcome")
      #expect(Set(step.outcomes.map(\.id)).count == step.outcomes.count, "\(step.id) repeats an outcome id")
      #expect(Set(step.subActions.map(\.id)).count == step.subActions.count, "\(step.id) repeats a sub-action id")
      for id in step.outcomes.map(\.id) + step.subActions.map(\.id) + [step.id.rawValue] {
        #expect(PlaybookFileReader.isKebabCase(id), "\(id) is not kebab-case")
      }
    }
  }

  @Test func everyNextNamesAStep() {
    for step in playbook.steps {
      for outcome in step.outcomes {
        if let next = outcome.next {
          #expect(playbook.step(next) != nil, "\(step.id)/\(outcome.id) goes to unknown \(next)")
        }
      }
    }
  }

  @Test func requiredOutcomes() {
    func outcome(_ step: StepID, _ id: String) -> Outcome? { playbook.step(step)?.outcome(id) }

    #expect(outcome(.catchUp, "paid-on-the-spot")?.effect == .paidInFull)
    #expect(outcome(.catchUp, "gone")?.next == .review)
    #expect(outcome(.review, "honest-mistake")?.effect == .honestMistake)
    #expect(outcome(.review, "confirmed-unpaid")?.next == .contact)
    #expect(outcome(.review, "no-contact-details")?.next == .authorities)
    #expect(outcome(.contact, "promised-to-pay")?.effect == .promiseToPay)
    #expect(outcome(.contact, "promised-to-pay")?.next == .paymentOptions)
    #expect(outcome(.contact, "no-answer")?.completesStep == false)
    #expect(outcome(.contact, "no-answer")?.next == .contact)
    #expect(outcome(.contact, "refused")?.next == .authorities)
    #expect(outcome(.paymentOptions, "paid")?.effect == .paidInFull)
    #expect(outcome(.paymentOptions, "instalments-agreed")?.effect == .promiseToPay)
    #expect(outcome(.authorities, "complaint-filed")?.effect == .complaintFiled)
    #expect(outcome(.authorities, "demand-sent")?.effect == .demandSent)
    #expect(outcome(.authorities, "court-requested")?.effect == .courtRequested)
    #expect(outcome(.authorities, "write-off")?.effect == .writeOff)
    #expect(outcome(.prevention, "measures-noted") != nil)
  }

  @Test func writeOffLabelComparesAmountWithCosts() throws {
    let label = try #require(playbook.step(.authorities)?.outcome("write-off")?.label)
    #expect(label.french.contains("frais") && label.french.contains("montant"))
    #expect(label.english.contains("costs") && label.english.contains("amount"))
  }

  @Test func legalGuardrailsAreThere() {
    let sources = playbook.steps.flatMap { step in step.guardrails.map { (step.id, $0.kind, $0.source?.french ?? "") } }
    func has(_ step: StepID, _ kind: Guardrail.Kind, _ source: String) -> Bool {
      sources.contains { $0.0 == step && $0.1 == kind && $0.2.contains(source.frenchTypography) }
    }
    #expect(has(.catchUp, .forbidden, "art. 73 CPP"))
    #expect(has(.catchUp, .forbidden, "art. 78-2 CPP"))
    #expect(has(.stayCalm, .forbidden, "L1331-2"))
    #expect(has(.prevention, .forbidden, "L1331-2"))
    #expect(has(.review, .forbidden, "L252-5"))
    #expect(has(.review, .forbidden, "art. 9 C. civ."))
    #expect(has(.contact, .forbidden, "313-5"))
    #expect(has(.contact, .forbidden, "art. 14 RGPD"))
    #expect(has(.authorities, .allowed, "Cass. 1re civ., 20 janv. 2021"))
    #expect(has(.authorities, .forbidden, "art. L441-10 C. com."))
    #expect(has(.catchUp, .allowed, "art. 1376 C. civ."))
    let guidance = playbook.step(.authorities)?.guidance.french ?? ""
    #expect(guidance.contains("tribunal de commerce du lieu du siège du débiteur (CERFA n°\u{A0}12946*02) si le débiteur est commerçant, artisan ou société commerciale, sinon au tribunal judiciaire"))
    #expect(guidance.contains("procédure simplifiée des petites créances") && guidance.contains("partie civile"))
  }

  @Test(arguments: jurisdictions)
  func titlesAndLabelsFitTheScreen(_ jurisdiction: Jurisdiction) {
    for step in Playbook.standard(for: jurisdiction).steps {
      for language in Language.allCases {
        #expect(step.title(language).count <= 24, "title “\(step.title(language))” is too long")
        for outcome in step.outcomes {
          #expect(outcome.label(language).count <= 40, "outcome “\(outcome.label(language))” is too long")
        }
        for subAction in step.subActions {
          #expect(subAction.label(language).count <= 48, "sub-action “\(subAction.label(language))” is too long")
        }
      }
    }
  }

  @Test func englandAndWalesHasItsOwnGuardrailsAndNoFrenchLaw() {
    let sources = Playbook.englandAndWales.steps.flatMap { step in step.guardrails.map { (step.id, $0.kind, $0.source?.english ?? "", $0.factID ?? "") } }
    func has(_ step: StepID, _ kind: Guardrail.Kind, _ source: String) -> Bool {
      sources.contains { $0.0 == step && $0.1 == kind && $0.2.contains(source.frenchTypography) }
    }
    #expect(has(.catchUp, .forbidden, "PACE 1984, s. 24A"))
    #expect(has(.contact, .forbidden, "Theft Act 1978, s. 3"))
    #expect(has(.stayCalm, .forbidden, "ERA 1996, s. 13"))
    #expect(has(.stayCalm, .allowed, "999"))
    #expect(has(.review, .forbidden, "ICO"))
    #expect(has(.authorities, .forbidden, "PAP Debt Claims"))
    #expect(has(.authorities, .forbidden, "Limitation Act 1980, s. 5"))
    #expect(sources.allSatisfy { $0.3.isEmpty || $0.3.hasPrefix("gb-eng.") })
    let texts = Playbook.englandAndWales.steps.flatMap { [$0.guidance.french, $0.guidance.english] + $0.guardrails.flatMap { [$0.text.french, $0.text.english] } }
    for text in texts {
      for french in ["CPP", "C. civ.", "CERFA", "CNIL", "gendarmerie", "17)"] { #expect(!text.contains(french), "“\(text)” cites French law") }
    }
  }

  @Test func theNeutralPlaybookCitesNoLawAndSaysSoOnEveryStep() {
    let neutral = Playbook.standard(for: .unsupported("de"))
    #expect(neutral.steps.map(\.id) == playbook.steps.map(\.id))
    for step in neutral.steps {
      #expect(step.guidance.english.contains("does not know the law of the jurisdiction “de”"))
      #expect(step.guidance.french.contains("ne connaît pas le droit de la juridiction « de »"))
      #expect(step.guardrails.allSatisfy { $0.source == nil && $0.factID == nil })
    }
  }
  /// Every checklist text of `playbook` in both languages: titles, guidance, guardrails, sub-actions, outcomes.
  static func allTexts(_ playbook: Playbook) -> [String] {
    playbook.steps.flatMap { step in
      ([step.title, step.guidance] + step.guardrails.map(\.text) + step.subActions.map(\.label) + step.outcomes.map(\.label))
        .flatMap { [$0.french, $0.english] }
    }
  }

  /// France's checklist in English speaks French law in English: none of England and Wales's
  /// procedure or words (“recorded” delivery, letter before claim, County Court); the neutral one
  /// names neither country's.
  @Test func theChecklistNeverBorrowsAnotherCountrysProcedure() {
    let english = ["letter before claim", "ettre avant poursuites", "County Court", "Money Claim", "recorded", "Theft Act", "PACE", "ICO", "999", "101 "]
    let french = ["CPP", "C. civ.", "CERFA", "CNIL", "injonction", "mise en demeure", "LRAR", "17 "]
    for text in Self.allTexts(Playbook.standard(for: .france)) {
      for word in english { #expect(!text.contains(word), "France’s checklist: “\(text)” names “\(word)”") }
    }
    for text in Self.allTexts(Playbook.standard(for: .unsupported("de"))) {
      for word in english + french { #expect(!text.contains(word), "neutral checklist: “\(text)” names “\(word)”") }
    }
  }
}
