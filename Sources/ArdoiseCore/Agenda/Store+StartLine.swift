extension Store {
  /// What the line shown at start says ("3 actions due today, 1 overdue"): how many items are
  /// due today and how many are overdue, each case read, counted and let go before the next, off
  /// the screen's thread. Only the two counts are kept: at a hundred thousand cases the items
  /// themselves (two overdue on each case of `ardoise-bench`'s data) held about 50 MiB for two
  /// numbers, and ``agendaCases(of:directory:)`` keeps every case's clocks, more again.
  public static func startLineCounts(of summaries: [IncidentSummary], directory: DataDirectory, rules: AgendaRules,
                                     today: CalendarDay) -> AgendaCounts {
    var counts = AgendaCounts()
    for summary in agendaSummaries(summaries) {
      guard let incident = incidentInPassing(summary.id, directory: directory) else { continue }
      let kind = incident.hasIdentifiedCustomer ? directory.customer(of: summary.id)?.kind : nil
      for item in rules.items(for: AgendaCase(incident, debtorKind: kind), today: today) { counts.count(item) }
    }
    return counts
  }
}
