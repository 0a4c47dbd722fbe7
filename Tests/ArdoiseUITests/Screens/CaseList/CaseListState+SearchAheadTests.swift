import ArdoiseCore
import Testing

@testable import ArdoiseUI

/// The filter's index built ahead from a copy of the list: taken back only when nothing changed
/// meanwhile, built again after cases change, and always answering as a fresh build would.
struct CaseListStateSearchAheadTests {
  private let filters = ["t", "te", "terr", "k", "léa", "42", "zinzolin", "dupont", "0612", "1"]

  /// What `index` answers for every filter in every view.
  private func answers(_ index: CaseSearchIndex) -> [[IncidentID]] {
    var index = index
    return CaseScope.allCases.flatMap { scope in
      filters.map { filter in index.matches(filter.split(separator: " ").map { SearchText(String($0)) }, scope: scope) }
    }
  }

  /// An index built from nothing for the list as it is now (with the same customers).
  private func fresh(_ list: CaseListState) -> CaseSearchIndex {
    var copy = list
    copy.search = CaseListSearch(customers: list.search.customers)
    return copy.buildSearchIndex(playbook: .standard, language: .english)
  }

  private func prepare(_ state: AppState, customers: [String: String] = [:]) -> PreparedSearch? {
    state.searchPreparation(readCustomer: { customers[$0.rawValue] }).map { $0() }
  }

  @Test func anIndexBuiltAheadIsTakenAndTheFirstLetterUsesIt() throws {
    var state = Fixtures.state()
    #expect(state.list.search.index == nil)
    let prepared = try #require(prepare(state))
    _ = state.update(.searchPrepared(prepared))
    #expect(state.list.search.index != nil && !state.list.search.needsIndex)
    #expect(prepare(state) == nil)
    #expect(answers(try #require(state.list.search.index)) == answers(fresh(state.list)))
    state.press(.tab, .tab, .tab, .character("/"))
    state.type("te")
    let words = [SearchText("te")]
    var expected = fresh(state.list)
    #expect(state.list.visible == expected.matches(words, scope: state.list.scope))
  }

  /// Cases changed while it was built: the copy is dropped, and the next one follows the change.
  @Test func anIndexOvertakenByAChangeIsDroppedAndBuiltAgain() throws {
    var state = Fixtures.state()
    let overtaken = try #require(prepare(state))
    let changed = Fixtures.incident("261129-K7QF", at: Fixtures.moment(Fixtures.today, 23, 12), amount: 4250, table: "Zinzolin")
    _ = state.update(.casesChanged([IncidentSummary(changed)], removed: []))
    _ = state.update(.searchPrepared(overtaken))
    #expect(state.list.search.index == nil)
    _ = state.update(.searchPrepared(try #require(prepare(state))))
    let index = try #require(state.list.search.index)
    #expect(answers(index) == answers(fresh(state.list)))
    #expect(answers(index).contains([IncidentID(rawValue: "261129-K7QF")]))
  }

  /// After it is built, every change to the cases (changed, added, removed) marks it out of date;
  /// built again ahead, reusing the unchanged texts, it answers as a fresh build.
  @Test func theIndexIsKeptInStepWithChangedCases() throws {
    var state = Fixtures.state()
    _ = state.update(.searchPrepared(try #require(prepare(state))))
    let changed = Fixtures.incident("261129-K7QF", at: Fixtures.moment(Fixtures.today, 23, 12), amount: 4250, table: "Zinzolin")
    let added = Fixtures.incident("261128-ZZZZ", at: Fixtures.moment(Fixtures.today.adding(days: -1), 20, 0), amount: 1_234, table: "Terrasse 12")
    let steps: [(changed: [IncidentSummary], removed: [IncidentID])] = [
      ([IncidentSummary(changed)], []),
      ([IncidentSummary(added)], []),
      ([], [IncidentID(rawValue: "261120-B2CD")]),
    ]
    for step in steps {
      _ = state.update(.casesChanged(step.changed, removed: step.removed))
      #expect(state.list.search.needsIndex)
      _ = state.update(.searchPrepared(try #require(prepare(state))))
      #expect(!state.list.search.needsIndex)
      #expect(answers(try #require(state.list.search.index)) == answers(fresh(state.list)))
    }
    #expect(state.list.search.index?.ids.contains(IncidentID(rawValue: "261128-ZZZZ")) == true)
    #expect(state.list.search.index?.ids.contains(IncidentID(rawValue: "261120-B2CD")) == false)
  }

  /// Built ahead, the index also reads the identified cases' customers: `/` then has nothing to
  /// read, and the filter finds the customer by name.
  @Test func theCustomersAreReadWithTheIndexBuiltAhead() throws {
    let identified = Fixtures.incident("261128-IDNT", at: Fixtures.moment(Fixtures.today.adding(days: -1), 21, 0), amount: 2_000,
                                       then: [.customerIdentified])
    var state = Fixtures.state(cases: Fixtures.threeCases + [identified])
    let customer = try #require(CaseRow.customerSearchText(CustomerIdentity(name: "Jean Dupont", phone: "06 12 34 56 78")))
    _ = state.update(.searchPrepared(try #require(prepare(state, customers: ["261128-IDNT": customer]))))
    #expect(state.press(.character("/")) == [])
    state.type("dupont")
    #expect(state.list.visible == [identified.incident.id])
  }
}
