import Foundation
import Testing

@testable import ArdoiseCore

/// The advice rules on fixture cases whose figures were worked out by hand (in the comments).
@Suite struct PreventionAdvisorTests {
  /// A local time in Paris in winter (UTC+1) on 2026-11-`day`.
  static func at(day: Int, _ hour: Int, _ minute: Int) -> Timestamp {
    let local = Int64(CalendarDay(year: 2026, month: 11, day: day).daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60)
    return Timestamp(secondsSince1970: local - 3600, offsetSeconds: 3600)
  }

  static func item(_ number: Int, _ table: String, _ hour: Int, _ minute: Int, covers: Int, euros: Int64, lost: Int64,
                   settled: Bool, phone: Bool) -> AdviceCase {
    AdviceCase(id: IncidentID(rawValue: "261101-" + String(1000 + number)), occurredAt: at(day: number, hour, minute), table: table,
               covers: covers, amount: Money(minorUnits: euros * 100), lost: Money(minorUnits: lost * 100), isSettled: settled,
               moneyCameBack: lost == 0, reachedByPhoneWithin24Hours: phone)
  }

  /// Ten cases.
  /// - Terrasse: 22:30, 23:10, 22:05, 00:40, 22:50 → 5 of 10 from 22:00 (5 ≥ 40 % of 10), 225 € of bills
  ///   (40 + 50 + 60 + 45 + 30); from 23:00 only 2 (23:10, 00:40): below 4.
  /// - Lost: 50 + 45 + 180 + 240 + 15 + 40 = 570 €; parties of 6 or more: 180 + 240 = 420 € → 74 %.
  /// - Finished: 1, 2, 3, 5, 6, 8, 9, 10; reached by phone within 24 h: 1, 3, 5, 8, all paid (4 of 4);
  ///   otherwise 2, 6, 9, 10, none paid (0 of 4).
  static let cases: [AdviceCase] = [
    item(1, "Terrasse 1", 22, 30, covers: 2, euros: 40, lost: 0, settled: true, phone: true),
    item(2, "Terrasse 2", 23, 10, covers: 2, euros: 50, lost: 50, settled: true, phone: false),
    item(3, "Terrasse 3", 22, 5, covers: 4, euros: 60, lost: 0, settled: true, phone: true),
    item(4, "Terrasse 1", 0, 40, covers: 3, euros: 45, lost: 45, settled: false, phone: false),
    item(5, "Terrasse 2", 22, 50, covers: 2, euros: 30, lost: 0, settled: true, phone: true),
    item(6, "T4", 20, 0, covers: 6, euros: 180, lost: 180, settled: true, phone: false),
    item(7, "T7", 21, 0, covers: 8, euros: 240, lost: 240, settled: false, phone: false),
    item(8, "T5", 13, 0, covers: 2, euros: 35, lost: 0, settled: true, phone: true),
    item(9, "Bar", 12, 30, covers: 1, euros: 15, lost: 15, settled: true, phone: false),
    item(10, "T9", 19, 30, covers: 2, euros: 40, lost: 40, settled: true, phone: false),
  ]

  @Test func enoughDataGivesEachRuleWithItsFigures() throws {
    let result = PreventionAdvisor(minimumCases: 10).advise(Self.cases)
    let advice = result.items
    #expect(advice.map(\.rule) == [.zoneAfterHour, .largeParties, .phoneWithin24Hours])
    let zone = try #require(advice.first)
    #expect(zone.zone == "Terrasse" && zone.fromServiceHour == 22)
    #expect(zone.advice(.english) == "5 of the 10 walkouts were at “Terrasse” from 22:00 on: take payment when serving there after 22:00.")
    #expect(zone.figures(.english) == "Figures: 5/10 cases (50%), €225.00 of unpaid bills.")
    #expect(zone.advice(.french).hasPrefix("5 des 10 départs sans payer ont eu lieu dans la zone «\u{202F}Terrasse\u{202F}» à partir de 22\u{202F}h\u{202F}:"))
    #expect(advice[1].advice(.english) == "Parties of 6 or more are 74% of the money lost: ask for a card guarantee when booking.")
    #expect(advice[1].figures(.english) == "Figures: €420.00 of €570.00 lost, 2 cases of 10.")
    #expect(advice[2].advice(.english).hasPrefix("The money came back in 4 of 4 cases where the customer was reached by phone within 24 h"))
    #expect(advice[2].figures(.english).contains("against 0 of 4 otherwise"))
    #expect(advice.allSatisfy { $0.ruleText(.english).hasPrefix("Rule: ") && $0.ruleText(.french).hasPrefix("Règle\u{202F}: ") })
  }

