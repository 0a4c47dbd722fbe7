import ArdoiseCore
import Testing
@testable import ArdoiseUI

@Suite struct ChecklistViewTests {
  @Test(arguments: [Language.english, .french])
  func freshCaseOpensOnStepOne(language: Language) {
    var state = Fixtures.state(language)
    state.press(.enter)
    assertSnapshot(state.render(), named: "checklist-fresh-80x24-\(language.rawValue)")
  }

  @Test(arguments: [Language.english, .french])
  func caseInProgressAtTheMinimumSize(language: Language) {
    var state = Fixtures.state(language, size: AppState.minimumSize)
    state.press(.down, .enter)
    assertSnapshot(state.render(), named: "checklist-progress-minimum-\(language.rawValue)")
  }

  @Test func marksDoNotRelyOnColour() {
    var state = Fixtures.state()
    state.press(.down, .enter)
    let lines = state.render().grid.lines
    #expect(lines[4].hasPrefix(" [✓] 1 Stay calm"))
    #expect(lines[6].hasPrefix(" [✓] 3 "))
    #expect(lines[7].hasPrefix(" [→] 4 "))
    #expect(lines[8].hasPrefix(" [ ] 5 "))
    #expect(lines.contains { $0.contains("Step 4/7") })
  }

  @Test func moneyAndFollowUpAreShown() {
    var state = Fixtures.state(.french)
    state.press(.down, .enter)
    let text = state.render().grid.text
    #expect(text.contains("Montant 128,60\u{A0}€  Payé 50,00\u{A0}€  Reste dû 78,60\u{A0}€  Relance 27/11/2026 EN RETARD"))
  }

  @Test func readAllShowsTheWholeStepAndTimeline() {
    var state = Fixtures.state()
    state.press(.down, .enter, .character("i"))
    #expect(state.render().grid.text.contains("Timeline"))
    state.press(.pageDown)
    #expect(state.render().grid.text.contains("Contact by phone — promised to pay"))
    state.press(.escape)
    #expect(state.overlay == nil)
  }

  /// What happened and who left, which the header line cuts, read in full with `i`.
  @Test func readAllShowsTheWalkoutInFull() {
    let summary = "Card declined; the customer said he would fetch cash from the machine across the street and never came back"
    var long = Fixtures.incident("261129-L0NG", at: Fixtures.moment(Fixtures.today, 22, 0), amount: 4250, summary: summary,
                                 then: [.evidenceAdded(Evidence(kind: .cctv, location: "NVR export, USB key in the safe"))])
    long.incident.facts.customerDescription = "Man in his forties, blue jacket"
    var state = Fixtures.state(cases: [long])
    state.press(.enter)
    // The header line is cut, and says so.
    let header = state.render().grid.lines[2]
    #expect(header.hasPrefix(" 2 covers · server Léa · bill #4512 · Card declined") && header.hasSuffix("…"), "\(header)")
    state.press(.character("i"))
    let text = state.render().grid.lines.map { $0.replacingOccurrences(of: "│", with: " ") }
      .joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(text.contains("The walkout When: 2026-11-29 22:00 · table T7 · 2 covers · server Léa · bill #4512"), "\(text)")
    #expect(text.contains("What happened: " + summary))
    #expect(text.contains("Customers: Man in his forties, blue jacket"))
    #expect(text.contains("Evidence: CCTV clip — NVR export, USB key in the safe"))
  }
}
