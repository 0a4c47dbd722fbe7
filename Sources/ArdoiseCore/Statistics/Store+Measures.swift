extension Store {
  /// The measures recorded on every case (read in full), whatever the day of its walkout.
  public func measuresTaken() -> [MeasureEntry] {
    summaries.sorted { $0.id < $1.id }.flatMap { incidentInPassing($0.id)?.measures ?? [] }
  }

  /// The measures recorded on the cases of `summaries`, each read in full from its log in
  /// `directory` without the store: safe off the screen's thread.
  public static func measuresTaken(of summaries: [IncidentSummary], directory: DataDirectory) -> [MeasureEntry] {
    summaries.sorted { $0.id < $1.id }.flatMap { incidentInPassing($0.id, directory: directory)?.measures ?? [] }
  }
}
