import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The settings screen: every key grouped with its explanation, checked as typed, saved as one
/// effect; a broken config.toml is shown with file and line and the last good settings stay.
@Suite struct SettingsStateTests {
  static func openSettings(_ language: Language = .english, size: Size = Size(width: 80, height: 40)) -> AppState {
    var state = Fixtures.state(language, size: size)
    var config = Config()
    config.restaurantName = "Le Petit Zinc"
    _ = state.update(.settingsRead(config, problem: nil))
    state.press(.character("c"))
    return state
  }

  @Test func everyKeyConfigKnowsIsOnTheScreenUnderAGroup() {
    #expect(Set(SettingsState.orderedKeys) == Set(Config.keys.map(\.key)))
    #expect(SettingsState.orderedKeys.count == Config.keys.count)
    let text = Self.openSettings(size: Size(width: 80, height: 60)).render().grid.text
    for title in ["Restaurant identity", "Jurisdiction and language", "Recovery", "Privacy", "Mail and print", "Theme"] {
      #expect(text.contains(title), "group \(title)")
    }
    #expect(text.contains("│ › restaurant.name                Le Petit Zinc"))
    #expect(text.contains("restaurant.name — restaurant name (screen title)"))
    #expect(Keymap.bindings(for: .caseList).contains { $0.command == .openSettings && $0.keyLabel == "c" })
  }

  /// End and Home reach the last and first keys, as in every other list; while a value is typed
  /// they move in the value.
  @Test func endAndHomeReachTheLastAndFirstKeys() {
    var state = Self.openSettings(size: Size(width: 80, height: 24))
    state.press(.end)
    guard case .settings(let last)? = state.overlay else { Issue.record("no settings"); return }
    #expect(last.selectedKey == SettingsState.orderedKeys.last)
    state.press(.home)
    guard case .settings(let first)? = state.overlay else { Issue.record("no settings"); return }
    #expect(first.selectedKey == SettingsState.orderedKeys.first)
    state.press(.enter)
    state.type("Zinc")
    state.press(.home)
    state.type("Le ")
    #expect(state.press(.enter) == [.saveSetting(key: "restaurant.name", value: "Le Le Petit ZincZinc")])
  }

  @Test func aSIRETWithAWrongCheckDigitIsRefusedAsTyped() {
    var state = Self.openSettings(.french)
    while case .settings(let screen)? = state.overlay, screen.selectedKey != "restaurant.company_number" { state.press(.down) }
    state.press(.enter)
    state.type("732 829 320 00075")
    #expect(state.press(.enter).isEmpty)
    #expect(state.render().grid.text.contains("✗ SIRET invalide\u{202F}: la clé de contrôle ne correspond pas (faute de frappe\u{202F}?)"))
    state.press(.backspace)
    state.type("4")
    #expect(state.press(.enter) == [.saveSetting(key: "restaurant.company_number", value: "732 829 320 00074")])
  }

  @Test func anInvalidIBANAndASavedValue() {
    var state = Self.openSettings()
    while case .settings(let screen)? = state.overlay, screen.selectedKey != "restaurant.iban" { state.press(.down) }
    state.press(.enter)
    state.type("GB29 NWBK 6016 1331 9268 18")
    #expect(state.press(.enter).isEmpty)
    #expect(state.render().grid.text.contains("✗ invalid IBAN"))
    var config = state.settings
    config.iban = "GB29 NWBK 6016 1331 9268 19"
    _ = state.update(.settingSaved(key: "restaurant.iban", config))
    let text = state.render().grid.text
    #expect(text.contains("✓ Saved — restaurant.iban"))
    #expect(text.contains("│ › restaurant.iban                GB29 NWBK 6016 1331 9268 19"))
    #expect(!text.contains("New value:"))
  }

  @Test func escCancelsTheEditThenClosesTheScreen() {
    var state = Self.openSettings()
    state.press(.enter)
    state.type("x")
    state.press(.escape)
    #expect(state.keyContext == .settings)
    state.press(.escape)
    #expect(state.overlay == nil)
  }

  @Test func aBrokenFileIsShownWithFileAndLineAndTheLastGoodSettingsStay() {
    var state = Self.openSettings()
    let problem = LocalizedText("config.toml:3: TOML invalide", "config.toml:3: invalid TOML")
    _ = state.update(.settingsRead(Config(), problem: problem))
    #expect(state.settings.restaurantName == "Le Petit Zinc")
    #expect(state.restaurantName == "Le Petit Zinc")
    let text = state.render().grid.text
    #expect(text.contains("✗ config.toml:3: invalid TOML — previous settings kept"))
    var mended = Config()
    mended.restaurantName = "Chez Léa"
    _ = state.update(.settingsRead(mended, problem: nil))
    #expect(state.restaurantName == "Chez Léa")
    #expect(state.settingsProblem == nil)
  }

  @Test func aDocumentNoticeWithFieldsToCompleteOpensTheSettingsOnThem() {
    var state = Fixtures.state()
    state.press(.enter)
    _ = state.update(.documentWritten(path: "documents/x.md", warnings: [LocalizedText("nom du restaurant à compléter", "restaurant name to complete")]))
    #expect(state.render().grid.text.contains("⏎/Esc: close · c: complete the settings, then w again"))
    state.press(.character("c"))
    guard case .settings(let screen)? = state.overlay else {
      Issue.record("no settings screen")
      return
    }
    #expect(screen.selectedKey == "restaurant.name")
    #expect(state.render().grid.text.contains("│   restaurant.legal_name          to complete"))
    state.press(.escape)
    #expect(state.checklist != nil, "back on the case, to write the document again")
  }
}
