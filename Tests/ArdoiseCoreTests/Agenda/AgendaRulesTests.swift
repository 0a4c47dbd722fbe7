import Foundation
import Testing

@testable import ArdoiseCore

/// Every deadline rule at its boundary, on fixed days (no test reads today's date).
@Suite struct AgendaRulesTests {
  static let rules = AgendaRules(clocks: .france(demandDays: 8, purgePaidAfterDays: 2))

  static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay { CalendarDay(year: year, month: month, day: day) }

  static func open(_ meal: CalendarDay, owed: Int64 = 4250) -> AgendaCase {
    AgendaCase(id: IncidentID(rawValue: "261130-K7QF"), mealDay: meal, outstanding: Money(minorUnits: owed))
  }

  static func item(_ kind: AgendaItem.Kind, _ agendaCase: AgendaCase, today: CalendarDay) -> AgendaItem? {
    rules.items(for: agendaCase, today: today).first { $0.kind == kind }
  }

  @Test func stateTurnsAtMidnightOnTheLocalClock() throws {
    var agendaCase = Self.open(Self.day(2026, 11, 29))
    agendaCase.followUp = Self.day(2026, 12, 1)
    let paris = try #require(TimeZone(identifier: "Europe/Paris"))
    // 2026-11-30 23:59:59 and 2026-12-01 00:00:00 in Paris (UTC+1).
    let beforeMidnight = Timestamp(Date(timeIntervalSince1970: 1_796_079_599), in: paris).day
    let atMidnight = Timestamp(Date(timeIntervalSince1970: 1_796_079_600), in: paris).day
    #expect(beforeMidnight == Self.day(2026, 11, 30) && atMidnight == Self.day(2026, 12, 1))
    #expect(Self.item(.followUp, agendaCase, today: beforeMidnight)?.state == .upcoming)
    #expect(Self.item(.followUp, agendaCase, today: atMidnight)?.state == .today)
    #expect(Self.item(.followUp, agendaCase, today: atMidnight.adding(days: 1))?.state == .overdue)
  }

  @Test func aWalkoutJustBeforeMidnightStartsItsClocksThatDay() {
    // 23:59 on 31 December 2026 and 00:01 on 1 January 2027 (UTC+1): one calendar day apart.
    let late = Timestamp(secondsSince1970: Int64(Self.day(2026, 12, 31).daysSince1970) * 86_400 + 86_340 - 3600, offsetSeconds: 3600)
    let early = late.adding(seconds: 120)
    #expect(Self.rules.civilTimeLimit(for: Self.open(late.day))?.day == Self.day(2028, 12, 31))
    #expect(Self.rules.civilTimeLimit(for: Self.open(early.day))?.day == Self.day(2029, 1, 1))
  }

  @Test func civilLimitIsTwoYearsToTheDayAcrossALeapYear() throws {
    // 1 March 2027 + 2 years crosses 29 February 2028 and still ends on 1 March 2029.
    let agendaCase = Self.open(Self.day(2027, 3, 1))
    #expect(Self.item(.civilTimeLimit, agendaCase, today: Self.day(2029, 2, 28))?.state == .upcoming)
    let last = try #require(Self.item(.civilTimeLimit, agendaCase, today: Self.day(2029, 3, 1)))
    #expect(last.day == Self.day(2029, 3, 1) && last.state == .today)
    #expect(Self.item(.civilTimeLimit, agendaCase, today: Self.day(2029, 3, 2))?.state == .expired)
    // A meal on 29 February: the limit ends on 28 February of a common year.
    #expect(Self.rules.civilTimeLimit(for: Self.open(Self.day(2028, 2, 29)))?.day == Self.day(2030, 2, 28))
  }

  @Test func aPartPaymentRestartsTheCivilLimitInFull() {
    var agendaCase = Self.open(Self.day(2026, 1, 10))
    #expect(Self.rules.civilTimeLimit(for: agendaCase)?.day == Self.day(2028, 1, 10))
    agendaCase.interruptions = [Self.day(2026, 6, 15), Self.day(2026, 3, 2)]
    #expect(Self.rules.civilTimeLimit(for: agendaCase)?.day == Self.day(2028, 6, 15))
    #expect(Self.item(.civilTimeLimit, agendaCase, today: Self.day(2028, 1, 11))?.state == .upcoming)
  }

