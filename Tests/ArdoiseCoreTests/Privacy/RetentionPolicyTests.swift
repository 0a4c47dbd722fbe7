import Testing
@testable import ArdoiseCore

@Suite struct RetentionPolicyTests {
  let policy = RetentionPolicy(purgePaidAfterDays: 2)
  let meal = CalendarDay(year: 2026, month: 3, day: 14)

  func incident(amount: Int64 = 5_000, paid: Int64 = 0, closed: Resolution? = nil, closedOn: CalendarDay? = nil,
                legal: [LegalRecord] = []) -> Incident {
    let moment = Timestamp(secondsSince1970: Int64(meal.daysSince1970) * 86_400 + 80_000, offsetSeconds: 0)
    var incident = Incident(id: IncidentID(rawValue: "260314-AAAA"),
                            facts: IncidentFacts(occurredAt: moment, amount: Money(minorUnits: amount)), openedAt: moment, openedBy: "t")
    if paid > 0 { incident.payments = [PaymentEntry(payment: Payment(amount: Money(minorUnits: paid), method: .cash), at: moment, by: "t")] }
    if let closed, let closedOn {
      incident.status = .closed
      incident.resolution = closed
      incident.closedAt = Timestamp(secondsSince1970: Int64(closedOn.daysSince1970) * 86_400 + 36_000, offsetSeconds: 0)
    }
    incident.legal = legal
    return incident
  }

  @Test func paidCaseIsPurgedAfterTheSetDays() {
    let closedOn = CalendarDay(year: 2026, month: 4, day: 1)
    let paid = incident(paid: 5_000, closed: .recovered, closedOn: closedOn)
    #expect(!policy.decide(paid, debtorKind: .consumer, today: closedOn.adding(days: 1)).isPurge)
    #expect(policy.decide(paid, debtorKind: .consumer, today: closedOn.adding(days: 2)).isPurge)
    let mistake = incident(closed: .honestMistake, closedOn: closedOn)
    #expect(policy.decide(mistake, debtorKind: .consumer, today: closedOn.adding(days: 2)).isPurge)
    #expect(RetentionPolicy(purgePaidAfterDays: 0).decide(paid, debtorKind: .consumer, today: closedOn).isPurge)
  }

  @Test func unpaidCaseWaitsForTheTimeLimit() {
    let closedOn = CalendarDay(year: 2026, month: 5, day: 1)
    for resolution in [Resolution.writtenOff, .handedToAuthorities] {
      let unpaid = incident(closed: resolution, closedOn: closedOn)
      #expect(!policy.decide(unpaid, debtorKind: .consumer, today: CalendarDay(year: 2028, month: 3, day: 14)).isPurge)
      #expect(policy.decide(unpaid, debtorKind: .consumer, today: CalendarDay(year: 2028, month: 3, day: 15)).isPurge)
      #expect(!policy.decide(unpaid, debtorKind: .business, today: CalendarDay(year: 2028, month: 3, day: 15)).isPurge)
      #expect(policy.decide(unpaid, debtorKind: .business, today: CalendarDay(year: 2031, month: 3, day: 15)).isPurge)
    }
    let partly = incident(paid: 1_000, closed: .partlyRecovered, closedOn: closedOn)
    #expect(!policy.decide(partly, debtorKind: .consumer, today: closedOn.adding(days: 30)).isPurge)
  }

