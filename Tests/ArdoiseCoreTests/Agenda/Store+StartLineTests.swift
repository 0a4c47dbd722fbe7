import Foundation
import Testing

@testable import ArdoiseCore

/// The start line's reading: only the counts of what is due today or overdue, the full agenda's.
@Suite struct StoreStartLineTests {
  @Test func countsWhatIsDueTodayOrOverdueAsTheFullAgendaDoes() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let open = try store.create(StoreFixture.facts())
    try store.identify(open.id, as: CustomerIdentity(name: "SARL Exemple", kind: .business))
    _ = try store.create(StoreFixture.facts(amount: 2000))
    let paid = try store.create(StoreFixture.facts(amount: 3000))
    try store.identify(paid.id, as: CustomerIdentity(name: "Jean Dupont"))
    try StoreFixture.pay(store, paid.id, 3000)
    let rules = AgendaRules(clocks: .france(demandDays: 8, purgePaidAfterDays: 2))
    let full = Agenda(store.agendaCases(), rules: rules, today: StoreFixture.facts().occurredAt.day.adding(days: 40))
    // Forty days after the meal: the CCTV clips are overdue and the paid case's purge is due.
    #expect(full.overdueCount + full.dueTodayCount > 0)
    #expect(full.items.contains { $0.state == .upcoming || $0.state == .expired })

    let start = Store.startLineCounts(of: store.summaries, directory: store.directory, rules: rules, today: full.today)
    #expect(start == AgendaCounts(dueToday: full.items.count { $0.state == .today }, overdue: full.items.count { $0.state == .overdue }))
    #expect(start == full.counts)
    #expect(start.startLine(.english) == full.startLine(.english))
    #expect(start.startLine(.french) == full.startLine(.french))
  }
}
