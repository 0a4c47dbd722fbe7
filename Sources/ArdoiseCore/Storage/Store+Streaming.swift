import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

extension Store {
  /// Reads the cases `ids` from their logs a batch at a time on every core, hands each case to
  /// `transform` on the core that read it, and the results to `consume` in the order of `ids` on
  /// the calling thread. The next batch is read while `consume` takes the results of one, so the
  /// cores do not wait for the output. Nothing is kept: memory holds two batches, whatever the
  /// number of cases. A case whose log cannot be read is left out.
  public func forEachIncident<Output>(_ ids: [IncidentID], batchSize: Int = 256, transform: @escaping @Sendable (StoredIncident) -> Output,
                                      consume: (Output) -> Void) {
    let directory = directory
    let casesDescriptor = Glibc.open(directory.casesPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    defer { if casesDescriptor >= 0 { close(casesDescriptor) } }
    var start = 0
    func nextBatch() -> PendingBatch<Output>? {
      guard start < ids.count else { return nil }
      let batch = Array(ids[start..<min(ids.count, start + batchSize)])
      start += batch.count
      return PendingBatch {
        ParallelMap.map(batch, minimumCount: 8) { id -> Output? in
          Store.streamedIncident(id, casesDescriptor: casesDescriptor, directory: directory).map { transform($0.stored) }
        }
      }
    }
    var pending = nextBatch()
    while let current = pending {
      pending = nextBatch()
      for output in current.outputs() {
        if let output { consume(output) }
      }
    }
  }
}

extension Store {
  /// Case `id` read and replayed for ``forEachIncident(_:batchSize:transform:consume:)``: its log
  /// opened in the `cases/` folder already open as `casesDescriptor` (no path walk from the
  /// root), and nothing computed for the summary cache or the list. Nil when the log cannot be
  /// read or holds no case.
  ///
  /// `key`: the identity of the bytes replayed, when they are a sound log read to its end (what
  /// a line of the rendered cache made from them is valid for); nil otherwise.
  static func streamedIncident(_ id: IncidentID, casesDescriptor: Int32, directory: DataDirectory)
    -> (stored: StoredIncident, key: RenderedCaseCache.LogKey?)?
  {
    guard casesDescriptor >= 0 else {
      guard case .success(let entry) = loadEntry(id, directory: directory), let incident = entry.incident else { return nil }
      return (StoredIncident(incident: incident, readOnlyReason: entry.readOnlyReason, problems: entry.problems), entry.renderKey)
    }
    let descriptor = openat(casesDescriptor, id.rawValue + ".jsonl", O_RDONLY | POSIXFile.safeFlags)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    // A symbolic link is refused by the open; a FIFO or a device is not a log.
    guard let status = POSIXFile.status(descriptor: descriptor), status.mode & UInt32(S_IFMT) == UInt32(S_IFREG) else { return nil }
    let path = directory.logPath(id)
    // A log that cannot be read is left out, as a full load leaves it out of the list.
    guard let bytes = try? POSIXFile.read(descriptor, from: 0, expectedSize: status.size, limit: FileLimits.log, path: path) else { return nil }
    let replayed = replayed(bytes, id: id, file: directory.relative(path))
    guard let incident = replayed.incident else { return nil }
    var key: RenderedCaseCache.LogKey?
    if bytes.count == status.size, replayed.reading.consumed == bytes.count, replayed.problems.isEmpty, replayed.readOnlyReason == nil {
      let tail = bytes.withUnsafeBufferPointer(SummaryCache.tail(ofLogEndingWith:))
      if tail != 0 { key = RenderedCaseCache.LogKey(status: status, tail: tail) }
    }
    return (StoredIncident(incident: incident, readOnlyReason: replayed.readOnlyReason, problems: replayed.problems), key)
  }
}

/// One batch of ``Store/forEachIncident(_:batchSize:transform:consume:)`` being read on other
/// threads; ``outputs()`` waits for it. Its outputs are written once, by that work, and read
/// only after it ended.
private final class PendingBatch<Output>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var results: [Output?] = []

  init(_ work: @escaping @Sendable () -> [Output?]) {
    DispatchQueue.global().async(group: group) { self.results = work() }
  }

  func outputs() -> [Output?] {
    group.wait()
    return results
  }
}
