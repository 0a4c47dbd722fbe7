import Testing

@testable import ArdoiseCore

/// The agenda across cases: its order, its window and its start line.
@Suite struct AgendaTests {
  static let today = CalendarDay(year: 2026, month: 11, day: 30)
  static let rules = AgendaRules(clocks: .france(demandDays: 8, purgePaidAfterDays: 2))

  static func agendaCase(_ id: String, meal: CalendarDay, followUp: CalendarDay? = nil) -> AgendaCase {
    var result = AgendaCase(id: IncidentID(rawValue: id), mealDay: meal, outstanding: Money(minorUnits: 1000), hasCCTVClip: true)
    result.followUp = followUp
    result.complaintFiled = true
    return result
  }

  @Test func overdueFirstThenTodayThenUpcomingThenExpired() {
    let cases = [
      Self.agendaCase("261101-BBBB", meal: Self.today.adding(days: -10), followUp: Self.today.adding(days: 3)),
      Self.agendaCase("261101-AAAA", meal: Self.today.adding(days: -10), followUp: Self.today),
      Self.agendaCase("261101-CCCC", meal: Self.today.adding(days: -10), followUp: Self.today.adding(days: -2)),
      Self.agendaCase("261101-DDDD", meal: Self.today.adding(days: -10), followUp: Self.today.adding(days: -5)),
      // Its CCTV month ran out yesterday; and a follow-up today.
      { var late = Self.agendaCase("261001-EEEE", meal: CalendarDay(year: 2026, month: 10, day: 29), followUp: Self.today)
        late.hasCCTVClip = false
        return late }(),
    ]
    let agenda = Agenda(cases, rules: Self.rules, today: Self.today)
    let window = agenda.window(days: 30)
    #expect(window.map { "\($0.caseID.rawValue.suffix(4)) \($0.kind.rawValue) \($0.state.rawValue)" } == [
      "DDDD follow-up overdue", "CCCC follow-up overdue",
      "EEEE follow-up today", "AAAA follow-up today",
      "BBBB follow-up upcoming",
      "EEEE cctv-export expired",
    ])
    #expect(agenda.startLine(.english) == "2 actions due today, 2 overdue")
    #expect(agenda.startLine(.french) == "2 actions à faire aujourd’hui, 2 en retard")
  }

  @Test func windowHoldsTheThirtiethDayButNotTheThirtyFirst() {
    let cases = [Self.agendaCase("261101-AAAA", meal: Self.today, followUp: Self.today.adding(days: 30)),
                 Self.agendaCase("261101-BBBB", meal: Self.today, followUp: Self.today.adding(days: 31))]
    let window = Agenda(cases, rules: Self.rules, today: Self.today).window(days: 30).filter { $0.kind == .followUp }
    #expect(window.map(\.caseID.rawValue) == ["261101-AAAA"])
  }

  @Test func withinADayALapsingLimitComesBeforeAFollowUp() {
    var limit = Self.agendaCase("261101-ZZZZ", meal: CalendarDay(year: 2024, month: 11, day: 30))
    limit.complaintFiled = true
    let follow = Self.agendaCase("261101-AAAA", meal: Self.today, followUp: Self.today)
    let items = Agenda([follow, limit], rules: Self.rules, today: Self.today).window(days: 0)
    #expect(items.map(\.kind) == [.civilTimeLimit, .followUp])
  }

  @Test func nothingToDoGivesNoStartLine() {
    #expect(Agenda([], rules: Self.rules, today: Self.today).startLine(.english) == nil)
    let late = [Self.agendaCase("261101-AAAA", meal: Self.today.adding(days: -3), followUp: Self.today.adding(days: -1))]
    #expect(Agenda(late, rules: Self.rules, today: Self.today).startLine(.english) == "no action due today, 1 overdue")
    #expect(Agenda(late, rules: Self.rules, today: Self.today).startLine(.french) == "aucune action à faire aujourd’hui, 1 en retard")
  }

  @Test func theStartLineAgreesWithOneAndNone() {
    let one = [Self.agendaCase("261101-AAAA", meal: Self.today.adding(days: -3), followUp: Self.today)]
    #expect(Agenda(one, rules: Self.rules, today: Self.today).startLine(.english) == "1 action due today, none overdue")
    #expect(Agenda(one, rules: Self.rules, today: Self.today).startLine(.french) == "1 action à faire aujourd’hui, aucune en retard")
  }
}
