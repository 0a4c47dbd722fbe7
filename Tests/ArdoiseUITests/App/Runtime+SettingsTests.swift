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
