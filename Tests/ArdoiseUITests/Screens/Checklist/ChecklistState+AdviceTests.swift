import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The prevention step shows the advice drawn from the restaurant's own cases, asked for once.
@Suite struct ChecklistStateAdviceTests {
  static let preventionIndex = Playbook.standard.index(of: .prevention) ?? 6

  static func onPrevention(_ language: Language = .english) -> (AppState, [Effect]) {
    var state = Fixtures.state(language, size: Size(width: 120, height: 40))
    state.press(.enter)  // the first case
    state.press(.tab)
    var effects: [Effect] = []
    for _ in 0..<Playbook.standard.steps.count { effects += state.press(.down) }
    #expect(state.checklist?.selectedStep == preventionIndex)
    return (state, effects)
  }

  static let largeParties = PreventionAdvice(
    rule: .largeParties, advice: LocalizedText("Les grandes tables font 60 % des pertes.", "Parties of 6 or more are 60% of the money lost."),
    figures: LocalizedText("Chiffres : 300 € sur 500 €.", "Figures: €300 of €500."), ruleText: LocalizedText("Règle : 6 et plus.", "Rule: 6 or more."),
    minimumCovers: 6)
  static let phone = PreventionAdvice(
    rule: .phoneWithin24Hours, advice: LocalizedText("Appeler le jour même.", "Call the same day."),
    figures: LocalizedText("Chiffres : 9/10.", "Figures: 9/10."), ruleText: LocalizedText("Règle : en 24 h.", "Rule: within 24 h."))

  @Test func theAdviceIsAskedForOnceWhenThePreventionStepShows() {
    var (state, effects) = Self.onPrevention()
    #expect(effects == [.loadAdvice])
    #expect(state.render().grid.text.contains("Reading the cases…"))
    #expect(state.press(.up, .down).isEmpty)
  }

  @Test func whatConcernsThisCaseComesFirstWithItsFiguresAndRule() {
    var (state, _) = Self.onPrevention()
    _ = state.update(.adviceLoaded(.advice([Self.largeParties, Self.phone])))
    let lines = state.render().grid.lines.map { $0.components(separatedBy: "│").last?.trimmingCharacters(in: .whitespaces) ?? "" }
    let start = lines.firstIndex(of: "Advice from your own cases") ?? 0
    // The first case is a party of 2: the phone advice concerns it, the large parties' does not.
    #expect(Array(lines[start...(start + 6)]) == [
      "Advice from your own cases",
      "• Call the same day.",
      "Figures: 9/10.",
      "Rule: within 24 h.",
      "• Parties of 6 or more are 60% of the money lost.",
      "Figures: €300 of €500.",
      "Rule: 6 or more.",
    ])
  }

  @Test(arguments: [Language.english, .french])
  func tooFewCasesSaysHowMany(language: Language) {
    var (state, _) = Self.onPrevention(language)
    _ = state.update(.adviceLoaded(.notEnoughData(cases: 3, needed: 10)))
    let text = state.render().grid.text
    #expect(text.contains(language == .french ? "Pas encore assez de dossiers pour un conseil (3 sur 10)." : "Not enough cases yet for advice (3 of 10)."))
  }

  @Test func otherStepsShowNoAdvice() {
    var state = Fixtures.state(size: Size(width: 120, height: 40))
    state.press(.enter)
    _ = state.update(.adviceLoaded(.advice([Self.phone])))
    #expect(!state.render().grid.text.contains("Advice from your own cases"))
  }
}
