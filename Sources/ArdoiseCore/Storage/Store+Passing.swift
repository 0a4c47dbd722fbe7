extension Store {
  /// Case `id` read in full for one pass over many cases (the agenda, the advice): a case already
  /// in memory is used as it is, any other is read from its log and not kept, so reading every
  /// case does not hold every event in memory afterwards.
  func incidentInPassing(_ id: IncidentID) -> Incident? {
    if let entry = entries[id], let incident = entry.incident { return incident }
    return Store.incidentInPassing(id, directory: directory)
  }

  /// Case `id` read in full from its log in `directory`, touching no store: for a pass over many
  /// cases made off the screen's thread (the start line, the figures' measures).
  static func incidentInPassing(_ id: IncidentID, directory: DataDirectory) -> Incident? {
    guard IncidentID.isWellFormed(id.rawValue), case .success(let entry) = Store.loadEntry(id, directory: directory) else { return nil }
    return entry.incident
  }
}
