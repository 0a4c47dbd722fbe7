import ArdoiseCore
import Foundation

/// The customer's details and the restaurant's settings, read and written for the screen.
extension Runtime {
  /// A case read in full, with what `people/` holds for it.
  func loaded(_ stored: StoredIncident) -> [Action] {
    [.caseLoaded(stored), .customerRead(stored.incident.id, siteStore(of: stored.incident.id).readCustomer(of: stored.incident.id))]
  }

  /// Saves or removes a customer's details, then reads the case and the file back.
  func saveCustomer(_ id: IncidentID, _ change: () throws -> LocalizedText) -> [Action] {
    do {
      let message = try change()
      guard let stored = store.incident(id) else { return [] }
      return [.customerSaved(stored, store.readCustomer(of: id), message: message)]
    } catch let error as StoreError {
      return [.failed(StoreErrorText.localized(error), current: store.incident(id))]
    } catch {
      return [.failed(LocalizedText("erreur inattendue : \(error)", "unexpected error: \(error)"), current: store.incident(id))]
    }
  }

  /// The customers' files in `people/` changed since the last look (`ardoise identify` in
  /// another terminal, an editor, a sync), read again for the cases the screen shows or
  /// searches by name and phone, even when their logs did not change.
  func customersChangedOnDisk() -> [Action] {
    let stamps = CustomerFileStamps.read(in: store.directory)
    let changed = stamps.changed(since: customerStamps)
    customerStamps = stamps
    let wanted = changed.filter { state.cases[$0] != nil || state.list.search.customers != nil }
    guard !wanted.isEmpty else { return [] }
    return [.customersChangedOnDisk(Dictionary(uniqueKeysWithValues: wanted.map { ($0, store.readCustomer(of: $0)) }))]
  }

  /// `config.toml` read again when it changed since last read: the new settings, or why the
  /// file is broken (the screen then keeps the last good ones).
  func settingsChangedOnDisk() -> [Action] {
    let stamp = Config.fileStamp(in: store.directory)
    guard stamp != configStamp else { return [] }
    configStamp = stamp
    let (config, errors) = Config.load(from: store.directory)
    if let first = errors.first {
      return [.settingsRead(config, problem: LocalizedText(french: first.message(.french), english: first.message(.english)))]
    }
    return [.settingsRead(config, problem: nil)]
  }

  /// The playbook of `jurisdiction` with the restaurant's `playbook.toml` applied, as at start,
  /// and the agenda's clocks of that law.
  func loadPlaybook(for jurisdiction: Jurisdiction) -> [Action] {
    let loaded = Playbook.load(dataDirectory: URL(fileURLWithPath: store.directory.path), jurisdiction: jurisdiction)
    agendaRules = AgendaRules(clocks: .forJurisdiction(jurisdiction, config: state.settings))
    return [.playbookLoaded(loaded.playbook, jurisdiction: jurisdiction, problem: loaded.errors.first?.localizedMessage)]
  }

  /// Sets one key in `config.toml` as it is on disk now (never over a file that cannot be read
  /// in full, which would lose what it holds) and saves it atomically.
  func saveSetting(_ key: String, _ value: String) -> [Action] {
    let (current, errors) = Config.load(from: store.directory)
    if let first = errors.first {
      return [.failed(LocalizedText("config.toml ne se lit pas en entier, rien n’est enregistré : ", "config.toml cannot be read in full, nothing saved: ")
        + LocalizedText(french: first.message(.french), english: first.message(.english)), current: nil)]
    }
    var config = current
    do {
      try config.set(key, to: value)
      try config.save(to: store.directory)
    } catch let error as ConfigError {
      return [.failed(LocalizedText(french: error.message(.french), english: error.message(.english)), current: nil)]
    } catch let error as StoreError {
      return [.failed(StoreErrorText.localized(error), current: nil)]
    } catch {
      return [.failed(LocalizedText("erreur inattendue : \(error)", "unexpected error: \(error)"), current: nil)]
    }
    configStamp = Config.fileStamp(in: store.directory)
    return [.settingSaved(key: key, config)]
  }
}
