import ArdoiseCore
import Testing

@testable import ArdoiseUI

/// The filter's index: the same answers as testing every case, whether a letter was added (the
/// previous answer narrowed), removed, or the view changed in between.
struct CaseSearchIndexTests {
  private struct Row {
    let id: IncidentID
    let flags: UInt8
    let text: String
  }

  private let rows: [Row] = [
    Row(id: IncidentID(rawValue: "261129-AAAA"), flags: CaseSearchIndex.open | CaseSearchIndex.due, text: "Terrasse 3 · Karim · 128,60 €"),
    Row(id: IncidentID(rawValue: "261128-BBBB"), flags: CaseSearchIndex.open, text: "Bar · Léa · 42,50 € · partis fumer"),
    Row(id: IncidentID(rawValue: "261127-CCCC"), flags: 0, text: "T7 · Tom · 36,00 € · récupéré"),
    Row(id: IncidentID(rawValue: "261126-DDDD"), flags: CaseSearchIndex.open, text: "Terrasse 1 · Karima · 12,00 €"),
    Row(id: IncidentID(rawValue: "261125-EEEE"), flags: 0, text: "T12 · Léo · 99,90 € · clos : erreur"),
  ]

  private func index(_ rows: [Row], reusing previous: CaseSearchIndex? = nil, changed: Set<IncidentID> = []) -> CaseSearchIndex {
    let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    return CaseSearchIndex(order: rows.map(\.id), flags: { byID[$0]?.flags }, reusing: previous, changed: changed,
                           text: { byID[$0].map { SearchText($0.text) } })
  }

  /// Every case tested, as the filter did before the index.
  private func expected(_ rows: [Row], _ filter: String, scope: CaseScope) -> [IncidentID] {
    let words = filter.split(separator: " ").map { SearchText(String($0)) }
    return rows.filter { CaseSearchIndex.includes($0.flags, scope: scope) && words.allSatisfy(SearchText($0.text).contains) }.map(\.id)
  }

  private func search(_ index: inout CaseSearchIndex, _ filter: String, scope: CaseScope) -> [IncidentID] {
    index.matches(filter.split(separator: " ").map { SearchText(String($0)) }, scope: scope)
  }

  @Test func typingLetterByLetterThenErasingAgreesWithTestingEveryCase() {
    var index = index(rows)
    let typed = "terrasse kar"
    for scope in CaseScope.allCases {
      for length in Array(0...typed.count) + Array((0..<typed.count).reversed()) {
        let filter = String(typed.prefix(length))
        #expect(search(&index, filter, scope: scope) == expected(rows, filter, scope: scope), "\(filter) in \(scope)")
      }
    }
  }

  /// A word changed in the middle is not a narrowing: every case is searched again.
  @Test func aChangedWordIsSearchedAfresh() {
    var index = index(rows)
    #expect(search(&index, "terrasse", scope: .all).count == 2)
    #expect(search(&index, "bar", scope: .all) == [IncidentID(rawValue: "261128-BBBB")])
    #expect(search(&index, "t", scope: .open).count == 3)
    // The view changed: the previous answer (open cases only) cannot be narrowed for all cases;
    // "T12" is a closed case's.
    #expect(search(&index, "t1", scope: .all) == [IncidentID(rawValue: "261125-EEEE")])
  }

  @Test func narrowingNeedsEachOldWordToBeginTheNewOneAtItsPlace() {
    let words = { (text: String) in text.split(separator: " ").map { SearchText(String($0)).bytes } }
    #expect(CaseSearchIndex.narrows(words("ter"), to: words("terr")))
    #expect(CaseSearchIndex.narrows(words("ter"), to: words("ter k")))
    #expect(CaseSearchIndex.narrows(words(""), to: words("a")))
    #expect(CaseSearchIndex.narrows(words("Ré"), to: words("rec")))  // folded alike: "re" begins "rec"
    #expect(!CaseSearchIndex.narrows(words("terr"), to: words("ter")))
    #expect(!CaseSearchIndex.narrows(words("ter k"), to: words("ter")))
    #expect(!CaseSearchIndex.narrows(words("ab"), to: words("xab")))
  }

  /// A rebuilt index reuses the texts of unchanged cases, makes the changed ones again, drops the
  /// removed ones and follows the new order.
  @Test func aRebuiltIndexFollowsChangesAndTheNewOrder() {
    let first = index(rows)
    var changedRows = rows.reversed().filter { $0.id.rawValue != "261127-CCCC" }
    changedRows[0] = Row(id: changedRows[0].id, flags: CaseSearchIndex.open, text: "Terrasse 9 · Nadia")
    var byID = Dictionary(uniqueKeysWithValues: changedRows.map { ($0.id, $0) })
    byID[IncidentID(rawValue: "261129-AAAA")] = Row(id: IncidentID(rawValue: "261129-AAAA"), flags: CaseSearchIndex.open, text: "stale text")
    var rebuilt = CaseSearchIndex(order: changedRows.map(\.id), flags: { byID[$0]?.flags }, reusing: first, changed: [changedRows[0].id],
                                  text: { byID[$0].map { SearchText($0.text) } })
    #expect(rebuilt.ids == changedRows.map(\.id))
    for filter in ["terrasse", "nadia", "t", "léa", "récup", "stale"] {
      #expect(search(&rebuilt, filter, scope: .all) == expected(changedRows, filter, scope: .all), "\(filter)")
    }
  }
}
