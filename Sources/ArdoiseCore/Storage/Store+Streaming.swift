extension Store {
  /// Reads the cases `ids` from their logs a batch at a time on every core, hands each case to
  /// `transform` on the core that read it, and the results to `consume` in the order of `ids` on
  /// the calling thread. Nothing is kept: memory holds one batch, whatever the number of cases.
  /// A case whose log cannot be read is left out.
  public func forEachIncident<Output>(_ ids: [IncidentID], batchSize: Int = 256, transform: @escaping @Sendable (StoredIncident) -> Output,
                                      consume: (Output) -> Void) {
    let directory = directory
    var start = 0
    while start < ids.count {
      let batch = Array(ids[start..<min(ids.count, start + batchSize)])
      start += batch.count
      let outputs = ParallelMap.map(batch, minimumCount: 8) { id -> Output? in
        guard case .success(let entry) = Store.loadEntry(id, directory: directory), let incident = entry.incident else { return nil }
        return transform(StoredIncident(incident: incident, readOnlyReason: entry.readOnlyReason, problems: entry.problems))
      }
      for output in outputs {
        if let output { consume(output) }
      }
    }
  }
}
