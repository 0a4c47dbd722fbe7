import Foundation
import Testing

@testable import ArdoiseCore

/// The compact summary gives back exactly what it was made of: every fact, day, amount and step
/// tally, at the edges of what it keeps, and through a line of the summary cache.
@Suite struct IncidentSummaryTests {
  static let facts = IncidentFacts(
    occurredAt: Timestamp(secondsSince1970: -2_208_988_800, offsetSeconds: -34_200), amount: Money(minorUnits: 100_000_000, currency: .swissFranc),
    table: "Terrasse 12, près de la fenêtre", covers: 2_147_483_647, server: "Léa", bill: "F-2026-0042",
    summary: "Deux clients partis sans payer après le dessert", customerDescription: "Homme, veste bleue\tbarbe")

  static func summary(facts: IncidentFacts = facts, readOnlyReason: LocalizedText? = nil) -> IncidentSummary {
    IncidentSummary(
      id: IncidentID(rawValue: "261129-K7QF"), facts: facts, paid: Money(minorUnits: -1_250, currency: .swissFranc), status: .closed,
      resolution: .writtenOff, followUp: CalendarDay(year: 1900, month: 1, day: 1),
      steps: [StepTally(step: .catchUp, status: .pending, paid: Money(minorUnits: 2_345, currency: .swissFranc), paymentCount: 1),
              StepTally(step: "étape-maison", status: .skipped, paid: Money(minorUnits: Int64.max, currency: .swissFranc), paymentCount: 7),
              StepTally(step: .review, status: .done, paid: Money(minorUnits: 0, currency: .swissFranc), paymentCount: 0)],
      suggestedNext: "étape-maison", hasIdentifiedCustomer: true, isPurged: true, eventCount: 4_096,
      lastPaymentDay: CalendarDay(year: 2100, month: 12, day: 31), readOnlyReason: readOnlyReason)
  }

  @Test func everyFieldComesBackExactly() {
    let reason = LocalizedText("ligne 3 illisible", "line 3 unreadable")
    let summary = Self.summary(readOnlyReason: reason)
    #expect(summary.id.rawValue == "261129-K7QF")
    #expect(summary.facts == Self.facts)
    #expect(summary.occurredAt.secondsSince1970 == -2_208_988_800 && summary.occurredAt.offsetSeconds == -34_200)
    #expect(summary.amount == Money(minorUnits: 100_000_000, currency: .swissFranc))
    #expect(summary.table == "Terrasse 12, près de la fenêtre" && summary.covers == 2_147_483_647)
    #expect(summary.server == "Léa" && summary.bill == "F-2026-0042")
    #expect(summary.summary == "Deux clients partis sans payer après le dessert" && summary.customerDescription == "Homme, veste bleue\tbarbe")
    #expect(summary.paid == Money(minorUnits: -1_250, currency: .swissFranc))
    #expect(summary.currency == .swissFranc)
    #expect(summary.status == .closed && summary.resolution == .writtenOff)
    #expect(summary.followUp == CalendarDay(year: 1900, month: 1, day: 1))
    #expect(summary.lastPaymentDay == CalendarDay(year: 2100, month: 12, day: 31))
    #expect(summary.steps == [
      StepTally(step: .catchUp, status: .pending, paid: Money(minorUnits: 2_345, currency: .swissFranc), paymentCount: 1),
      StepTally(step: "étape-maison", status: .skipped, paid: Money(minorUnits: Int64.max, currency: .swissFranc), paymentCount: 7),
      StepTally(step: .review, status: .done, paid: Money(minorUnits: 0, currency: .swissFranc), paymentCount: 0),
    ])
    #expect(summary.status(of: "étape-maison") == .skipped && summary.status(of: .contact) == .pending)
    #expect(summary.suggestedNext == "étape-maison")
    #expect(summary.hasIdentifiedCustomer && summary.isPurged)
    #expect(summary.eventCount == 4_096)
    #expect(summary.readOnlyReason == reason && summary.isReadOnly)
    #expect(summary == Self.summary(readOnlyReason: reason))
    #expect(summary != Self.summary())
  }

  @Test func missingFactsAndDaysStayMissing() {
    let bare = IncidentFacts(occurredAt: Timestamp(secondsSince1970: 0, offsetSeconds: 0), amount: Money(minorUnits: 0))
    let summary = IncidentSummary(
      id: IncidentID(rawValue: "261129-AAAA"), facts: bare, paid: .zero(.euro), status: .open, resolution: nil, followUp: nil, steps: [],
      suggestedNext: nil, hasIdentifiedCustomer: false, isPurged: false, eventCount: 0, lastPaymentDay: nil)
    #expect(summary.facts == bare)
    #expect(summary.table == nil && summary.covers == nil && summary.server == nil && summary.bill == nil)
    #expect(summary.summary == nil && summary.customerDescription == nil)
    #expect(summary.followUp == nil && summary.lastPaymentDay == nil && summary.resolution == nil && summary.suggestedNext == nil)
    #expect(summary.steps.isEmpty && summary.readOnlyReason == nil && !summary.isReadOnly)
    #expect(summary.currency == .euro && summary.outstanding == .zero(.euro))
  }

  @Test func coversOutsideWhatIsKeptAreNone() {
    for covers in [-1, 2_147_483_648] {
      var facts = Self.facts
      facts.covers = covers
      #expect(Self.summary(facts: facts).covers == nil)
    }
    var facts = Self.facts
    facts.covers = 0
    #expect(Self.summary(facts: facts).covers == 0)
  }

  @Test func aCacheLineGivesBackTheSameSummary() throws {
    var facts = Self.facts
    facts.amount = Money(minorUnits: 4_250, currency: Currency(code: "JPY", minorDigits: 0))
    let summary = IncidentSummary(
      id: IncidentID(rawValue: "261129-K7QF"), facts: facts, paid: Money(minorUnits: 1_000, currency: facts.amount.currency), status: .open,
      resolution: nil, followUp: CalendarDay(year: 2026, month: 12, day: 6), steps: [
        StepTally(step: .catchUp, status: .done, paid: Money(minorUnits: 1_000, currency: facts.amount.currency), paymentCount: 2),
      ], suggestedNext: .contact, hasIdentifiedCustomer: false, isPurged: false, eventCount: 12, lastPaymentDay: CalendarDay(year: 2026, month: 11, day: 30))
    let entry = SummaryCache.Entry(status: POSIXFile.Status(device: 2049, inode: 77, size: 3_000, modified: 1_795_995_600_123_456_789, mode: 0),
                                   lineCount: 12, tail: 0x3132_3334_6162_6364, summary: summary)
    var bytes: [UInt8] = []
    SummaryCache.appendLine(entry, to: &bytes)
    let parsed = bytes.withUnsafeBufferPointer { SummaryCache.parseLines($0) }
    let back = try #require(parsed.first)
    #expect(parsed.count == 1)
    #expect(back.summary == summary)
    #expect(back.summary.facts == facts && back.summary.steps == summary.steps && back.summary.paid == summary.paid)
    #expect(back.summary.followUp == summary.followUp && back.summary.lastPaymentDay == summary.lastPaymentDay)
    #expect(back.summary.eventCount == 12 && back.summary.suggestedNext == .contact)
    #expect(back.lineCount == 12 && back.tail == entry.tail && back.status.isSameFile(as: entry.status))
  }
}
