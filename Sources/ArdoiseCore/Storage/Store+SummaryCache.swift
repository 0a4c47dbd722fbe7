import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the summary cache on disk lacks compared with what a store holds.
struct SummaryCacheState {
  /// Cases whose summary in memory is not known to be in the cache on disk.
  var stale: Set<IncidentID> = []
  /// Whether the snapshot should be written again: many superseded entries, or many entries for
  /// logs that are gone.
  var needsSnapshot = false
  /// A snapshot being written off the main thread.
  var compaction: SummaryCompaction?
  /// Called on the snapshot's thread before it writes (tests hold a snapshot back with it).
  var snapshotWillWrite: (@Sendable () -> Void)?

  /// More changed cases than this make a new snapshot rather than entries appended; so do more
  /// superseded or orphaned entries than this.
  static let staleLimit = 512

  /// Notes what a full load found in `cache` for `caseCount` cases.
  mutating func noteLoad(of cache: SummaryCache, caseCount: Int) {
    let superseded = cache.lineCount - cache.entries.count
    let orphans = max(0, cache.entries.count - caseCount)
    needsSnapshot = superseded + orphans > max(Self.staleLimit, caseCount / 4)
  }
}

/// A snapshot of the summary cache written on another thread.
final class SummaryCompaction: @unchecked Sendable {
  let group = DispatchGroup()
}

/// A value handed to another thread that the sender no longer changes (a copy-on-write copy).
struct Handed<Value>: @unchecked Sendable {
  let value: Value
}

extension Store {
  /// Brings the summary cache on disk up to date with what is loaded: the screen does after its
  /// first frame and on quit, `list` after a load that read logs (a write already journals its
  /// own case; other read-only commands never write). A few changed cases are appended to the
  /// journal; many, or a long journal, make a new snapshot. Failures are ignored: it is only a
  /// cache.
  public func saveSummaryCache() {
    guard usesSummaryCache, directory.isInitialized else { return }
    finishSummaryCompaction()
    if isFullyLoaded, cacheState.needsSnapshot || cacheState.stale.count > SummaryCacheState.staleLimit {
      compactSummaryCache(inBackground: writesSummaryCacheInBackground)
      return
    }
    let ids = cacheState.stale
    guard !ids.isEmpty else { return }
    let written = try? lock.withLock(timeout: .milliseconds(200)) { _ in
      SummaryCache.append(ids.compactMap { entries[$0]?.cacheEntry }, in: directory)
    }
    // Busy or failed: these cases stay stale and are simply read from their logs next time.
    if written == true { cacheState.stale.subtract(ids) }
  }

  /// Writes a new snapshot of every loaded case, under the lock.
  /// The entries are handed over as they are now; a case changed meanwhile is journaled by its
  /// write. Only for a store that holds every case.
  func compactSummaryCache(inBackground: Bool = false) {
    guard usesSummaryCache, isFullyLoaded, directory.isInitialized else { return }
    finishSummaryCompaction()
    let handed = Handed(value: entries)
    let directory = directory
    let lock = lock
    let since = POSIXFile.status(SummaryCache.path(in: directory)).map { (inode: $0.inode, size: $0.size) }
    let willWrite = cacheState.snapshotWillWrite
    cacheState.stale.removeAll()
    cacheState.needsSnapshot = false
    let work: @Sendable () -> Void = {
      willWrite?()
      let cacheable = handed.value.values.lazy.compactMap(\.cacheEntry)
      // Only a cache: a snapshot that cannot be written leaves the old one, or none.
      guard let temporary = try? SummaryCache.writeTemporarySnapshot(cacheable, in: directory) else { return }
      do {
        try lock.withLock { _ in try SummaryCache.install(temporary, in: directory, since: since) }
      } catch {
        unlink(temporary)
      }
    }
    guard inBackground else { return work() }
    let job = SummaryCompaction()
    DispatchQueue.global(qos: .utility).async(group: job.group, execute: work)
    cacheState.compaction = job
  }

  /// What the screen does as it quits: journals the few cases the cache lacks, and never waits
  /// for a snapshot being written on another thread, nor starts one (the process ends at once).
  ///
  /// A snapshot cut short is harmless: it is written to its own temp file and renamed over the
  /// cache only once complete (``SummaryCache/writeTemporarySnapshot(_:in:)``), so the cache on
  /// disk stays the old one, and the next start removes the temp file (its writer is gone). The
  /// cases it would have held are read from their logs then, as any cache miss is.
  public func saveSummaryCacheOnQuit() {
    guard usesSummaryCache, directory.isInitialized else { return }
    if let compaction = cacheState.compaction, compaction.group.wait(timeout: .now()) == .success {
      cacheState.compaction = nil
    }
    let ids = cacheState.stale
    // Too many to journal: they are read from their logs at the next start, which snapshots them.
    guard !ids.isEmpty, ids.count <= SummaryCacheState.staleLimit else { return }
    let written = try? lock.withLock(timeout: .milliseconds(50)) { _ in
      SummaryCache.append(ids.compactMap { entries[$0]?.cacheEntry }, in: directory)
    }
    // Busy or failed: these cases are simply read from their logs next time.
    if written == true { cacheState.stale.subtract(ids) }
  }

  /// Whether a snapshot is being written on another thread.
  var isWritingSummarySnapshot: Bool {
    guard let compaction = cacheState.compaction else { return false }
    return compaction.group.wait(timeout: .now()) == .timedOut
  }

  /// Waits for a snapshot being written on another thread, if any.
  public func finishSummaryCompaction() {
    cacheState.compaction?.group.wait()
    cacheState.compaction = nil
  }

  /// Appends case `id`'s summary to the cache; called under the lock by a write.
  func journalSummary(of id: IncidentID) {
    guard usesSummaryCache else { return }
    guard let entry = entries[id]?.cacheEntry, SummaryCache.append([entry], in: directory) else {
      cacheState.stale.insert(id)
      return
    }
    cacheState.stale.remove(id)
  }
}
