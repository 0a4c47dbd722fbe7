import Testing
@testable import ArdoiseCore

@Suite struct PlaybookStandardTests {
  let playbook = Playbook.standard

  @Test func sevenStepsInOrder() {
    #expect(playbook.steps.map(\.id.rawValue)
      == ["stay-calm", "catch-up", "review", "contact", "payment-options", "authorities", "prevention"])
    #expect(playbook.steps.map(\.id)
      == [.stayCalm, .catchUp, .review, .contact, .paymentOptions, .authorities, .prevention])
  }

  @Test func everyTextIsWrittenInBothLanguages() {
    for step in playbook.steps {
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

  @Test func guidanceIsTwoToFourSentences() {
    for step in playbook.steps {
      for language in Language.allCases {
        let sentences = step.guidance(language).filter { $0 == "." }.count
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
    let sources = playbook.steps.flatMap { step in step.guardrails.map { (step.id, $0.kind, $0.source ?? "") } }
    func has(_ step: StepID, _ kind: Guardrail.Kind, _ source: String) -> Bool {
      sources.contains { $0.0 == step && $0.1 == kind && $0.2.contains(source) }
    }
    #expect(has(.catchUp, .forbidden, "art. 73 CPP"))
    #expect(has(.catchUp, .forbidden, "art. 78-2 CPP"))
    #expect(has(.stayCalm, .forbidden, "L1331-2"))
    #expect(has(.prevention, .forbidden, "L1331-2"))
    #expect(has(.review, .forbidden, "L252-3"))
    #expect(has(.review, .forbidden, "art. 9 C. civ."))
    #expect(has(.contact, .forbidden, "313-5"))
  }

  @Test func titlesAndLabelsFitTheScreen() {
    for step in playbook.steps {
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
}
