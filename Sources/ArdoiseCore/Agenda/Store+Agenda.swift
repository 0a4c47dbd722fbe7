extension Store {
  /// What the agenda needs of every case that has dates left: open cases, and closed ones still
  /// holding personal data (their purge day). Reads those cases in full, and their customer's kind.
  public func agendaCases() -> [AgendaCase] {
    summaries.filter { $0.isOpen || ($0.hasIdentifiedCustomer && !$0.isPurged) }
      .sorted { $0.id < $1.id }
      .compactMap { summary in
        guard let incident = incidentInPassing(summary.id) else { return nil }
        let kind = incident.hasIdentifiedCustomer ? customer(of: summary.id)?.kind : nil
        return AgendaCase(incident, debtorKind: kind)
      }
  }
}
