import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The screen over a group: another site's case opens, but every write on it is refused in one
/// line, with no effect for the runtime; this site's cases are written as usual.
@Suite struct AppStateGroupTests {
  static let lyonCase = IncidentID(rawValue: "261128-LY0N")
  static let refusal = "✗ This case belongs to site “lyon”: read-only here, nothing was saved."

  /// The state with `id`'s checklist open.
  static func opened(_ id: IncidentID, language: Language = .english) -> AppState {
    var state = Fixtures.groupState(language)
    state.list.selectedID = id
    state.press(.enter)
    return state
  }

  @Test func theOtherSitesCaseIsListedWithItsSiteAndOpensReadOnly() {
    let state = Self.opened(Self.lyonCase)
    #expect(state.group?.site(of: Self.lyonCase) == "lyon")
    #expect(state.group?.site(of: IncidentID(rawValue: "261129-K7QF")) == "Le Petit Zinc")
    #expect(state.checklist?.incident == Self.lyonCase)
    #expect(state.status?.text == "Case of site “lyon”: read-only here.")
  }

  /// Payment, contact, note, evidence, follow-up, correction, an outcome, a document:
  /// each says the case is another site's, opens no form or question, and asks nothing of the
  /// runtime that writes.
  @Test(arguments: ["p", "c", "n", "e", "f", "a", "1"])
  func everyWriteOnTheOtherSitesCaseIsRefused(key: String) {
    var state = Self.opened(Self.lyonCase)
    let effects = state.press(.character(Character(key)))
    #expect(effects.allSatisfy { !$0.writesToCase }, "\(effects)")
    #expect(!state.isShowingFormOrQuestion, "\(String(describing: state.overlay))")
    #expect(state.status?.text == Self.refusal)
    #expect(state.checklist?.incident == Self.lyonCase)
  }

  /// The same keys on this site's case open a form, ask, or write: the refusal above is the
  /// group's, not the keys'.
  @Test(arguments: ["p", "c", "n", "e", "f", "a", "1"])
  func theSameKeysWorkOnThisSitesCase(key: String) {
    var state = Self.opened(IncidentID(rawValue: "261129-K7QF"))
    let effects = state.press(.character(Character(key)))
    #expect(state.isShowingFormOrQuestion || effects.contains(where: \.writesToCase), "\(key)")
    #expect(state.status?.text != Self.refusal)
  }

  /// A document from the `w` menu is refused when chosen, in French too.
  @Test func aDocumentIsRefusedInFrench() {
    var state = Self.opened(Self.lyonCase, language: .french)
    state.press(.character("w"))
    guard case .menu? = state.overlay else {
      Issue.record("no document menu: \(String(describing: state.overlay))")
      return
    }
    // `1` may begin 10 to 16: ⏎ chooses item 1.
    let effects = state.press(.character("1")) + state.press(.enter)
    #expect(effects.allSatisfy { !$0.writesToCase }, "\(effects)")
    #expect(!state.isShowingFormOrQuestion)
    #expect(state.status?.text == "✗ Ce dossier appartient au site «\u{202F}lyon\u{202F}»\u{202F}: lecture seule ici, rien n’est enregistré.")
  }

  /// A case this site holds too (both sync the same remote) is this site's, and writable.
  @Test func aCaseBothSitesHoldIsThisSites() {
    var state = Fixtures.groupState()
    let shared = Fixtures.threeCases[0]
    _ = state.update(.siteCasesChanged(site: "lyon", [IncidentSummary(shared)], removed: []))
    #expect(state.group?.otherSite(of: shared.incident.id) == nil)
    #expect(state.list.summaries.count == 5)
  }

  /// Another site's case removed there leaves the list (and its open checklist).
  @Test func aCaseRemovedAtTheOtherSiteLeaves() {
    var state = Self.opened(Self.lyonCase)
    _ = state.update(.siteCasesChanged(site: "lyon", [], removed: [Self.lyonCase]))
    #expect(state.list.summaries[Self.lyonCase] == nil)
    #expect(state.checklist == nil)
    #expect(state.group?.otherSite(of: Self.lyonCase) == nil)
  }
}

extension AppState {
  /// A form or a question to confirm is on screen.
  var isShowingFormOrQuestion: Bool {
    switch overlay {
    case .form?, .confirm?: true
    default: false
    }
  }
}