  @Test func theDebtorsKindDecidesTheYearsAndAnUnknownKindIsAnEstimate() throws {
    var agendaCase = Self.open(Self.day(2026, 11, 30))
    let unknown = try #require(Self.rules.civilTimeLimit(for: agendaCase))
    #expect(unknown.day == Self.day(2028, 11, 30) && unknown.isEstimated)
    agendaCase.debtorKind = .business
    let business = try #require(Self.rules.civilTimeLimit(for: agendaCase))
    #expect(business.day == Self.day(2031, 11, 30) && !business.isEstimated)
  }

  @Test func complaintLimitIsSixYearsAndGoesOnceFiled() {
    var agendaCase = Self.open(Self.day(2026, 11, 30))
    #expect(Self.item(.complaintLimit, agendaCase, today: Self.day(2026, 12, 1))?.day == Self.day(2032, 11, 30))
    agendaCase.complaintFiled = true
    #expect(Self.item(.complaintLimit, agendaCase, today: Self.day(2026, 12, 1)) == nil)
  }

  @Test func cctvClipIsDueWithinOneMonthAndExpiresAfter() {
    // 31 January + 1 month is the last day of February.
    #expect(Self.item(.cctvExport, Self.open(Self.day(2027, 1, 31)), today: Self.day(2027, 2, 1))?.day == Self.day(2027, 2, 28))
    let agendaCase = Self.open(Self.day(2026, 11, 30))
    #expect(Self.item(.cctvExport, agendaCase, today: Self.day(2026, 12, 30))?.state == .today)
    #expect(Self.item(.cctvExport, agendaCase, today: Self.day(2026, 12, 31))?.state == .expired)
    var withClip = agendaCase
    withClip.hasCCTVClip = true
    #expect(Self.item(.cctvExport, withClip, today: Self.day(2026, 12, 1)) == nil)
  }

  @Test func demandDeadlineCountsFromReceiptElseIsAnEstimateFromSending() throws {
    var agendaCase = Self.open(Self.day(2026, 11, 2))
    agendaCase.demand = .init(sent: Self.day(2026, 11, 10))
    let estimated = try #require(Self.item(.demandDeadline, agendaCase, today: Self.day(2026, 11, 18)))
    #expect(estimated.day == Self.day(2026, 11, 18) && estimated.isEstimated && estimated.state == .today)
    #expect(estimated.note?(.english).contains("earliest estimate") == true)
    agendaCase.demand?.received = Self.day(2026, 11, 13)
    let known = try #require(Self.item(.demandDeadline, agendaCase, today: Self.day(2026, 11, 22)))
    #expect(known.day == Self.day(2026, 11, 21) && !known.isEstimated && known.state == .overdue)
  }

  @Test func courtOrderMustBeServedWithinSixMonthsThenOneMonthToObject() throws {
    var agendaCase = Self.open(Self.day(2026, 1, 5))
    agendaCase.courtOrder = .init(issued: Self.day(2026, 2, 28))
    let service = try #require(Self.item(.orderService, agendaCase, today: Self.day(2026, 8, 28)))
    #expect(service.day == Self.day(2026, 8, 28) && service.state == .today)
    #expect(Self.item(.orderService, agendaCase, today: Self.day(2026, 8, 29))?.state == .expired)
    agendaCase.courtOrder?.served = Self.day(2026, 8, 31)
    #expect(Self.item(.orderService, agendaCase, today: Self.day(2026, 9, 1)) == nil)
    // Served on 31 August: the month to object ends on 30 September.
    #expect(Self.item(.objection, agendaCase, today: Self.day(2026, 9, 1))?.day == Self.day(2026, 9, 30))
  }

