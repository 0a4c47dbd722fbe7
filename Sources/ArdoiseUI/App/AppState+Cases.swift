import ArdoiseCore

extension AppState {
  /// Brings cases read in full into the state (and their summaries into the list).
  mutating func apply(changed: [StoredIncident], removed: [IncidentID]) {
    for stored in changed { cases[stored.incident.id] = stored }
    apply(summaries: changed.map(IncidentSummary.init), removed: removed)
  }

  /// Brings changed summaries into the list, and the figures up to date while they show.
  mutating func apply(summaries changed: [IncidentSummary], removed: [IncidentID]) {
    for id in removed { cases[id] = nil }
    let context = screenContext
    list.apply(summaries: changed, removed: removed, context: context)
    if case .statistics(var statistics)? = overlay {
      statistics.figures = list.figures(context: context)
      statistics.sites = list.siteFigures(context: context)
      overlay = .statistics(statistics)
    }
  }

  /// Recomputes every row (the day changed: overdue marks move).
  mutating func rebuildRows() {
    apply(summaries: Array(list.summaries.values), removed: [])
  }
}
