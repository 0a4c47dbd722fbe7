extension Store {
  /// What the store knows of one case log.
  ///
  /// The replayed case and its summary are held in boxes: a case is several hundred bytes, and
  /// ten thousand entries are moved between arrays and dictionaries at every start, where a
  /// box moves as one pointer.
  struct Entry {
    var status: POSIXFile.Status
    /// Bytes of the log read so far (up to the last complete line).
    var consumed: Int
    var lineCount: Int
    var problems: [StoreProblem]
    var readOnlyReason: LocalizedText?
    private var incidentBox: Boxed<Incident>?
    private var summaryBox: Boxed<IncidentSummary>?

    /// The replayed case; nil until needed when the summary came from the cache.
    var incident: Incident? { incidentBox?.value }
    /// What the list needs; nil when the log holds no readable case.
    var summary: IncidentSummary? { summaryBox?.value }

    init(status: POSIXFile.Status, consumed: Int, lineCount: Int, incident: Incident?, problems: [StoreProblem],
         readOnlyReason: LocalizedText?) {
      self.status = status
      self.consumed = consumed
      self.lineCount = lineCount
      self.problems = problems
      self.readOnlyReason = readOnlyReason
      setIncident(incident)
    }

    /// A case known by its cached summary only: its log is read when the case itself is needed.
    init(status: POSIXFile.Status, lineCount: Int, cachedSummary: Boxed<IncidentSummary>) {
      self.status = status
      consumed = status.size
      self.lineCount = lineCount
      problems = []
      readOnlyReason = nil
      summaryBox = cachedSummary
    }

    /// Whether the log holds no complete line and no case: a `new` that died mid-write.
    var isStillborn: Bool { lineCount == 0 && incident == nil && summary == nil && readOnlyReason == nil }

    /// Keeps the summary in step with the replayed case.
    mutating func setIncident(_ incident: Incident?) {
      incidentBox = incident.map(Boxed.init)
      summaryBox = incident.map { Boxed(IncidentSummary($0, readOnlyReason: readOnlyReason)) }
    }
  }
}

/// An immutable value behind a reference, so that moving it costs one pointer.
final class Boxed<Value: Sendable>: Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