  @Test func aPromiseReplacesTheFollowUpOfTheSameDay() {
    var agendaCase = Self.open(Self.day(2026, 11, 20))
    agendaCase.promisedDay = Self.day(2026, 12, 3)
    agendaCase.followUp = Self.day(2026, 12, 3)
    let kinds = Self.rules.items(for: agendaCase, today: Self.day(2026, 11, 30)).map(\.kind)
    #expect(kinds.contains(.promise) && !kinds.contains(.followUp))
  }

  @Test func withoutAKnownLawNoLegalDateIsGuessed() {
    // A jurisdiction whose civil limit and CCTV period are unknown, that applies no restart.
    let unknownLaw = AgendaRules(clocks: AgendaClocks(
      civilYearsConsumer: nil, civilYearsBusiness: nil, interruptionsRestartCivilLimit: false, complaintYears: nil,
      cctvRetentionMonths: nil, orderServiceMonths: nil, objectionMonths: nil, demandDaysConsumer: 14, demandDaysBusiness: 14,
      purgePaidAfterDays: 2))
    var agendaCase = Self.open(Self.day(2026, 11, 2))
    agendaCase.followUp = Self.day(2026, 12, 2)
    #expect(unknownLaw.items(for: agendaCase, today: Self.day(2026, 11, 30)).map(\.kind) == [.followUp])
    // Six years for everyone, not restarted by a payment: no estimate, counted from the meal.
    var sixYears = unknownLaw
    sixYears.clocks.civilYearsConsumer = 6
    sixYears.clocks.civilYearsBusiness = 6
    agendaCase.interruptions = [Self.day(2026, 11, 20)]
    #expect(sixYears.civilTimeLimit(for: agendaCase).map { [$0.day.description, String($0.isEstimated)] } == ["2032-11-02", "false"])
  }

  @Test func aCourtOrderWithoutACheckedTimeSaysToAskTheCourtWithNoDeadline() throws {
    var config = Config()
    config.jurisdiction = .englandAndWales
    let rules = AgendaRules(clocks: AgendaClocks(config: config))
    var agendaCase = Self.open(Self.day(2026, 10, 2))
    agendaCase.courtOrder = .init(issued: Self.day(2026, 11, 20), served: Self.day(2026, 11, 25))
    let items = rules.items(for: agendaCase, today: Self.day(2026, 11, 30))
    #expect(!items.contains { $0.kind == .orderService || $0.kind == .objection })
    let check = try #require(items.first { $0.kind == .courtCheck })
    // A thing to do since the order, not a limit: overdue, never expired, with no date of its own.
    #expect(check.day == Self.day(2026, 11, 20) && check.state == .overdue && !check.kind.isLimit)
    #expect(check.note?(.english).contains("ask the court") == true)
    #expect(check.source?(.english) == "county court judgment: time limits to check with the court")
    #expect(LegalRegistry.fact("gb-eng.judgment.check-with-court")?.checked == CalendarDay(year: 2026, month: 12, day: 5))
  }

