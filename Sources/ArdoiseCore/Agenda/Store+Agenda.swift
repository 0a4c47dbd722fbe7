extension Store {
  /// What the agenda needs of every case that has dates left: open cases, and closed ones still
  /// holding personal data (their purge day). Reads those cases in full, and their customer's kind.
  public func agendaCases() -> [AgendaCase] {
    Self.agendaSummaries(summaries).compactMap { summary in
      guard let incident = incidentInPassing(summary.id) else { return nil }
      let kind = incident.hasIdentifiedCustomer ? customer(of: summary.id)?.kind : nil
      return AgendaCase(incident, debtorKind: kind)
    }
  }

  /// ``agendaCases()`` for the cases of `summaries`, each read from `directory` without the
  /// store: safe off the screen's thread (the start line at a hundred thousand cases).
  public static func agendaCases(of summaries: [IncidentSummary], directory: DataDirectory) -> [AgendaCase] {
    agendaSummaries(summaries).compactMap { summary in
      guard let incident = incidentInPassing(summary.id, directory: directory) else { return nil }
      let kind = incident.hasIdentifiedCustomer ? directory.customer(of: summary.id)?.kind : nil
      return AgendaCase(incident, debtorKind: kind)
    }
  }

  /// The cases with dates left, in id order.
  static func agendaSummaries(_ summaries: [IncidentSummary]) -> [IncidentSummary] {
    summaries.filter { $0.isOpen || ($0.hasIdentifiedCustomer && !$0.isPurged) }.sorted { $0.id < $1.id }
  }
}
