extension Store {
  /// The measures recorded on every case (read in full), whatever the day of its walkout.
  public func measuresTaken() -> [MeasureEntry] {
    summaries.sorted { $0.id < $1.id }.flatMap { incidentInPassing($0.id)?.measures ?? [] }
  }
}
