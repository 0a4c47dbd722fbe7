import Foundation
import Testing

@testable import ArdoiseCore

/// The agenda's cases as read from a store: open ones, and closed ones still holding personal data.
@Suite struct StoreAgendaTests {
  @Test func readsOpenCasesAndClosedOnesHoldingPersonalDataWithTheDebtorsKind() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let open = try store.create(StoreFixture.facts())
    try store.identify(open.id, as: CustomerIdentity(name: "SARL Exemple", kind: .business))
    let closedAnonymous = try store.create(StoreFixture.facts(amount: 2000))
    try StoreFixture.pay(store, closedAnonymous.id, 2000)
    let closedIdentified = try store.create(StoreFixture.facts(amount: 3000))
    try store.identify(closedIdentified.id, as: CustomerIdentity(name: "Jean Dupont"))
    try StoreFixture.pay(store, closedIdentified.id, 3000)

    let cases = try StoreFixture().openStore().agendaCases()  // another directory: nothing
    #expect(cases.isEmpty)
    let read = store.agendaCases()
    #expect(Set(read.map(\.id)) == [open.id, closedIdentified.id])
    let business = try #require(read.first { $0.id == open.id })
    #expect(business.debtorKind == .business && business.holdsPersonalData && business.isOpen)
    let rules = AgendaRules(clocks: .france(demandDays: 8, purgePaidAfterDays: 2))
    // Five years against a business, counted from the meal (2026-11-18 on its wall clock).
    #expect(rules.civilTimeLimit(for: business)?.day == StoreFixture.facts().occurredAt.day.adding(years: 5))
    let paid = try #require(read.first { $0.id == closedIdentified.id })
    #expect(!paid.isOpen && paid.isSettled && rules.purgeDay(for: paid) != nil)
  }
}
