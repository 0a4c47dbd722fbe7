import ArdoiseCore
import Testing

@testable import ArdoiseUI

/// The filter over the list's cases: narrowing and widening as letters come and go, cases changing
/// under a filter, and the customer's name and phone.
struct CaseListStateCasesTests {
  private func visible(_ state: AppState) -> [String] { state.list.visible.map(\.rawValue) }

  /// Every case of the view tested against the whole filter, as the list did before its index.
  private func expected(_ state: AppState) -> [String] {
    let words = state.list.filter.text.split(separator: " ").map { SearchText(String($0)) }
    return state.list.order.compactMap { id -> String? in
      guard let summary = state.list.summaries[id], let row = state.list.rows[id], state.list.scope.includes(row) else { return nil }
      let text = CaseRow.searchText(summary, step: row.stepText(in: .standard, language: .english), language: .english)
      return words.allSatisfy(text.contains) ? id.rawValue : nil
    }
  }

  @Test func lettersNarrowAndBackspacesWiden() {
    var state = Fixtures.state()
    state.press(.tab, .tab, .tab, .character("/"))
    var seen: Set<[String]> = []
    let erase: [Key] = [.backspace, .backspace, .backspace, .backspace]
    let keys: [Key] = "terr".map { Key.character($0) } + erase + " léa 45".map { Key.character($0) } + erase
    for key in keys {
      state.press(key)
      #expect(visible(state) == expected(state), "\(state.list.filter.text)")
      seen.insert(visible(state))
    }
    // The filter did narrow and widen on the way.
    #expect(seen.contains(["261120-B2CD"]))
    #expect(seen.contains(["261129-K7QF", "261120-B2CD", "261101-X9YZ"]))
    // Accents and capitals do not matter: « Léa » (K7QF's server) is found by « LEA ».
    state.press(.escape, .character("/"))
    state.type("LEA 4512")
    #expect(visible(state) == ["261129-K7QF"])
  }

  @Test func aCaseChangedUnderAFilterIsSearchedWithItsNewText() {
    var state = Fixtures.state()
    state.press(.tab, .tab, .tab, .character("/"))
    state.type("zinzolin")
    #expect(visible(state).isEmpty)
    let changed = Fixtures.incident("261129-K7QF", at: Fixtures.moment(Fixtures.today, 23, 12), amount: 4250, table: "Zinzolin")
    _ = state.update(.casesChanged([IncidentSummary(changed)], removed: []))
    #expect(visible(state) == ["261129-K7QF"])
    _ = state.update(.casesChanged([], removed: [IncidentID(rawValue: "261129-K7QF")]))
    #expect(visible(state).isEmpty)
  }

  /// `/` asks for the customers of identified cases once; the filter then finds them by name and
  /// by phone, with or without its spaces.
  @Test func theFilterFindsACustomerByNameAndPhone() {
    let identified = Fixtures.incident("261128-IDNT", at: Fixtures.moment(Fixtures.today.adding(days: -1), 21, 0), amount: 2_000,
                                       then: [.customerIdentified])
    var state = Fixtures.state(cases: Fixtures.threeCases + [identified])
    #expect(state.press(.character("/")) == [.loadCustomers])
    let customer = CaseRow.customerSearchText(CustomerIdentity(name: "Jean Dupont", phone: "06 12 34 56 78"))
    _ = state.update(.customersLoaded([identified.incident.id: customer ?? ""]))
    state.type("dupont")
    #expect(visible(state) == ["261128-IDNT"])
    state.press(.escape)
    // Read once: a second `/` does not read them again.
    #expect(state.press(.character("/")).isEmpty)
    state.type("0612345")
    #expect(visible(state) == ["261128-IDNT"])
    state.press(.escape, .character("/"))
    state.type("06 12 34")
    #expect(visible(state) == ["261128-IDNT"])
  }

  /// With no identified case there is nothing to read.
  @Test func noCustomerToReadWithoutAnIdentifiedCase() {
    var state = Fixtures.state()
    #expect(state.press(.character("/")).isEmpty)
  }

  @Test func aCustomerTextHoldsNameCompanyAndPhoneAlsoAsDigits() {
    #expect(CaseRow.customerSearchText(CustomerIdentity(name: "Jean Dupont", phone: "+33 6 12")) == "Jean Dupont\u{1}+33 6 12\u{1}33612")
    #expect(CaseRow.customerSearchText(CustomerIdentity(phone: "0612")) == "0612")
    #expect(CaseRow.customerSearchText(CustomerIdentity(email: "a@b.fr")) == nil)
  }
}
