import ArdoiseCore

extension AppState {
  /// The customer's details and the restaurant's settings as the runtime reads and saves them.
  mutating func updateCustomerAndSettings(_ action: Action) -> [Effect] {
    switch action {
    case .customerRead(let id, let reading):
      customers[id] = reading
    case .customerSaved(let stored, let reading, let message):
      apply(changed: [stored], removed: [])
      customers[stored.incident.id] = reading
      if case .form? = overlay { overlay = nil }
      if case .confirm? = overlay { overlay = nil }
      if checklist?.incident == stored.incident.id { overlay = .customer(CustomerCardState(incident: stored.incident.id)) }
      status = StatusMessage("✓ " + localized(LocalizedText("Enregistré", "Saved")) + " — " + localized(message), .success)
    case .settingsRead(let config, let problem):
      if let problem {
        settingsProblem = problem
        // The reason last: a long TOML message is cut at the screen's edge, never what it means.
        status = StatusMessage("✗ " + localized(LocalizedText("réglages précédents conservés — ", "previous settings kept — ")) + localized(problem), .error)
      } else {
        let hadProblem = settingsProblem != nil
        settingsProblem = nil
        adopt(config)
        if hadProblem { status = StatusMessage(localized(LocalizedText("config.toml se lit de nouveau : réglages à jour", "config.toml reads again: settings updated")), .info) }
      }
    case .settingSaved(let key, let config):
      settingsProblem = nil
      adopt(config)
      if case .settings(var screen)? = overlay {
        screen.didSave(key)
        overlay = .settings(screen)
      }
      status = StatusMessage("✓ " + localized(LocalizedText("Enregistré", "Saved")) + " — " + key, .success)
    default:
      break
    }
    return []
  }

  /// Uses `config` from now on: the title's name, the currency, the formal demand's days.
  private mutating func adopt(_ config: Config) {
    settings = config
    restaurantName = config.restaurantName
    currency = config.currency
    demandDays = config.demandDays(for: config.jurisdiction)
  }
}
