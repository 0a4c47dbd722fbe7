import ArdoiseCore

extension CaseListState {
  /// Builds the filter's index from this copy of the list, as typing would: for work off the
  /// screen's thread. Reads the customers of identified cases with `readCustomer` when they were
  /// not read yet.
  func prepareSearch(playbook: Playbook, language: Language, readCustomer: (IncidentID) -> String?) -> PreparedSearch {
    var list = self
    if list.needsCustomerTexts {
      var customers: [IncidentID: String] = [:]
      for (id, summary) in summaries where summary.hasIdentifiedCustomer {
        if let text = readCustomer(id) { customers[id] = text }
      }
      list.search.customers = customers
      // Every identified case's text changes with its customer.
      list.search.changed.formUnion(customers.keys)
    }
    return PreparedSearch(index: list.buildSearchIndex(playbook: playbook, language: language), customers: list.search.customers,
                          generation: search.generation)
  }

  /// Takes an index built ahead, unless the cases or customers changed since its copy was taken
  /// (then it is dropped and built again).
  mutating func install(_ prepared: PreparedSearch, context: ScreenContext) {
    guard prepared.generation == search.generation else { return }
    let customersAdded = search.customers == nil && prepared.customers != nil
    search.index = prepared.index
    search.customers = prepared.customers
    search.isStale = false
    search.changed = []
    // The customers were read with it: a filter already typed may now find more.
    if customersAdded, !filter.text.isEmpty { refreshVisible(context: context) }
  }
}
