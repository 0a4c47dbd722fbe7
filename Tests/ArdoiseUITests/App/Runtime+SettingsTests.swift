import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The runtime follows `config.toml` changed elsewhere at the next tick, keeps the last good
/// settings while it is broken, and writes the customer card and the settings to disk.
@Suite struct RuntimeSettingsTests {
  typealias Workspace = RuntimeTests.Workspace

  @Test func aConfigChangedByAnotherProcessIsPickedUpAtTheNextTick() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let terminal = MemoryTerminal()
    let runtime = RuntimeTests.runtime(store, terminal: terminal)
    var config = Config()
    config.restaurantName = "Chez Léa"
    try config.save(to: workspace.directory)
    runtime.handle(nil)
    #expect(runtime.state.settings.restaurantName == "Chez Léa")
    #expect(runtime.state.restaurantName == "Chez Léa")

    try Data("[restaurant]\nname = \"Le Zinc\n".utf8).write(to: URL(fileURLWithPath: workspace.directory.configPath))
    runtime.handle(nil)
    runtime.present()
    #expect(runtime.state.restaurantName == "Chez Léa", "the last good settings stay")
    #expect(runtime.state.settingsProblem?.english.hasPrefix("config.toml:2: invalid TOML") == true)
    #expect(terminal.presentedGrid?.text.contains("✗ previous settings kept — config.toml:2:") == true)
  }

  @Test func aSettingTypedOnTheScreenIsSavedToTheFile() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let terminal = MemoryTerminal()
    let runtime = RuntimeTests.runtime(store, terminal: terminal)
    RuntimeTests.press(runtime, .character("c"), .enter)
    RuntimeTests.type(runtime, "Le Petit Zinc")
    RuntimeTests.press(runtime, .enter)
    #expect(terminal.presentedGrid?.text.contains("✓ Saved — restaurant.name") == true)
    #expect(Config.load(from: workspace.directory).config.restaurantName == "Le Petit Zinc")
    // Its own write is no change from elsewhere: nothing more to read at the next tick.
    #expect(runtime.settingsChangedOnDisk().isEmpty)
  }

  /// A change of `restaurant.jurisdiction` made elsewhere swaps the running screen's playbook at
  /// the next tick: the new law's steps, with the restaurant's `playbook.toml` applied as at start.
  @Test func aNewJurisdictionOnDiskSwapsThePlaybookWithTheRestaurantsFileApplied() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    try Data("""
      [[step]]
      id = "stay-calm"

      [[step.sub_action]]
      id = "tell-the-manager"
      fr = "Prévenir le responsable"
      en = "Tell the manager on duty"

      """.utf8).write(to: URL(fileURLWithPath: workspace.directory.playbookPath))
    let url = URL(fileURLWithPath: workspace.directory.path)
    var state = AppState(language: .english, size: Size(width: 100, height: 40), playbook: Playbook.load(dataDirectory: url).playbook,
                         clock: Fixtures.now, timeZone: Fixtures.utc)
    state.jurisdiction = .france
    let terminal = MemoryTerminal(size: Size(width: 100, height: 40))
    let runtime = Runtime(state: state, terminal: terminal, store: store, clock: { Fixtures.now }, tickInterval: .seconds(3600),
                          writeDocument: { _, _, _, _ in .failure(Refusal(LocalizedText("non", "no"))) }, switchTheme: { ($0, nil) })
    var config = Config()
    try config.set("restaurant.jurisdiction", to: "gb-eng")
    try config.save(to: workspace.directory)
    runtime.handle(nil)
    #expect(runtime.state.jurisdiction == .englandAndWales)
    #expect(runtime.state.playbook == Playbook.load(dataDirectory: url, jurisdiction: .englandAndWales).playbook)
    let stayCalm = try #require(runtime.state.playbook.step(.stayCalm))
    #expect(stayCalm.subActions.contains { $0.id == "tell-the-manager" })
    #expect(stayCalm.guardrails.contains { $0.text.english == "Call 999 if anyone is threatened or in danger." })
    #expect(runtime.agendaRules.clocks == AgendaClocks.forJurisdiction(.englandAndWales, config: config))
  }

  /// A customer's file changed in `people/` with no change to the case's log (an editor, a
  /// sync) is read again: the open checklist's header and the filter follow it.
  @Test func aCustomerFileChangedOnItsOwnIsShownAndSearched() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 1000))).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", phone: "0600000000"))
    let terminal = MemoryTerminal()
    let runtime = RuntimeTests.runtime(store, terminal: terminal)
    RuntimeTests.press(runtime, .character("/"))
    RuntimeTests.type(runtime, "Dupont")
    RuntimeTests.press(runtime, .enter)
    #expect(runtime.state.list.visible == [id])
    RuntimeTests.press(runtime, .enter)
    #expect(terminal.presentedGrid?.text.contains("Customer: Jean Dupont 0600000000") == true)
    let log = try Data(contentsOf: URL(fileURLWithPath: workspace.directory.logPath(id)))
    // Written in place, as an editor may: the log is untouched.
    let text = "kind = \"consumer\"\nname = \"Jeanne Durand\"\nphone = \"0611111111\"\n"
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: workspace.directory.personPath(id)))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
    runtime.handle(nil)
    runtime.present()
    #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.directory.logPath(id))) == log)
    #expect(terminal.presentedGrid?.text.contains("Customer: Jeanne Durand 0611111111") == true)
    // Back to the list; the filter cleared, then typed again.
    RuntimeTests.press(runtime, .escape, .character("/"), .escape, .character("/"))
    RuntimeTests.type(runtime, "Durand")
    #expect(runtime.state.list.visible == [id])
    RuntimeTests.press(runtime, .escape, .character("/"))
    RuntimeTests.type(runtime, "Dupont")
    #expect(runtime.state.list.visible.isEmpty)
  }

  /// The settings screen changes the line of the key it sets and nothing else of the file.
  @Test func aSettingSavedFromTheScreenKeepsTheFilesComments() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let original = "# Kept by hand.\n\n[restaurant]\nname = \"Zinc\"  # the sign\n\n# Law\n[ardoise]\nlanguage = \"en\"\n"
    try Data(original.utf8).write(to: URL(fileURLWithPath: workspace.directory.configPath))
    let terminal = MemoryTerminal()
    let runtime = RuntimeTests.runtime(store, terminal: terminal)
    RuntimeTests.press(runtime, .character("c"), .enter, .control("u"))
    RuntimeTests.type(runtime, "Le Petit Zinc")
    RuntimeTests.press(runtime, .enter)
    #expect(terminal.presentedGrid?.text.contains("✓ Saved — restaurant.name") == true)
    let written = try String(contentsOfFile: workspace.directory.configPath, encoding: .utf8)
    #expect(written == original.replacingOccurrences(of: "name = \"Zinc\"", with: "name = \"Le Petit Zinc\""))
  }

  @Test func theCustomerCardSavesToPeopleAndTheLogNamesOnlyTheFields() throws {
    let workspace = Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 1000))).id
    let terminal = MemoryTerminal()
    let runtime = RuntimeTests.runtime(store, terminal: terminal)
    RuntimeTests.press(runtime, .enter, .character("C"), .enter)
    RuntimeTests.type(runtime, "Jean Dupont")
    RuntimeTests.press(runtime, .tab)
    RuntimeTests.type(runtime, "0600000000")
    RuntimeTests.press(runtime, .enter)
    let text = terminal.presentedGrid?.text ?? ""
    #expect(text.contains("✓ Saved — customer card: added"))
    #expect(text.contains("Name            Jean Dupont"))
    #expect(try workspace.store().readCustomer(of: id).identity?.phone == "0600000000")
    let log = try String(contentsOfFile: workspace.directory.logPath(id), encoding: .utf8)
    #expect(!log.contains("Dupont") && !log.contains("0600000000"))
    RuntimeTests.press(runtime, .character("d"), .character("y"))
    #expect(terminal.presentedGrid?.text.contains("✓ Saved — customer’s details removed") == true)
    #expect(try workspace.store().readCustomer(of: id) == .none)
  }
}