  @Test func anOpenUnpaidCaseIsPurgedOnceTheTimeLimitHasPassed() {
    // Meal on 14 March 2026: 2 years for a consumer, 5 for any other debtor, 6 in England and Wales.
    let open = incident()
    #expect(!policy.decide(open, debtorKind: .consumer, today: CalendarDay(year: 2028, month: 3, day: 14)).isPurge)
    #expect(policy.decide(open, debtorKind: .consumer, today: CalendarDay(year: 2028, month: 3, day: 15)).isPurge)
    #expect(!policy.decide(open, debtorKind: .nonTrader, today: CalendarDay(year: 2031, month: 3, day: 14)).isPurge)
    #expect(policy.decide(open, debtorKind: .nonTrader, today: CalendarDay(year: 2031, month: 3, day: 15)).isPurge)
    let english = RetentionPolicy(purgePaidAfterDays: 2, jurisdiction: .englandAndWales)
    #expect(!english.decide(open, debtorKind: .consumer, today: CalendarDay(year: 2032, month: 3, day: 14)).isPurge)
    #expect(english.decide(open, debtorKind: .consumer, today: CalendarDay(year: 2032, month: 3, day: 15)).isPurge)
    // A court request under way keeps it; a part-payment restarts the limit (art. 2240, 2231 C. civ.).
    var court = open
    court.legal = [LegalRecord(action: .courtRequest, day: CalendarDay(year: 2027, month: 1, day: 5), reference: "TJ Lyon")]
    #expect(!policy.decide(court, debtorKind: .consumer, today: CalendarDay(year: 2029, month: 1, day: 1)).isPurge)
    var partPaid = open
    let paymentDay = CalendarDay(year: 2026, month: 9, day: 1)
    partPaid.payments = [PaymentEntry(payment: Payment(amount: Money(minorUnits: 1_000), method: .transfer),
                                      at: Timestamp(secondsSince1970: Int64(paymentDay.daysSince1970) * 86_400 + 36_000, offsetSeconds: 0), by: "t")]
    #expect(!policy.decide(partPaid, debtorKind: .consumer, today: CalendarDay(year: 2028, month: 9, day: 1)).isPurge)
    #expect(policy.decide(partPaid, debtorKind: .consumer, today: CalendarDay(year: 2028, month: 9, day: 2)).isPurge)
    // Where ardoise does not know the limit, nothing is purged by it.
    let unknown = RetentionPolicy(purgePaidAfterDays: 2, jurisdiction: .unsupported("de"))
    #expect(!unknown.decide(open, debtorKind: .consumer, today: CalendarDay(year: 2060, month: 1, day: 1)).isPurge)
  }

  @Test func pendingCourtRequestOrRunningDemandKeepsTheCase() {
    let closedOn = CalendarDay(year: 2026, month: 5, day: 1)
    let court = incident(closed: .handedToAuthorities, closedOn: closedOn,
                         legal: [LegalRecord(action: .courtRequest, day: closedOn, reference: "TJ Lyon 26/123")])
    #expect(!policy.decide(court, debtorKind: .consumer, today: CalendarDay(year: 2029, month: 1, day: 1)).isPurge)
    let demandDay = CalendarDay(year: 2028, month: 3, day: 10)
    let demand = incident(closed: .writtenOff, closedOn: closedOn,
                          legal: [LegalRecord(action: .formalDemand, day: demandDay, deadline: demandDay.adding(days: 8))])
    #expect(!policy.decide(demand, debtorKind: .consumer, today: CalendarDay(year: 2028, month: 3, day: 18)).isPurge)
    #expect(policy.decide(demand, debtorKind: .consumer, today: CalendarDay(year: 2028, month: 3, day: 19)).isPurge)
    // Once paid, a court request no longer holds the data.
    let paidAfterCourt = incident(paid: 5_000, closed: .recovered, closedOn: closedOn,
                                  legal: [LegalRecord(action: .courtRequest, day: closedOn, reference: "TJ")])
    #expect(policy.decide(paidAfterCourt, debtorKind: .consumer, today: closedOn.adding(days: 3)).isPurge)
  }

  /// Why a case is kept names the demand as the restaurant's law does (shown by `ardoise purge`).
  @Test func aRunningDemandIsNamedAsTheLawNamesIt() {
    let closedOn = CalendarDay(year: 2026, month: 5, day: 1)
    let demandDay = CalendarDay(year: 2028, month: 3, day: 10)
    let demand = incident(closed: .writtenOff, closedOn: closedOn,
                          legal: [LegalRecord(action: .formalDemand, day: demandDay, deadline: demandDay.adding(days: 30))])
    let today = CalendarDay(year: 2028, month: 3, day: 18)
    let expected: [(Jurisdiction, LocalizedText)] = [
      (.france, LocalizedText("mise en demeure en cours jusqu’au 09/04/2028", "formal demand running until 2028-04-09")),
      (.englandAndWales, LocalizedText("lettre avant poursuites en cours jusqu’au 09/04/2028", "letter before claim running until 2028-04-09")),
      (.unsupported("xx"), LocalizedText("demande de paiement en cours jusqu’au 09/04/2028", "demand for payment running until 2028-04-09")),
    ]
    for (jurisdiction, reason) in expected {
      let decision = RetentionPolicy(purgePaidAfterDays: 2, jurisdiction: jurisdiction).decide(demand, debtorKind: .consumer, today: today)
      #expect(decision == .keep(reason), "\(jurisdiction.code)")
    }
  }

  @Test func purgeReasonHoldsNoPersonalData() {
    let closedOn = CalendarDay(year: 2026, month: 4, day: 1)
    guard case .purge(let reason) = policy.decide(incident(paid: 5_000, closed: .recovered, closedOn: closedOn),
                                                  debtorKind: .consumer, today: closedOn.adding(days: 5)) else {
      Issue.record("expected a purge")
      return
    }
    #expect(reason == "paid; closed 2026-04-01; retention 2 days")
  }
}
