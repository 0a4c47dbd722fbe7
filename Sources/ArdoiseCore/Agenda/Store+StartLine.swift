extension Store {
  /// What the line shown at start needs ("3 actions due today, 1 overdue"): the items due today
  /// or overdue, each case read, counted and let go before the next, off the screen's thread.
  /// ``agendaCases(of:directory:)`` keeps every case's clocks and then every item at once, which at
  /// a hundred thousand cases more than doubled the screen's peak memory for two numbers.
  public static func startLineAgenda(of summaries: [IncidentSummary], directory: DataDirectory, rules: AgendaRules,
                                     today: CalendarDay) -> Agenda {
    var due: [AgendaItem] = []
    for summary in agendaSummaries(summaries) {
      guard let incident = incidentInPassing(summary.id, directory: directory) else { continue }
      let kind = incident.hasIdentifiedCustomer ? directory.customer(of: summary.id)?.kind : nil
      due += rules.items(for: AgendaCase(incident, debtorKind: kind), today: today).filter { $0.state == .today || $0.state == .overdue }
    }
    return Agenda(items: due, today: today)
  }
}
