import ArdoiseCore

extension AppState {
  /// The work that builds the filter's index off the screen's thread, when it is missing or out
  /// of date (nil: it is ready). It works on a copy of the list; its result comes back as
  /// ``Action/searchPrepared(_:)``. `readCustomer` gives an identified case's customer as the
  /// filter searches it (name, company, phone).
  public func searchPreparation(readCustomer: @escaping @Sendable (IncidentID) -> String?) -> (@Sendable () -> PreparedSearch)? {
    guard list.search.needsIndex, !list.order.isEmpty else { return nil }
    let list = list
    let playbook = playbook
    let language = language
    return { list.prepareSearch(playbook: playbook, language: language, readCustomer: readCustomer) }
  }
}