  @Test func adviceConcernsTheCasesItIsAbout() throws {
    let advice = PreventionAdvisor(minimumCases: 10).advise(Self.cases).items
    let zone = try #require(advice.first { $0.rule == .zoneAfterHour })
    #expect(zone.concerns(Self.cases[3]))  // Terrasse at 00:40: after 22:00 on the service clock
    #expect(!zone.concerns(Self.cases[5]))  // T4
    let large = try #require(advice.first { $0.rule == .largeParties })
    #expect(large.concerns(Self.cases[6]) && !large.concerns(Self.cases[0]))
    // A lunch at a small table hears only the phone advice.
    #expect(PreventionAdvisor(minimumCases: 10).advise(Self.cases).concerning(Self.cases[8]).map(\.rule) == [.phoneWithin24Hours])
  }

  @Test func tooFewCasesSaysSoInsteadOfAdvising() {
    let result = PreventionAdvisor(minimumCases: 10).advise(Array(Self.cases.prefix(9)))
    #expect(result == .notEnoughData(cases: 9, needed: 10))
    #expect(result.lines(.english) == ["Not enough data for advice: 9 cases in the period, at least 10 needed."])
    #expect(PreventionAdvisor(minimumCases: 9).advise(Array(Self.cases.prefix(9))).items.isEmpty == false)
  }

  @Test func noPatternGivesNoAdvice() {
    // Ten lunches at ten different tables, small parties, nobody reached: no rule holds.
    let spread = (1...10).map { Self.item($0, "T\($0)", 12, 15, covers: 2, euros: 20, lost: 20, settled: true, phone: false) }
    #expect(PreventionAdvisor(minimumCases: 10).advise(spread) == .noPattern(cases: 10))
  }

  @Test func thresholdsHoldAtTheirBoundary() {
    // Three terrace walkouts out of ten is 30 %: below 40 %, no zone advice; four is 40 %: advice.
    func terrace(_ count: Int) -> [AdviceCase] {
      (1...10).map { $0 <= count
        ? Self.item($0, "Terrasse \($0)", 22, 0, covers: 2, euros: 20, lost: 20, settled: false, phone: false)
        : Self.item($0, "T\($0)", 12, 0, covers: 2, euros: 20, lost: 20, settled: false, phone: false) }
    }
    #expect(PreventionAdvisor().zoneAfterHour(terrace(3)) == nil)
    #expect(PreventionAdvisor().zoneAfterHour(terrace(4))?.figures(.english) == "Figures: 4/10 cases (40%), €80.00 of unpaid bills.")
    // Large parties: 40 € of 100 € lost is exactly 40 %: advice; 39 € of 99 € is 39.4 %: none.
    func parties(_ large: Int64, _ small: Int64) -> [AdviceCase] {
      [Self.item(1, "T1", 20, 0, covers: 6, euros: large / 2, lost: large / 2, settled: false, phone: false),
       Self.item(2, "T2", 20, 0, covers: 7, euros: large - large / 2, lost: large - large / 2, settled: false, phone: false),
       Self.item(3, "T3", 20, 0, covers: 2, euros: small, lost: small, settled: false, phone: false)]
    }
    #expect(PreventionAdvisor().largeParties(parties(40, 60)) != nil)
    #expect(PreventionAdvisor().largeParties(parties(39, 60)) == nil)
  }

  @Test func adviceCaseFromAnIncidentSeesThePhoneCallWithin24Hours() {
    let moment = Self.at(day: 20, 22, 0)
    let facts = IncidentFacts(occurredAt: moment, amount: Money(minorUnits: 4000), table: "Terrasse 4", covers: 2)
    var incident = Incident(id: IncidentID(rawValue: "261120-AAAA"), facts: facts, openedAt: moment, openedBy: "test")
    incident.apply(Event(id: EventID(rawValue: "A1"), occurredAt: moment, recordedAt: moment, actor: "test", body: .opened(facts)))
    let call = moment.adding(seconds: 86_400)
    incident.apply(Event(id: EventID(rawValue: "A2"), occurredAt: call, recordedAt: call, actor: "test",
                         body: .contactRecorded(ContactAttempt(channel: .phone, outcome: .reached))))
    #expect(AdviceCase(incident).reachedByPhoneWithin24Hours)
    #expect(AdviceCase(incident).zone == "Terrasse")
    var late = incident
    late.contacts[0].at = moment.adding(seconds: 86_401)
    #expect(!AdviceCase(late).reachedByPhoneWithin24Hours)
  }
}