  /// The agenda names the demand's deadline and the court's decision as the restaurant's law does:
  /// a French « mise en demeure » and « ordonnance », England and Wales's letter before claim and
  /// judgment, and words of no country's law where ardoise does not know it.
  @Test(arguments: [Jurisdiction.france, .englandAndWales, .unsupported("xx")])
  func theDemandAndTheDecisionAreNamedAsTheLawNamesThem(_ jurisdiction: Jurisdiction) throws {
    var config = Config()
    config.jurisdiction = jurisdiction
    let rules = AgendaRules(clocks: AgendaClocks(config: config))
    var agendaCase = Self.open(Self.day(2026, 10, 2))
    agendaCase.demand = .init(sent: Self.day(2026, 11, 10))
    agendaCase.courtOrder = .init(issued: Self.day(2026, 11, 20))
    let items = rules.items(for: agendaCase, today: Self.day(2026, 11, 30))
    let deadline = try #require(items.first { $0.kind == .demandDeadline })
    let labels = items.flatMap { [$0.label.french, $0.label.english] }
    switch jurisdiction {
    case .france:
      #expect(deadline.label == LocalizedText("fin du délai de la mise en demeure", "formal demand’s deadline"))
    case .englandAndWales:
      #expect(deadline.label == LocalizedText("fin du délai de la lettre avant poursuites", "letter before claim’s deadline"))
      #expect(items.first { $0.kind == .courtCheck }?.label == LocalizedText("vérifier auprès du tribunal les délais du jugement", "check with the court the judgment’s time limits"))
    case .unsupported:
      #expect(deadline.label == LocalizedText("fin du délai de la demande de paiement", "demand for payment’s deadline"))
    }
    if jurisdiction != .france {
      for label in labels {
        for term in ["mise en demeure", "ordonnance", "formal demand", "court order"] { #expect(!label.contains(term), "\(jurisdiction.code): \(label)") }
      }
    }
  }

  @Test func aRecordedCourtOrderStartsTheAgendasClocks() throws {
    var log = EventLog()
    log.append(.stepRecorded(StepRecord(step: .authorities, status: .pending, outcome: "court-order",
                                        legal: LegalRecord(action: .courtOrder, day: Self.day(2026, 11, 30)))))
    let incident = try #require(log.incident)
    let agendaCase = AgendaCase(incident, debtorKind: .consumer)
    #expect(agendaCase.courtOrder == .init(issued: Self.day(2026, 11, 30)))
    #expect(agendaCase.courtRequested)
    let rules = AgendaRules(clocks: .france(demandDays: 8, purgePaidAfterDays: 2))
    let service = try #require(rules.items(for: agendaCase, today: Self.day(2026, 11, 30)).first { $0.kind == .orderService })
    #expect(service.day == Self.day(2027, 5, 30) && service.step == .authorities)
    #expect(service.source?(.french) == "six mois pour signifier l’ordonnance")
    #expect(LegalRegistry.fact("fr.payment-order.service")?.source.reference == "Code de procédure civile, art. 1411")
    #expect(LegalRegistry.fact("fr.payment-order.objection")?.source.reference == "Code de procédure civile, art. 1416")
  }

  @Test func theJurisdictionNotTheLanguageSetsTheClocks() throws {
    var config = Config()
    config.language = .english
    let france = AgendaClocks(config: config)
    #expect(france.civilYears(for: .consumer) == 2 && france.complaintYears == 6 && france.demandDays(for: nil) == 8)
    #expect(france.sources[.civilTimeLimit]?(.english).contains("L218-2") == true)
    config.jurisdiction = .englandAndWales
    config.language = .french
    let england = AgendaClocks(config: config)
    #expect(england.civilYears(for: .consumer) == 6 && england.civilYears(for: .business) == 6)
    #expect(england.complaintYears == nil && england.cctvRetentionMonths == nil && !england.interruptionsRestartCivilLimit)
    #expect(england.demandDays(for: .consumer) == 30 && england.demandDays(for: .business) == 14)
    var agendaCase = Self.open(Self.day(2026, 11, 2))
    agendaCase.interruptions = [Self.day(2026, 11, 20)]
    let kinds = AgendaRules(clocks: england).items(for: agendaCase, today: Self.day(2026, 11, 30)).map(\.kind)
    #expect(kinds == [.civilTimeLimit])
    #expect(AgendaRules(clocks: england).civilTimeLimit(for: agendaCase)?.day == Self.day(2032, 11, 2))
    config.jurisdiction = .unsupported("be")
    #expect(AgendaRules(clocks: AgendaClocks(config: config)).items(for: agendaCase, today: Self.day(2026, 11, 30)).isEmpty)
  }

  /// England and Wales: the letter before claim's deadline is 30 days from its date (the day it
  /// was sent), whether or not a receipt is recorded, never an estimate; the purge waits for it.
  /// Boundary: sent 10 November, the deadline is 10 December, due that day and passed the next.
  @Test func aLetterBeforeClaimsDeadlineRunsFromItsDate() throws {
    var config = Config()
    config.jurisdiction = .englandAndWales
    let rules = AgendaRules(clocks: AgendaClocks(config: config))
    #expect(!rules.clocks.demandTimeRunsFromReceipt && Self.rules.clocks.demandTimeRunsFromReceipt)
    var agendaCase = Self.open(Self.day(2026, 11, 2))
    agendaCase.demand = .init(sent: Self.day(2026, 11, 10))
    for received in [nil, Self.day(2026, 11, 16)] {
      agendaCase.demand?.received = received
      let deadline = try #require(rules.items(for: agendaCase, today: Self.day(2026, 11, 30)).first { $0.kind == .demandDeadline })
      #expect(deadline.day == Self.day(2026, 12, 10) && !deadline.isEstimated)
      #expect(deadline.note?.english == "30 days from the letter’s date, sent on \(Self.day(2026, 11, 10).formatted(.english)); its receipt changes nothing")
      #expect(deadline.source == LegalRegistry.name("gb-eng.debt-protocol.reply-period"))
      #expect(deadline.source?.english.contains("paras 3 and 4, Annex 1") == true)
      #expect(rules.items(for: agendaCase, today: Self.day(2026, 12, 10)).first { $0.kind == .demandDeadline }?.state == .today)
      #expect(rules.items(for: agendaCase, today: Self.day(2026, 12, 11)).first { $0.kind == .demandDeadline }?.state == .overdue)
    }
    agendaCase.holdsPersonalData = true
    agendaCase.demand = .init(sent: Self.day(2032, 10, 20), received: Self.day(2032, 10, 30))
    // The civil limit ends 2 November 2032; the letter's 30 days, 19 November: purged the day after.
    #expect(rules.purgeDay(for: agendaCase) == Self.day(2032, 11, 20))
  }

  @Test func purgeDayFollowsTheRetentionRules() {
    var paid = Self.open(Self.day(2026, 11, 20), owed: 0)
    paid.isOpen = false
    paid.isSettled = true
    paid.closedDay = Self.day(2026, 11, 28)
    #expect(Self.rules.purgeDay(for: paid) == nil)  // nothing personal held
    // An open unpaid case holding personal data is purged the day after the civil limit.
    var openUnpaid = Self.open(Self.day(2026, 11, 20))
    openUnpaid.holdsPersonalData = true
    #expect(Self.item(.purge, openUnpaid, today: Self.day(2026, 11, 30))?.day == Self.day(2028, 11, 21))
    paid.holdsPersonalData = true
    #expect(Self.item(.purge, paid, today: Self.day(2026, 11, 30))?.state == .today)
    var unpaid = Self.open(Self.day(2026, 11, 20))
    unpaid.isOpen = false
    unpaid.closedDay = Self.day(2026, 12, 20)
    unpaid.holdsPersonalData = true
    #expect(Self.rules.purgeDay(for: unpaid) == Self.day(2028, 11, 21))
    unpaid.courtRequested = true
    #expect(Self.rules.purgeDay(for: unpaid) == nil)
    // A closed case has no other item.
    #expect(Self.rules.items(for: paid, today: Self.day(2026, 11, 29)).map(\.kind) == [.purge])
  }

  @Test func agendaCaseFromAnIncidentTakesPaymentsEvidenceAndDemand() {
    let meal = Timestamp(secondsSince1970: Int64(Self.day(2026, 11, 2).daysSince1970) * 86_400 + 20 * 3600, offsetSeconds: 3600)
    let facts = IncidentFacts(occurredAt: meal, amount: Money(minorUnits: 8000))
    var incident = Incident(id: IncidentID(rawValue: "261102-ABCD"), facts: facts, openedAt: meal, openedBy: "test")
    var counter = 0
    func apply(_ body: EventBody, _ moment: Timestamp) {
      counter += 1
      incident.apply(Event(id: EventID(rawValue: "E\(counter)"), occurredAt: moment, recordedAt: moment, actor: "test", body: body))
    }
    apply(.opened(facts), meal)
    let payDay = meal.adding(seconds: 10 * 86_400)
    apply(.paymentRecorded(Payment(amount: Money(minorUnits: 2000), method: .cash), closesAs: nil), payDay)
    apply(.evidenceAdded(Evidence(kind: .cctv, location: "USB key in the safe")), payDay)
    apply(.stepRecorded(StepRecord(step: .authorities, status: .done, outcome: "demand-sent",
                                   legal: LegalRecord(action: .formalDemand, day: Self.day(2026, 11, 14), deadline: Self.day(2026, 11, 22)))), payDay)
    let agendaCase = AgendaCase(incident, debtorKind: nil)
    #expect(agendaCase.interruptions == [Self.day(2026, 11, 12)])
    #expect(agendaCase.hasCCTVClip && agendaCase.demand == .init(sent: Self.day(2026, 11, 14)))
    #expect(agendaCase.outstanding == Money(minorUnits: 6000))
    #expect(Self.rules.civilTimeLimit(for: agendaCase)?.day == Self.day(2028, 11, 12))
  }

  /// A payment plan's next instalment is an instalment with its number and what is left on it,
  /// at the payment step, and not a follow-up as well.
  @Test func theNextInstalmentOfAPlanIsAnInstalmentNotAFollowUp() throws {
    let meal = Timestamp(secondsSince1970: Int64(Self.day(2026, 11, 2).daysSince1970) * 86_400 + 20 * 3600, offsetSeconds: 3600)
    let facts = IncidentFacts(occurredAt: meal, amount: Money(minorUnits: 10_000))
    var incident = Incident(id: IncidentID(rawValue: "261102-PLAN"), facts: facts, openedAt: meal, openedBy: "test")
    var counter = 0
    func apply(_ body: EventBody, _ moment: Timestamp) {
      counter += 1
      incident.apply(Event(id: EventID(rawValue: "E\(counter)"), occurredAt: moment, recordedAt: moment, actor: "test", body: body))
    }
    apply(.opened(facts), meal)
    let plan = try InstalmentPlan.make(outstanding: Money(minorUnits: 10_000),
                                       schedule: .every(.month, first: Self.day(2026, 12, 1), parts: 4)).get()
    apply(.planAgreed(plan), meal.adding(seconds: 86_400))
    // The first instalment and 5,00 € of the second paid: 20,00 € left on the second.
    apply(.paymentRecorded(Payment(amount: Money(minorUnits: 3000), method: .cash), closesAs: nil), meal.adding(seconds: 30 * 86_400))
    let agendaCase = AgendaCase(incident, debtorKind: nil)
    #expect(agendaCase.instalment == AgendaCase.DueInstalment(number: 2, count: 4, due: Self.day(2027, 1, 1), left: Money(minorUnits: 2000)))
    let items = Self.rules.items(for: agendaCase, today: Self.day(2026, 12, 5))
    let instalment = try #require(items.first { $0.kind == .instalment })
    #expect(instalment.day == Self.day(2027, 1, 1) && instalment.state == .upcoming && instalment.step == .paymentOptions)
    #expect(instalment.label(.english) == "instalment 2/4 due: €20.00")
    #expect(instalment.label(.french) == "échéance 2/4\u{202F}: 20,00\u{00A0}€")
    #expect(!items.contains { $0.kind == .followUp })
    // Late from the day after.
    #expect(Self.item(.instalment, agendaCase, today: Self.day(2027, 1, 2))?.state == .overdue)
  }

  @Test func aFollowUpOnAnotherDayThanTheInstalmentStays() {
    var agendaCase = Self.open(Self.day(2026, 11, 20), owed: 5000)
    agendaCase.instalment = AgendaCase.DueInstalment(number: 1, count: 2, due: Self.day(2026, 12, 10), left: Money(minorUnits: 2500))
    agendaCase.followUp = Self.day(2026, 12, 3)
    let kinds = Self.rules.items(for: agendaCase, today: Self.day(2026, 11, 30)).map(\.kind)
    #expect(kinds.contains(.instalment) && kinds.contains(.followUp))
    // Paid off (closed as settled): no instalment is left to show.
    agendaCase.isSettled = true
    #expect(!Self.rules.items(for: agendaCase, today: Self.day(2026, 11, 30)).map(\.kind).contains(.instalment))
  }
}
