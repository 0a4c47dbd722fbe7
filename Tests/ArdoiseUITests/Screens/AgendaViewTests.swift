import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The agenda screen as text: headings by day, each item's state as a sign and a word, the
/// estimate marked, what ⏎ opens.
@Suite struct AgendaViewTests {
  /// Items of every state: an overdue follow-up, a promise due today, a demand's deadline
  /// estimated from its sending, the month to object to a served court order, a limit expired.
  static func agenda() -> Agenda {
    let today = Fixtures.today
    func agendaCase(_ id: String, meal: CalendarDay, amount: Int64) -> AgendaCase {
      var result = AgendaCase(id: IncidentID(rawValue: id), mealDay: meal, outstanding: Money(minorUnits: amount), hasCCTVClip: true)
      result.complaintFiled = true
      result.debtorKind = .consumer
      return result
    }
    var late = agendaCase("261120-B2CD", meal: today.adding(days: -9), amount: 7860)
    late.followUp = today.adding(days: -2)
    var promise = agendaCase("261125-P4QR", meal: today.adding(days: -4), amount: 4250)
    promise.promisedDay = today
    var demand = agendaCase("261110-D3MD", meal: today.adding(days: -19), amount: 12_000)
    demand.demand = .init(sent: today.adding(days: -3))
    var order = agendaCase("260901-C0RT", meal: CalendarDay(year: 2026, month: 9, day: 1), amount: 21_500)
    order.courtOrder = .init(issued: today.adding(days: -20), served: today.adding(days: -10))
    var expired = agendaCase("261025-V1DE", meal: today.adding(days: -35), amount: 3600)
    expired.hasCCTVClip = false
    return Agenda([late, promise, demand, order, expired], rules: AgendaStateUpdateTests.rules, today: today)
  }

  static func state(_ language: Language, size: Size) -> AppState {
    var state = Fixtures.state(language, size: size)
    state.press(.character("a"))
    _ = state.update(.agendaLoaded(agenda()))
    return state
  }

  @Test(arguments: [Language.english, .french])
  func agendaAtEightyByTwentyFour(language: Language) {
    assertSnapshot(Self.state(language, size: Size(width: 80, height: 24)).render(), named: "agenda-80x24-\(language.rawValue)")
  }

  @Test(arguments: [Language.english, .french])
  func agendaAtOneHundredTwentyByForty(language: Language) {
    var state = Self.state(language, size: Size(width: 120, height: 40))
    state.press(.down, .down)  // the estimated demand's deadline: the bottom lines explain it
    assertSnapshot(state.render(), named: "agenda-120x40-\(language.rawValue)")
  }

  @Test func eachStateIsMarkedInWordsAndSigns() {
    let lines = Self.state(.english, size: Size(width: 120, height: 40)).render().grid.lines
    func line(_ id: String) -> String { lines.first { $0.contains(id) }?.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) ?? "" }
    #expect(line("261120-B2CD").hasPrefix("!  overdue"))
    #expect(line("261125-P4QR").hasPrefix("●  today"))
    #expect(line("261110-D3MD").hasPrefix("○≈ upcoming"))
    #expect(line("261110-D3MD").contains("(≈ estimate)"))
    #expect(line("261025-V1DE").hasPrefix("✗  expired"))
  }

  /// A payment plan's next instalment reads as an instalment, with its number and what is left on
  /// it, on its line and below (not as a follow-up).
  @Test(arguments: [Language.english, .french])
  func anInstalmentIsLabelledAsOne(language: Language) {
    var plan = AgendaCase(id: IncidentID(rawValue: "261101-PL4N"), mealDay: Fixtures.today.adding(days: -28), outstanding: Money(minorUnits: 7500),
                          hasCCTVClip: true)
    plan.complaintFiled = true
    plan.debtorKind = .consumer
    plan.followUp = Fixtures.today.adding(days: 2)
    plan.instalment = .init(number: 2, count: 4, due: Fixtures.today.adding(days: 2), left: Money(minorUnits: 2500))
    var state = Fixtures.state(language, size: Size(width: 80, height: 24))
    state.press(.character("a"))
    _ = state.update(.agendaLoaded(Agenda([plan], rules: AgendaStateUpdateTests.rules, today: Fixtures.today)))
    let lines = state.render().grid.lines.map { $0.replacingOccurrences(of: "[\u{202F}\u{00A0}]", with: " ", options: .regularExpression) }
    // Not LocalizedText: its French typography would put back the no-break spaces mapped out above.
    func expected(_ french: String, _ english: String) -> String { language == .french ? french : english }
    #expect(lines.contains(expected("│   ○  à venir      261101-PL4N  échéance 2/4 : 25,00 €                75,00 € │",
                                    "│   ○  upcoming  261101-PL4N  instalment 2/4 due: €25.00                €75.00 │")))
    #expect(lines.contains(expected("│ échéance 2/4 : 25,00 € — à venir" + String(repeating: " ", count: 45) + "│",
                                    "│ instalment 2/4 due: €25.00 — upcoming                                        │")))
    #expect(!lines.joined().contains(expected("relance", "follow-up")))
  }

  @Test func nothingToDoSaysSo() {
    var state = Fixtures.state(.french, cases: [])
    state.press(.character("a"))
    _ = state.update(.agendaLoaded(Agenda([], rules: AgendaStateUpdateTests.rules, today: Fixtures.today)))
    #expect(state.render().grid.text.contains("Rien à faire dans les 30 prochains jours, rien en retard."))
  }

  @Test func theCaseListsHelpListsTheAgendaKey() {
    var state = Fixtures.state()
    state.press(.character("?"))
    let text = state.render().grid.text
    #expect(text.contains("a") && text.contains("agenda"))
    #expect(Keymap.bindings(for: .caseList).contains { $0.command == .showAgenda && $0.isHinted && $0.keys == [.character("a")] })
  }
}
