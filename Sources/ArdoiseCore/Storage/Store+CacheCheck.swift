#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the summary cache said of one case's log when a load took its entry unchecked.
struct CachedLog: Sendable, Equatable {
  let id: IncidentID
  let status: POSIXFile.Status
  let tail: UInt64
}

/// The look at every log taken from the summary cache unchecked (``Store/checksCacheAfterLoad``):
/// run anywhere (it only reads files), then handed to ``Store/applyCachedCaseCheck(_:)`` on the
/// store's thread.
public struct CachedCaseCheck: Sendable {
  let directory: DataDirectory
  let logs: [CachedLog]

  /// How many logs it looks at.
  public var count: Int { logs.count }

  /// Looks at each log on every core: device, inode, size, modification time, and the checksum
  /// ending its last line, as a load does before it uses an entry.
  ///
  /// - Returns: the logs that no longer match what the cache said (changed, replaced, removed).
  public func run() -> CachedCaseCheckResult {
    let folder = open(directory.casesPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else { return CachedCaseCheckResult(changed: logs) }
    defer { close(folder) }
    let matches = ParallelMap.map(logs) { log in
      SummaryCache.logMatches(status: log.status, tail: log.tail, log: log.id.rawValue + ".jsonl", in: folder)
    }
    return CachedCaseCheckResult(changed: zip(logs, matches).filter { !$0.1 }.map(\.0))
  }
}

/// The logs found changed by a ``CachedCaseCheck``.
public struct CachedCaseCheckResult: Sendable, Equatable {
  let changed: [CachedLog]

  /// The cases whose logs changed since the cache was written.
  public var changedIDs: [IncidentID] { changed.map(\.id) }
}

extension Store {
  /// Puts the cache's entry of each of `ids` in place without opening its log, and remembers
  /// what the cache said of the log for ``cachedCaseCheck()``.
  ///
  /// - Returns: the ids the cache has no entry for: their logs are read now.
  func takeCachedEntriesUnchecked(_ ids: [IncidentID], from cache: SummaryCache) -> [IncidentID] {
    var missing: [IncidentID] = []
    unchecked.reserveCapacity(ids.count)
    for id in ids {
      guard let cached = cache.entries[id] else {
        missing.append(id)
        continue
      }
      entries[id] = Entry(cached: cached)
      unchecked.append(CachedLog(id: id, status: cached.status, tail: cached.tail))
    }
    return missing
  }

  /// The check of the entries the last load took from the summary cache unchecked, to run off
  /// this thread; nil when there is none (the load checked each log, or this was already asked).
  /// Until its result is applied, the list may show a case as the cache last saw it.
  public func cachedCaseCheck() -> CachedCaseCheck? {
    guard !unchecked.isEmpty else { return nil }
    defer { unchecked = [] }
    return CachedCaseCheck(directory: directory, logs: unchecked)
  }

  /// Reads again, in full, each case whose log no longer matched its cache entry, unless it was
  /// read since (opened, written, or caught up by ``refresh(everything:)``): that reading is newer.
  ///
  /// - Returns: the ids of the cases that changed (removed ones included).
  @discardableResult
  public func applyCachedCaseCheck(_ result: CachedCaseCheckResult) -> Set<IncidentID> {
    var changed = Set<IncidentID>()
    for log in result.changed {
      // Read since the load, or gone from the store already: nothing older to replace.
      guard let entry = entries[log.id], entry.incident == nil, entry.status == log.status else { continue }
      var info = stat()
      if lstat(directory.logPath(log.id), &info) != 0, errno == ENOENT {
        entries[log.id] = nil
        changed.insert(log.id)
        continue
      }
      switch Store.loadEntry(log.id, directory: directory) {
      case .success(var fresh):
        // As a load keeps a sound case: its summary only, read again when opened.
        if fresh.isCacheable { fresh.dropIncident() }
        entries[log.id] = fresh
        if fresh.isStillborn { stillborn.insert(log.id) }
      case .failure(let problem):
        entries[log.id] = nil
        if !problems.contains(problem) { problems.append(problem) }
      }
      cacheState.stale.insert(log.id)
      changed.insert(log.id)
    }
    if !changed.isEmpty { revision += 1 }
    return changed
  }
}
