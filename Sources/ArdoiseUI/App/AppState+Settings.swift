import ArdoiseCore

extension AppState {
  /// The customer's details and the restaurant's settings as the runtime reads and saves them.
  mutating func updateCustomerAndSettings(_ action: Action) -> [Effect] {
    switch action {
    case .customerRead(let id, let reading):
      customers[id] = reading
    case .customersChangedOnDisk(let readings):
      for (id, reading) in readings where cases[id] != nil || customers[id] != nil { customers[id] = reading }
      list.updateCustomerTexts(readings.mapValues { $0.identity.flatMap(CaseRow.customerSearchText) }, context: screenContext)
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
        if hadProblem { status = StatusMessage(localized(LocalizedText("config.toml se lit de nouveau : réglages à jour", "config.toml reads again: settings updated")), .info) }
        return adopt(config)
      }
    case .settingSaved(let key, let config):
      settingsProblem = nil
      if case .settings(var screen)? = overlay {
        screen.didSave(key)
        overlay = .settings(screen)
      }
      status = StatusMessage("✓ " + localized(LocalizedText("Enregistré", "Saved")) + " — " + key, .success)
      return adopt(config)
    case .playbookLoaded(let playbook, let jurisdiction, let problem):
      use(playbook, jurisdiction: jurisdiction)
      if let problem {
        status = StatusMessage("✗ " + localized(problem), .error)
      } else if status?.kind != .success {
        status = StatusMessage(localized(LocalizedText("Droit applicable\u{202F}: ", "Law: ") + jurisdiction.name
          + LocalizedText(" — étapes mises à jour", " — steps updated")), .info)
      }
    default:
      break
    }
    return []
  }

  /// Uses `config` from now on: the title's name, the currency, the formal demand's days; a
  /// new jurisdiction asks for its playbook.
  private mutating func adopt(_ config: Config) -> [Effect] {
    settings = config
    restaurantName = config.restaurantName
    currency = config.currency
    demandDays = config.demandDays(for: config.jurisdiction)
    // Unknown (nil) only where no jurisdiction was given at start: every document is listed then.
    guard let jurisdiction, jurisdiction != config.jurisdiction else { return [] }
    return [.loadPlaybook(config.jurisdiction)]
  }

  /// Uses the playbook of `jurisdiction` from now on: the list's steps, the open checklist (kept
  /// on the step it shows when the new playbook has it), the documents the law offers.
  private mutating func use(_ playbook: Playbook, jurisdiction: Jurisdiction) {
    let shownStep = checklist.flatMap { self.playbook.steps.indices.contains($0.selectedStep) ? self.playbook.steps[$0.selectedStep].id : nil }
    self.playbook = playbook
    self.jurisdiction = jurisdiction
    list.apply(summaries: Array(list.summaries.values), removed: [], context: screenContext)
    if let open = checklist, let incident = cases[open.incident]?.incident {
      var reopened = ChecklistState(opening: incident, playbook: playbook)
      if let shownStep, let index = playbook.index(of: shownStep) { reopened.selectedStep = index }
      reopened.pane = open.pane
      checklist = reopened
    }
  }
}
