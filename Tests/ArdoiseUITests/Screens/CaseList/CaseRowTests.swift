import ArdoiseCore
import Testing

@testable import ArdoiseUI

/// A row keeps its case's summary rather than copies of its fields, and the list's summaries are
/// read through the rows: the same values come back, and a removed case is gone from both.
struct CaseRowTests {
  @Test func aRowGivesBackItsSummarysValues() throws {
    let state = Fixtures.state()
    let summaries = Fixtures.threeCases.map(IncidentSummary.init)
    #expect(state.list.summaries.count == 3)
    for summary in summaries {
      let row = try #require(state.list.rows[summary.id])
      #expect(state.list.summaries[summary.id] == summary)
      #expect(row.summary == summary)
      #expect(row.occurredAt.secondsSince1970 == summary.occurredAt.secondsSince1970)
      #expect(row.occurredAt.offsetSeconds == summary.occurredAt.offsetSeconds)
      #expect(row.table == (summary.table ?? "") && row.amount == summary.amount && row.outstanding == summary.outstanding)
      #expect(row.resolution == summary.resolution)
    }
    let promised = try #require(state.list.rows[IncidentID(rawValue: "261120-B2CD")])
    #expect(promised.table == "Terrasse 3" && promised.amount == Money(minorUnits: 12_860) && promised.outstanding == Money(minorUnits: 7_860))
    #expect(promised.followUp == Fixtures.today.adding(days: -2) && promised.isDue && promised.isOverdue)
    let recovered = try #require(state.list.rows[IncidentID(rawValue: "261101-X9YZ")])
    #expect(recovered.resolution == .recovered && recovered.outstanding == Money(minorUnits: 0) && recovered.followUp == nil)
    #expect(Set(state.list.summaries.map { $0.key.rawValue }) == ["261129-K7QF", "261120-B2CD", "261101-X9YZ"])
    #expect(Set(state.list.summaries.values.map(\.id)) == Set(summaries.map(\.id)))
  }

  @Test func aRemovedCaseLeavesTheSummariesToo() {
    var state = Fixtures.state()
    let gone = IncidentID(rawValue: "261120-B2CD")
    _ = state.update(.casesChanged([], removed: [gone]))
    #expect(state.list.summaries[gone] == nil && state.list.rows[gone] == nil)
    #expect(state.list.summaries.count == 2)
  }
}
