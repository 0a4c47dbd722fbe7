extension Store {
  /// What the store knows of one case log.
  ///
  /// The replayed case is held in a box and the summary shares its fields: a case is several
  /// hundred bytes, and a hundred thousand entries are moved between arrays and dictionaries at
  /// every start, where a box moves as one pointer.
  struct Entry {
    var status: POSIXFile.Status
    /// Bytes of the log read so far (up to the last complete line).
    var consumed: Int
    var lineCount: Int
    /// The checksum ending the log's last line read, packed (see ``SummaryCache/Entry/tail``);
    /// 0 when unknown.
    var tail: UInt64 = 0
    /// Problems found in the log; rare, so kept out of line with ``readOnlyReason``.
    var problems: [StoreProblem] {
      get { rare?.value.problems ?? [] }
      set { rare = Self.rare(problems: newValue, readOnlyReason: readOnlyReason) }
    }
    var readOnlyReason: LocalizedText? {
      get { rare?.value.readOnlyReason }
      set { rare = Self.rare(problems: problems, readOnlyReason: newValue) }
    }
    /// The problems and the reason for being read-only, nil when there are none: a hundred
    /// thousand sound entries are 32 bytes smaller each than with both in line.
    private var rare: Boxed<Rare>?
    /// False once the log changed in place under what was read (same size, another modification
    /// time): what is held may not be what a full read would give, so it never goes to the cache.
    var mayCache = true
    private var incidentBox: Boxed<Incident>?
    /// What the list needs; nil when the log holds no readable case.
    private(set) var summary: IncidentSummary?

    /// The replayed case; nil until needed when the summary came from the cache.
    var incident: Incident? { incidentBox?.value }

    init(status: POSIXFile.Status, consumed: Int, lineCount: Int, incident: Incident?, problems: [StoreProblem],
         readOnlyReason: LocalizedText?) {
      self.status = status
      self.consumed = consumed
      self.lineCount = lineCount
      rare = Self.rare(problems: problems, readOnlyReason: readOnlyReason)
      setIncident(incident)
    }

    /// A case known by its cached summary only: its log is read when the case itself is needed.
    init(cached: SummaryCache.Entry) {
      status = cached.status
      consumed = cached.status.size
      lineCount = cached.lineCount
      tail = cached.tail
      summary = cached.summary
    }

    /// What an entry keeps of its rare fields.
    struct Rare: Sendable {
      var problems: [StoreProblem]
      var readOnlyReason: LocalizedText?
    }

    private static func rare(problems: [StoreProblem], readOnlyReason: LocalizedText?) -> Boxed<Rare>? {
      problems.isEmpty && readOnlyReason == nil ? nil : Boxed(Rare(problems: problems, readOnlyReason: readOnlyReason))
    }

    /// Whether the log holds no complete line and no case: a `new` that died mid-write.
    var isStillborn: Bool { lineCount == 0 && incident == nil && summary == nil && readOnlyReason == nil }

    /// Keeps the summary in step with the replayed case.
    mutating func setIncident(_ incident: Incident?) {
      incidentBox = incident.map(Boxed.init)
      summary = incident.map { IncidentSummary($0, readOnlyReason: readOnlyReason) }
    }

    /// Forgets the replayed case, keeping its summary (a sound case need not stay in memory
    /// event by event).
    mutating func dropIncident() { incidentBox = nil }

    /// Whether the summary may go to the cache: the log read to its end, nothing wrong with it.
    var isCacheable: Bool {
      mayCache && problems.isEmpty && readOnlyReason == nil && summary != nil && consumed == status.size && tail != 0
    }

    /// What a rendered line made from this case is valid for, when it may be cached.
    var renderKey: RenderedCaseCache.LogKey? {
      guard isCacheable else { return nil }
      return RenderedCaseCache.LogKey(status: status, tail: tail)
    }

    /// The cache entry for this case, when it may be cached.
    var cacheEntry: SummaryCache.Entry? {
      guard isCacheable, let summary else { return nil }
      return SummaryCache.Entry(status: status, lineCount: lineCount, tail: tail, summary: summary)
    }
  }
}

/// An immutable value behind a reference, so that moving it costs one pointer.
final class Boxed<Value: Sendable>: Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
