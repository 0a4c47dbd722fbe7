import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The screen over a group's sites (`ardoise --group`) as exact text at 80×24 in both languages:
/// the case list with its site column, the figures per site and combined, the agenda with each
/// item's site.
@Suite struct GroupViewTests {
  @Test(arguments: [Language.english, .french])
  func caseListWithASiteColumn(language: Language) {
    let state = Fixtures.groupState(language)
    assertSnapshot(state.render(), named: "group-case-list-80x24-\(language.rawValue)")
  }

  @Test(arguments: [Language.english, .french])
  func figuresPerSiteThenCombined(language: Language) {
    var state = Fixtures.groupState(language)
    state.press(.character("s"))
    assertSnapshot(state.render(), named: "group-figures-80x24-\(language.rawValue)")
  }

  /// The note on figures per server cites each site's law, named, when they differ.
  @Test func theFiguresCiteEachSitesLaw() {
    var state = Fixtures.groupState(.english, size: Size(width: 80, height: 120))
    state.group?.jurisdictions["lyon"] = .englandAndWales
    state.press(.character("s"))
    let text = state.render().grid.lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
      .joined(separator: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
    #expect(text.contains("France: Figures to prevent and to train, never to sanction a server (art. L1331-2 C. trav.)."))
    #expect(text.contains("England and Wales: Figures to prevent and to train, never to sanction a server nor to take the loss out of their pay (ERA 1996, s. 13)."))
  }

  @Test(arguments: [Language.english, .french])
  func agendaWithEachItemsSite(language: Language) {
    var state = Fixtures.groupState(language)
    state.group?.siteOfCase[IncidentID(rawValue: "261125-P4QR")] = "lyon"
    state.press(.character("a"))
    _ = state.update(.agendaLoaded(AgendaViewTests.agenda()))
    assertSnapshot(state.render(), named: "group-agenda-80x24-\(language.rawValue)")
  }

  /// Each site's figures count its own cases only; the combined ones count them all.
  @Test func figuresAreCountedPerSite() {
    var state = Fixtures.groupState()
    state.press(.character("s"))
    guard case .statistics(let statistics)? = state.overlay else {
      Issue.record("no figures screen")
      return
    }
    #expect(statistics.sites.map(\.name) == ["Le Petit Zinc", "lyon"])
    #expect(statistics.sites.map(\.figures.count) == [3, 2])
    #expect(statistics.sites.map(\.figures.openCount) == [2, 1])
    #expect(statistics.figures.count == 5)
  }

  /// Without a group there is no site column and no figures per site.
  @Test func aSingleSiteShowsNoSiteColumn() {
    var state = Fixtures.state()
    #expect(state.render().grid.lines[1].hasPrefix("ID          Date"))
    state.press(.character("s"))
    guard case .statistics(let statistics)? = state.overlay else {
      Issue.record("no figures screen")
      return
    }
    #expect(statistics.sites.isEmpty)
  }
}
