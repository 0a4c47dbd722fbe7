import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The settings read again while running: a new jurisdiction swaps the playbook at once, and a
/// customer's file changed in `people/` refreshes what is shown and searched.
@Suite struct AppStateSettingsTests {
  private static func englandAndWales() throws -> Config {
    var config = Config()
    try config.set("restaurant.jurisdiction", to: "gb-eng")
    return config
  }

  @Test func aNewJurisdictionAsksForItsPlaybookAndTheChecklistShowsIt() throws {
    var state = Fixtures.state(size: Size(width: 100, height: 40))
    state.jurisdiction = .france
    state.press(.enter)
    #expect(state.render().grid.text.contains("Never make the server pay the bill"))
    #expect(state.update(.settingsRead(Config(), problem: nil)).isEmpty, "the same law: nothing to read")
    let effects = state.update(.settingsRead(try Self.englandAndWales(), problem: nil))
    #expect(effects == [.loadPlaybook(.englandAndWales)])
    _ = state.update(.playbookLoaded(Playbook.standard(for: .englandAndWales), jurisdiction: .englandAndWales, problem: nil))
    #expect(state.jurisdiction == .englandAndWales)
    #expect(state.playbook == Playbook.standard(for: .englandAndWales))
    let text = state.render().grid.text
    #expect(text.contains("Call 999 if anyone is threatened or in danger."), "\(text)")
    #expect(!text.contains("Never make the server pay the bill"))
    #expect(state.status == StatusMessage("Law: England and Wales — steps updated", .info))
    // The documents the law offers follow it: the protocol's enclosures are there now.
    state.press(.character("w"))
    guard case .menu(let menu)? = state.overlay else {
      Issue.record("no document menu")
      return
    }
    #expect(menu.items.contains { $0.label == "Information sheet (protocol, Annex 1)" })
  }

  @Test func theChecklistStaysOnTheStepItShows() throws {
    var state = Fixtures.state()
    state.jurisdiction = .france
    state.press(.enter)
    state.checklist?.selectedStep = try #require(Playbook.standard.index(of: .paymentOptions))
    _ = state.update(.settingSaved(key: "restaurant.jurisdiction", try Self.englandAndWales()))
    let england = Playbook.standard(for: .englandAndWales)
    _ = state.update(.playbookLoaded(england, jurisdiction: .englandAndWales, problem: nil))
    #expect(state.checklist?.selectedStep == england.index(of: .paymentOptions))
    // Saved from the settings screen: the status line still says so.
    #expect(state.status == StatusMessage("✓ Saved — restaurant.jurisdiction", .success))
  }

  @Test func aPlaybookFileThatCannotBeUsedIsSaid() throws {
    var state = Fixtures.state()
    state.jurisdiction = .france
    let problem = LocalizedText("playbook.toml:3: …", "playbook.toml:3: unknown key")
    _ = state.update(.playbookLoaded(Playbook.standard(for: .englandAndWales), jurisdiction: .englandAndWales, problem: problem))
    #expect(state.status == StatusMessage("✗ playbook.toml:3: unknown key", .error))
  }

  @Test func withNoJurisdictionGivenNothingIsAsked() throws {
    var state = Fixtures.state()
    #expect(state.update(.settingsRead(try Self.englandAndWales(), problem: nil)).isEmpty)
  }
}
