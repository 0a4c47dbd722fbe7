import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A case as the store holds it: the replayed incident, and whether it may be written to.
public struct StoredIncident: Sendable, Equatable {
  public var incident: Incident
  /// Why the case is read-only (a damaged line, a newer format), or nil.
  public var readOnlyReason: LocalizedText?
  /// Problems found in its log (torn tail, damaged lines, conflicts).
  public var problems: [StoreProblem]

  public var isReadOnly: Bool { readOnlyReason != nil }

  public init(incident: Incident, readOnlyReason: LocalizedText? = nil, problems: [StoreProblem] = []) {
    self.incident = incident
    self.readOnlyReason = readOnlyReason
    self.problems = problems
  }
}

/// The plain-file store: one append-only event log per case; state is always a replay.
///
/// Guarantees:
/// 1. A change is acknowledged (the call returns) only after `fsync` of the log, and of the
///    `cases/` directory for a new log.
/// 2. A log is valid records plus at most one torn tail; a torn tail is moved to `quarantine/`
///    under the lock before the next append, never silently dropped.
/// 3. A damaged complete line makes only its case read-only, with the file and line named.
/// 4. Before each write, bytes appended by another process are read and replayed, and the
///    decision is taken on that fresh state, so two terminals never lose each other's updates.
///
/// Not thread-safe: one store per thread (the UI is single-threaded).
public final class Store {
  public let directory: DataDirectory
  /// Who records changes.
  public var actor: String
  /// The clock; injectable for tests.
  public var now: () -> Date
  public var timeZone: TimeZone
  /// Problems not tied to one case (unreadable files, permissions).
  public internal(set) var problems: [StoreProblem] = []
  /// Increases whenever any case changes; lets a view know when to recompute.
  public internal(set) var revision = 0
  /// What opening the store changed that the user should know (a data directory tightened to 0700).
  public private(set) var notices: [LocalizedText] = []
  /// Set after an fsync failure: nothing more is written in this session.
  public private(set) var failure: StoreError?

  var entries: DenseDictionary<IncidentID, Entry> = [:]
  /// Cases whose log holds no complete line: a `new` interrupted mid-write (see ``repairInterruptedCreations()``).
  var stillborn: Set<IncidentID> = []
  /// The cases taken from the summary cache without a look at their logs, with what the cache
  /// said of each log (see Store+CacheCheck.swift); empty once checked.
  var unchecked: [CachedLog] = []
  let lock: StoreLock
  /// Whether summaries may come from `.summaries.cache` (false: every log is read, as `check` does).
  public let usesSummaryCache: Bool
  /// Whether every case is loaded; false for a store opened ``Loading/onDemand`` until something
  /// needs every case.
  public private(set) var isFullyLoaded = false
  /// What the summary cache on disk lacks (see Store+SummaryCache.swift).
  var cacheState = SummaryCacheState()
  /// Whether ``saveSummaryCache()`` writes a new snapshot on another thread (the screen: a
  /// keystroke never waits for it) rather than before it returns.
  public var writesSummaryCacheInBackground = false
  /// Whether a full load takes the summary cache's entries as they are, leaving the check of
  /// each log against its entry (identity and last line) for ``cachedCaseCheck()`` to run after
  /// the first frame, on both cores and off the screen's thread; false: checked before use.
  public var checksCacheAfterLoad = false
  /// The summary cache being read on another thread since the process started, for the next
  /// full load to take instead of reading the file itself (the screen's start).
  public var prefetchedSummaryCache: SummaryCachePrefetch?
  /// How many logs the last full load read (the others came from the summary cache).
  public private(set) var logsReadAtLoad = 0
  /// How long ``refresh()`` may trust the change counter and the `cases/` folder alone before it
  /// looks at every log again (for changes made outside ardoise: a hand edit, a sync tool).
  public var fullLookInterval: TimeInterval = 10
  /// How many times ``refresh()`` looked at every log.
  private(set) var fullLookCount = 0
  /// The change counter, the `cases/` folder's status and the time when every log was last
  /// looked at: while the first two stay the same, no other ardoise changed a case.
  private var lastLook: (changeCount: UInt64?, casesFolder: POSIXFile.Status?, at: Date)?

  /// What a store reads when it opens.
  public enum Loading: Sendable {
    /// Every case (from the summary cache where it can).
    case everyCase
    /// Nothing yet: a case is read when it is named, and every case the first time something
    /// needs them all (``summaries``, ``incidents``, ``allProblems``…). For a command that
    /// touches one case: its cost does not grow with the number of cases.
    case onDemand
  }

  /// Opens (and if needed creates) the store in `directory` and loads every case.
  ///
  /// - Parameters:
  ///   - preparing: false to only read, creating and cleaning nothing (`ardoise check`).
  ///   - usesSummaryCache: false to read every log in full instead of trusting the summary cache.
  ///   - loading: `.onDemand` to read only the cases asked for.
  public init(directory: DataDirectory, actor: String, now: @escaping () -> Date = Date.init, timeZone: TimeZone = .current,
              preparing: Bool = true, usesSummaryCache: Bool = true, loading: Loading = .everyCase) throws {
    self.directory = directory
    self.actor = actor
    self.now = now
    self.timeZone = timeZone
    self.lock = StoreLock(path: directory.lockPath)
    self.usesSummaryCache = usesSummaryCache
    if preparing { notices = try directory.prepare() }
    if loading == .everyCase { loadAll() }
  }

  /// Told how many case logs ``loadAll()`` has read, when set (`check` shows it on a terminal).
  public var loadProgress: ProgressHandler?

  /// ``ParallelMap/map(_:minimumCount:_:)``, in a hundred slices (of 256 logs at least) when
  /// `progress` is set, reporting after each on this thread: a few reports a second on a cold
  /// start of a hundred thousand cases.
  static func mapReportingProgress<Output>(_ ids: [IncidentID], progress: ProgressHandler?,
                                           _ transform: @Sendable (IncidentID) -> Output) -> [Output] {
    guard let progress else { return ParallelMap.map(ids, transform) }
    let phase = LocalizedText("lecture des dossiers", "reading case logs")
    let sliceSize = max(256, ids.count / 100)
    var outputs: [Output] = []
    outputs.reserveCapacity(ids.count)
    var start = 0
    progress(ProgressReport(phase: phase, done: 0, total: ids.count))
    while start < ids.count {
      let end = min(ids.count, start + sliceSize)
      outputs += ParallelMap.map(Array(ids[start..<end]), transform)
      start = end
      progress(ProgressReport(phase: phase, done: start, total: ids.count))
    }
    return outputs
  }

  /// Loads every case if the store was opened on demand and has not yet; cases already read stay.
  public func loadEveryCaseIfNeeded() {
    guard !isFullyLoaded else { return }
    let known = entries
    let carried = problems
    loadAll()
    problems += carried
    for (id, entry) in known where entry.incident != nil && entries[id]?.status == entry.status { entries[id] = entry }
  }

  // MARK: - Reading

  /// What the list needs of every readable case, in no particular order. Fast: for a log that
  /// has not changed since the last run, the summary comes from the cache and the log is not read.
  public var summaries: [IncidentSummary] {
    loadEveryCaseIfNeeded()
    return entries.values.compactMap(\.summary)
  }

  /// Every readable case in full, in no particular order (reads every log not read yet).
  public var incidents: [StoredIncident] {
    loadEveryCaseIfNeeded()
    return entries.keys.sorted().compactMap { incident($0) }
  }

  public var count: Int {
    loadEveryCaseIfNeeded()
    return entries.count
  }

  /// The case with `id`, read from its log if only its summary was loaded.
  public func incident(_ id: IncidentID) -> StoredIncident? {
    guard var entry = loadedEntry(id) else { return nil }
    if entry.incident == nil, entry.summary != nil {
      guard case .success(let loaded) = Store.loadEntry(id, directory: directory) else { return nil }
      entry = loaded
      entries[id] = entry
    }
    guard let incident = entry.incident else { return nil }
    return StoredIncident(incident: incident, readOnlyReason: entry.readOnlyReason, problems: entry.problems)
  }

  /// The summary of case `id`.
  public func summary(_ id: IncidentID) -> IncidentSummary? { loadedEntry(id)?.summary }

  /// The entry of case `id`; on a store opened on demand, its log is read the first time.
  private func loadedEntry(_ id: IncidentID) -> Entry? {
    if let entry = entries[id] { return entry }
    guard !isFullyLoaded, IncidentID.isWellFormed(id.rawValue) else { return nil }
    switch Store.loadEntry(id, directory: directory) {
    case .success(let entry):
      entries[id] = entry
      return entry
    case .failure:
      // A log that is missing or cannot be read is no case, as in a full load.
      return nil
    }
  }

  /// Every problem: store-wide ones, then each case's, sorted by file and line.
  public var allProblems: [StoreProblem] {
    loadEveryCaseIfNeeded()
    return problems + entries.values.flatMap(\.problems).sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }
  }

  /// How many files have an error: a damaged or hand-edited line makes its case read-only, and
  /// one with no readable “opened” line leaves the list. One damaged first line gives two
  /// problems (the line, and no “opened”) but one file.
  public var damagedFileCount: Int {
    loadEveryCaseIfNeeded()
    var files = Set<String>()
    for problem in problems where problem.severity == .error { files.insert(problem.file) }
    for entry in entries.values {
      for problem in entry.problems where problem.severity == .error { files.insert(problem.file) }
    }
    return files.count
  }

  /// What the screen and `ardoise list` say while `count` case logs cannot be read in full.
  public static func damagedCasesWarning(_ count: Int) -> LocalizedText {
    .counting(count, french: ("dossier illisible", "dossiers illisibles"), english: ("case cannot be read", "cases cannot be read"))
      + LocalizedText(" en tout ou partie — voir « ardoise check »", " in full — see “ardoise check”")
  }

  /// Finds a case from what a person typed: the full id, or any unique part of it (`K7QF` or
  /// `C1B` for `261129-C1BR`), case-insensitive. A part that several ids hold is refused with
  /// every match (see ``StoreError/ambiguousID(_:matches:)``).
  ///
  /// A case whose log exists but holds no readable case (a damaged first line, invalid UTF-8, an
  /// amount out of bounds, a FIFO in its place) is refused with
  /// ``StoreError/unreadableCase(_:problem:)``, naming the file and the line, never as “no case”.
  public func resolve(_ text: String) throws -> IncidentID {
    let wanted = text.trimmingSpaces.uppercased()
    let exact = IncidentID(rawValue: wanted)
    if try isReadableCase(exact) { return exact }
    // Opened on demand: the names in `cases/` tell which cases exist, without reading them.
    var known = isFullyLoaded ? Array(entries.keys) : (POSIXFile.listDirectory(directory.casesPath) ?? []).compactMap(Store.incidentID(fileName:))
    var matches = known.filter { $0.rawValue.contains(wanted) }.sorted()
    if matches.isEmpty && isFullyLoaded && !wanted.isEmpty {
      // A log a full load could not open has no entry: the folder still names it.
      known = (POSIXFile.listDirectory(directory.casesPath) ?? []).compactMap(Store.incidentID(fileName:))
      matches = known.filter { $0.rawValue.contains(wanted) }.sorted()
    }
    guard !wanted.isEmpty, let first = matches.first else { throw StoreError.notFound(text) }
    guard matches.count == 1 else { throw StoreError.ambiguousID(text, matches: matches) }
    guard try isReadableCase(first) else { throw StoreError.notFound(text) }
    return first
  }

  /// Whether case `id` can be read; false when it has no log.
  /// - Throws: ``StoreError/unreadableCase(_:problem:)`` when its log exists but holds no readable case.
  private func isReadableCase(_ id: IncidentID) throws -> Bool {
    if let entry = loadedEntry(id) {
      if entry.summary != nil || entry.incident != nil { return true }
      throw StoreError.unreadableCase(id, problem: Store.mainProblem(entry.problems, file: directory.relative(directory.logPath(id))))
    }
    guard IncidentID.isWellFormed(id.rawValue) else { return false }
    var info = stat()
    guard lstat(directory.logPath(id), &info) == 0 else { return false }
    if case .failure(let problem) = Store.loadEntry(id, directory: directory) { throw StoreError.unreadableCase(id, problem: problem) }
    return false
  }

  /// The problem that says best why a log holds no readable case: the first error on a line (a
  /// damaged first line comes before its consequence, “no opened event”), else the first error.
  static func mainProblem(_ problems: [StoreProblem], file: String) -> StoreProblem {
    problems.first { $0.severity == .error && $0.line != nil } ?? problems.first { $0.severity == .error } ?? problems.first
      ?? StoreProblem(file: file, line: nil, severity: .error, message: LocalizedText("aucun dossier lisible", "no readable case"))
  }

  /// What `ardoise list` and `ardoise stats` say while case logs cannot be read in full: with one
  /// such file, which case, file and line, and why; with more, how many (`ardoise check` lists them).
  /// Nil when every log reads.
  public var damagedCasesNotice: LocalizedText? {
    let count = damagedFileCount
    guard count > 0 else { return nil }
    if count == 1 {
      let errors = allProblems.filter { $0.severity == .error }
      if let file = errors.first?.file, let id = Store.incidentID(fileName: (file as NSString).lastPathComponent),
        file == directory.relative(directory.logPath(id)) {
        let problem = Store.mainProblem(errors.filter { $0.file == file }, file: file)
        let error: StoreError = summary(id) == nil
          ? .unreadableCase(id, problem: problem)
          : .readOnly(id, reason: LocalizedText(french: Store.placed(problem, .french), english: Store.placed(problem, .english)))
        return LocalizedText(french: error.message(.french), english: error.message(.english))
      }
    }
    return Store.damagedCasesWarning(count)
  }

  /// `line 3 of cases/….jsonl: reason`.
  private static func placed(_ problem: StoreProblem, _ language: Language) -> String {
    let place = problem.line.map { LocalizedText("ligne \($0) de \(problem.file)", "line \($0) of \(problem.file)")(language) } ?? problem.file
    return place + LocalizedText(" : ", ": ")(language) + problem.message(language)
  }

  /// Reads every case log from scratch.
  public func loadAll() {
    finishSummaryCompaction()
    isFullyLoaded = true
    cacheState = SummaryCacheState()
    unchecked = []
    lastLook = (changeCount: lock.changeCount(), casesFolder: POSIXFile.status(directory.casesPath), at: now())
    entries = [:]
    stillborn = []
    problems = directory.permissionProblems()
    guard let names = POSIXFile.listDirectory(directory.casesPath) else {
      // A data directory not created yet simply holds no case.
      guard directory.isInitialized else { revision += 1; return }
      problems.append(StoreProblem(file: "cases", line: nil, severity: .error,
                                   message: LocalizedText("dossier illisible", "folder cannot be read")))
      return
    }
    var ids = names.compactMap(Store.incidentID(fileName:))
    let cache: SummaryCache
    if !usesSummaryCache {
      cache = SummaryCache()
    } else if let prefetch = prefetchedSummaryCache, prefetch.directory == directory {
      cache = prefetch.take()
    } else {
      cache = SummaryCache.read(from: directory)
    }
    prefetchedSummaryCache = nil
    entries.reserveCapacity(ids.count)
    if usesSummaryCache, checksCacheAfterLoad {
      // Trusted for the first frame: each log is checked against its entry right after it
      // (Store+CacheCheck.swift); only the logs the cache lacks are read now.
      ids = takeCachedEntriesUnchecked(ids, from: cache)
    }
    let casesDescriptor = Glibc.open(directory.casesPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    defer { if casesDescriptor >= 0 { close(casesDescriptor) } }
    let loaded = Store.mapReportingProgress(ids, progress: loadProgress) { [directory] id -> (result: Result<Entry, StoreProblem>, wasRead: Bool) in
      let candidates = cache.candidates(id)
      if !candidates.isEmpty, casesDescriptor >= 0, let hit = SummaryCache.matchingEntry(candidates, log: id.rawValue + ".jsonl", in: casesDescriptor) {
        return (.success(Entry(cached: hit)), false)
      }
      // Read and replayed; a sound case keeps only its summary, like a cached one, and is read
      // again when it is opened. Holding every event of every case would take a gigabyte at a
      // hundred thousand cases, for a list that shows a summary.
      var result = Store.loadEntry(id, directory: directory)
      if case .success(var entry) = result, entry.isCacheable {
        entry.dropIncident()
        result = .success(entry)
      }
      return (result, true)
    }
    var misses = 0
    for (id, (result, wasRead)) in zip(ids, loaded) {
      if wasRead { misses += 1 }
      switch result {
      case .success(let entry):
        entries[id] = entry
        if entry.isStillborn { stillborn.insert(id) }
        if wasRead { cacheState.stale.insert(id) }
      case .failure(let problem):
        problems.append(problem)
      }
    }
    logsReadAtLoad = misses
    cacheState.noteLoad(of: cache, caseCount: entries.count)
    revision += 1
  }

  /// Picks up changes made by another process (another terminal, the command line, a git pull):
  /// new logs, grown logs (only the new bytes are read), replaced or shrunk logs (read again, with
  /// a warning), removed logs.
  ///
  /// `everything`: look at every log now, even when the lock's change counter and the folder say
  /// nothing changed (after a git merge, which rewrites logs without the store's lock).
  ///
  /// - Returns: the ids of the cases that changed.
  @discardableResult
  public func refresh(everything: Bool = false) -> Set<IncidentID> {
    // Read before looking, so that a change made while looking is seen next time.
    let look = (changeCount: lock.changeCount(), casesFolder: POSIXFile.status(directory.casesPath), at: now())
    if !everything, let last = lastLook, let count = look.changeCount, count == last.changeCount, let folder = look.casesFolder,
      folder == last.casesFolder, look.at >= last.at, look.at.timeIntervalSince(last.at) < fullLookInterval
    {
      return []
    }
    lastLook = look
    fullLookCount += 1
    guard isFullyLoaded else {
      loadEveryCaseIfNeeded()
      return Set(entries.keys)
    }
    // One name at a time, counting the known logs seen rather than keeping every name and id
    // (at a hundred thousand cases they took 15 MiB every ten seconds).
    var changed = Set<IncidentID>()
    let knownCount = entries.count
    var knownSeen = 0
    let listed = POSIXFile.forEachName(in: directory.casesPath) { name in
      guard let id = Store.incidentID(fileName: name) else { return }
      let known = entries[id]
      if known != nil { knownSeen += 1 }
      guard let status = POSIXFile.status(directory.logPath(id)) else { return }
      if let known, known.status.isSameFile(as: status) { return }
      if catchUp(id, status: status) { changed.insert(id) }
    }
    guard listed else { return [] }
    if knownSeen < knownCount {
      // Some log is gone (rare: a sync, a hand removal): which ones, from the names listed again.
      var seen = Set<IncidentID>()
      _ = POSIXFile.forEachName(in: directory.casesPath) { name in
        if let id = Store.incidentID(fileName: name) { seen.insert(id) }
      }
      for id in entries.keys where !seen.contains(id) {
        entries[id] = nil
        changed.insert(id)
      }
    }
    if !changed.isEmpty { revision += 1 }
    return changed
  }

  // MARK: - Writing

  /// Records a new walkout and returns its case, once its log is durably on disk.
  @discardableResult
  public func create(_ facts: IncidentFacts) throws -> Incident {
    if let failure { throw failure }
    return try lock.withLock { holder in
      // An earlier failure to move one is tried again at the next write; it never blocks this one.
      if !stillborn.isEmpty { try? quarantineStillborn() }
      let moment = Timestamp(now(), in: timeZone)
      for _ in 0..<20 {
        let id = IncidentID.make(on: moment.day)
        let path = directory.logPath(id)
        let descriptor: Int32
        do { descriptor = try POSIXFile.open(path, O_WRONLY | O_CREAT | O_EXCL) } catch StoreError.io(_, _, let code) where code == EEXIST {
          continue
        }
        let event = Event(id: EventID.make(at: now()), occurredAt: facts.occurredAt, recordedAt: moment, actor: actor,
                          body: .opened(facts))
        let bytes = Array(event.line.utf8)
        do {
          defer { close(descriptor) }
          try POSIXFile.writeAll(descriptor, bytes, path: path)
          try POSIXFile.sync(descriptor, path: path)
        } catch {
          // The log was never acknowledged: remove it (if that fails too, the empty or torn log
          // is moved to quarantine/ by the next write, see ``repairInterruptedCreations()``).
          try? POSIXFile.remove(path)
          if case StoreError.notConfirmed = error { self.failure = error as? StoreError }
          throw error
        }
        do { try POSIXFile.syncDirectory(directory.casesPath) } catch {
          // Same: not acknowledged, so not kept.
          try? POSIXFile.remove(path)
          if case StoreError.notConfirmed = error { self.failure = error as? StoreError }
          throw error
        }
        countOwnChange(holder)
        guard let status = POSIXFile.status(path) else { throw StoreError.io(operation: "stat", path: path, code: errno) }
        var incident = Incident(id: id, facts: facts, openedAt: moment, openedBy: actor)
        incident.events = [event]
        var entry = Entry(status: status, consumed: bytes.count, lineCount: 1, incident: incident, problems: [], readOnlyReason: nil)
        entry.tail = bytes.withUnsafeBufferPointer(SummaryCache.tail(ofLogEndingWith:))
        entries[id] = entry
        journalSummary(of: id)
        revision += 1
        return incident
      }
      throw StoreError.io(operation: "create", path: directory.casesPath, code: EEXIST)
    }
  }

  /// Asks the domain to decide on the freshest state of case `id`, then appends the event.
  ///
  /// Under the lock: read what another process appended, refuse if the case is read-only,
  /// repair a torn tail (to quarantine), decide, write the line, fsync. Only then does it return.
  ///
  /// - Parameters:
  ///   - occurredAt: when it happened, if the user stated it; now otherwise.
  ///   - decide: the domain decision, called with the case as it is on disk now.
  /// - Returns: the case after the change.
  @discardableResult
  public func record(on id: IncidentID, occurredAt: Timestamp? = nil,
                     decide: (Incident) -> Result<EventBody, Refusal>) throws -> Incident {
    if let failure { throw failure }
    return try lock.withLock { holder in
      // An earlier failure to move one is tried again at the next write; it never blocks this one.
      if !stillborn.isEmpty { try? quarantineStillborn() }
      let path = directory.logPath(id)
      let descriptor = try POSIXFile.open(path, O_RDWR | O_APPEND)
      defer { close(descriptor) }
      guard var status = POSIXFile.status(descriptor: descriptor) else {
        throw StoreError.io(operation: "stat", path: path, code: errno)
      }
      // A case known only by its cached summary is read in full before anything is decided.
      if let entry = entries[id], entry.incident == nil, entry.summary != nil, case .success(let loaded) = Store.loadEntry(id, directory: directory) {
        entries[id] = loaded
      }
      if entries[id]?.status != status { _ = catchUp(id, status: status, descriptor: descriptor) }
      guard let entry = entries[id], let incident = entry.incident else { throw StoreError.notFound(id.rawValue) }
      // A read-only case is never written to, not even to repair its tail.
      if let reason = entry.readOnlyReason { throw StoreError.readOnly(id, reason: reason) }
      if let repaired = try repairTornTail(id, descriptor: descriptor, size: status.size, path: path) {
        status.size = repaired
      }

      let body: EventBody
      switch decide(incident) {
      case .success(let decided): body = decided
      case .failure(let refusal): throw StoreError.refused(refusal)
      }
      let moment = Timestamp(now(), in: timeZone)
      let event = Event(id: EventID.make(at: now()), occurredAt: occurredAt ?? moment, recordedAt: moment, actor: actor, body: body)
      let bytes = Array(event.line.utf8)
      do {
        try POSIXFile.writeAll(descriptor, bytes, path: path)
      } catch {
        // Leave the log exactly as it was: drop any partial bytes.
        // If the truncation fails too, the partial line is a torn tail the next write quarantines.
        if (try? POSIXFile.truncate(descriptor, to: status.size, path: path)) != nil { _ = fsync(descriptor) }
        throw error
      }
      do {
        try POSIXFile.sync(descriptor, path: path)
      } catch {
        self.failure = error as? StoreError
        throw error
      }
      countOwnChange(holder)
      var updated = incident
      if let last = incident.events.last, !Incident.replayOrder(last, event) {
        updated = Incident.replay(id: id, events: incident.events + [event]).incident ?? incident
      } else {
        updated.apply(event)
      }
      var newEntry = entry
      newEntry.setIncident(updated)
      newEntry.consumed = status.size + bytes.count
      newEntry.lineCount += 1
      newEntry.tail = bytes.withUnsafeBufferPointer(SummaryCache.tail(ofLogEndingWith:))
      newEntry.status = POSIXFile.status(descriptor: descriptor) ?? status
      newEntry.problems.removeAll(where: \.isInterruptedWrite)
      entries[id] = newEntry
      // Only the changed case goes to the summary cache: a write costs what one case costs.
      journalSummary(of: id)
      revision += 1
      return updated
    }
  }

  // MARK: - Internals

  /// Counts a change this store made durable; when no one else changed anything since the last
  /// look, the next look need not look at every log for it.
  private func countOwnChange(_ holder: StoreLock.Holder) {
    let previous = holder.countChange()
    if let last = lastLook, last.changeCount == previous { lastLook?.changeCount = previous &+ 1 }
  }

  static func incidentID(fileName name: String) -> IncidentID? {
    guard name.hasSuffix(".jsonl"), !name.hasPrefix(".") else { return nil }
    let raw = String(name.dropLast(6))
    return IncidentID.isWellFormed(raw) ? IncidentID(rawValue: raw) : nil
  }

  static func loadEntry(_ id: IncidentID, directory: DataDirectory) -> Result<Entry, StoreProblem> {
    let path = directory.logPath(id)
    let file = directory.relative(path)
    let descriptor: Int32
    do { descriptor = try POSIXFile.open(path, O_RDONLY) } catch {
      return .failure(StoreProblem(file: file, line: nil, severity: .error, message: Store.describe(error, file: file)))
    }
    defer { close(descriptor) }
    guard let status = POSIXFile.status(descriptor: descriptor) else {
      return .failure(StoreProblem(file: file, line: nil, severity: .error, message: LocalizedText("illisible", "cannot be read")))
    }
    let bytes: [UInt8]
    do { bytes = try POSIXFile.read(descriptor, from: 0, expectedSize: status.size, limit: FileLimits.log, path: path) } catch {
      return .failure(StoreProblem(file: file, line: nil, severity: .error, message: Store.describe(error, file: file)))
    }
    var entry = entry(from: bytes, id: id, file: file)
    entry.status = POSIXFile.Status(device: status.device, inode: status.inode, size: bytes.count, modified: status.modified, mode: status.mode)
    if bytes.count != status.size { entry.status = status }
    entry.tail = bytes.withUnsafeBufferPointer { SummaryCache.tail(ofLogEndingWith: UnsafeBufferPointer(rebasing: $0[0..<entry.consumed])) }
    return .success(entry)
  }

  /// What went wrong with `file`, for a problem report: the reason without the full path.
  static func describe(_ error: Error, file: String) -> LocalizedText {
    switch error {
    case StoreError.notARegularFile:
      return LocalizedText("pas un fichier ordinaire (tube, socket, périphérique ou dossier) : ignoré", "not a regular file (a FIFO, socket, device or folder): left alone")
    case StoreError.symbolicLink:
      return LocalizedText("lien symbolique : pas suivi", "symbolic link: not followed")
    case StoreError.tooLarge(_, let limit):
      return LocalizedText("plus de \(limit >> 20)\u{00A0}Mio : pas lu", "over \(limit >> 20) MiB: not read")
    case StoreError.io(_, _, let code):
      return LocalizedText("illisible : ", "cannot be read: ") + .systemError(code)
    case let error as StoreError:
      return LocalizedText(french: error.message(.french), english: error.message(.english))
    default:
      return LocalizedText("illisible", "cannot be read")
    }
  }

  private static func entry(from bytes: [UInt8], id: IncidentID, file: String) -> Entry {
    let replayed = replayed(bytes, id: id, file: file)
    return Entry(status: POSIXFile.Status(device: 0, inode: 0, size: 0, modified: 0, mode: 0), consumed: replayed.reading.consumed,
                 lineCount: replayed.reading.lineCount, incident: replayed.incident, problems: replayed.problems,
                 readOnlyReason: replayed.readOnlyReason)
  }

  /// A log's bytes read and replayed: the case (nil without an “opened” event), the problems
  /// found and why the case is read-only.
  static func replayed(_ bytes: [UInt8], id: IncidentID, file: String)
    -> (reading: CaseLogReading, incident: Incident?, problems: [StoreProblem], readOnlyReason: LocalizedText?)
  {
    let reading = bytes.withUnsafeBufferPointer { CaseLog.read($0, file: file) }
    var problems = reading.problems
    let (incident, conflicts) = Incident.replay(id: id, events: reading.events)
    for conflict in conflicts {
      problems.append(.eventConflict(conflict, file: file, lines: conflict.positions.map { reading.eventLines[$0] }))
    }
    var readOnly = reading.readOnlyReason
    if incident == nil && !reading.events.isEmpty {
      problems.append(StoreProblem(file: file, line: nil, severity: .error, message: LocalizedText("aucun événement « opened »", "no “opened” event")))
      readOnly = readOnly ?? LocalizedText("aucun événement « opened »", "no “opened” event")
    } else if incident == nil && reading.events.isEmpty && reading.problems.isEmpty {
      problems.append(StoreProblem(file: file, line: nil, severity: .warning, message: LocalizedText("journal vide", "empty log")))
    }
    return (reading, incident, problems, readOnly)
  }

  /// Brings case `id` up to date with its file. Reads only the new bytes when the file grew.
  @discardableResult
  private func catchUp(_ id: IncidentID, status: POSIXFile.Status, descriptor: Int32? = nil) -> Bool {
    cacheState.stale.insert(id)
    let path = directory.logPath(id)
    let file = directory.relative(path)
    if let entry = entries[id], entry.status.inode == status.inode, entry.status.device == status.device,
      status.size >= entry.consumed, entry.incident != nil
    {
      // A log that cannot be opened any more is left as it was loaded; a full look reports it.
      guard let owned = descriptor ?? (try? POSIXFile.open(path, O_RDONLY)) else { return false }
      defer { if descriptor == nil { close(owned) } }
      // Same: an unreadable tail leaves the case as it was.
      guard let bytes = try? POSIXFile.read(owned, from: entry.consumed, expectedSize: status.size, limit: FileLimits.log, path: path) else { return false }
      let reading = bytes.withUnsafeBufferPointer { CaseLog.read($0, file: file, firstLine: entry.lineCount + 1) }
      var updated = entry
      // Nothing new but another modification time: changed in place, not appended to.
      if status.size == entry.consumed, status.modified != entry.status.modified { updated.mayCache = false }
      updated.status = status
      updated.consumed += reading.consumed
      updated.lineCount += reading.lineCount
      if reading.consumed > 0 {
        updated.tail = bytes.withUnsafeBufferPointer { SummaryCache.tail(ofLogEndingWith: UnsafeBufferPointer(rebasing: $0[0..<reading.consumed])) }
      }
      updated.problems.removeAll(where: \.isInterruptedWrite)
      updated.problems += reading.problems
      if updated.readOnlyReason == nil { updated.readOnlyReason = reading.readOnlyReason }
      if var incident = entry.incident, !reading.events.isEmpty {
        let known = Set(incident.events.map(\.id))
        let fresh = reading.events.sorted(by: Incident.replayOrder)
        if let last = incident.events.last, fresh.allSatisfy({ !known.contains($0.id) }), Incident.replayOrder(last, fresh[0]) {
          for event in fresh { incident.apply(event) }
          updated.setIncident(incident)
        } else {
          let (replayed, conflicts) = Incident.replay(id: id, events: incident.events + reading.events)
          updated.setIncident(replayed ?? incident)
          // The lines of the new events are known; those read earlier were not kept.
          let known = incident.events.count
          for conflict in conflicts {
            let lines = conflict.positions.allSatisfy { $0 >= known } ? conflict.positions.map { reading.eventLines[$0 - known] } : []
            updated.problems.append(.eventConflict(conflict, file: file, lines: lines))
          }
        }
      }
      entries[id] = updated
      return true
    }
    // New, replaced or shrunk (or known only by its cached summary): read it all again.
    let wasKnown = entries[id].map { $0.status.inode != status.inode || $0.status.device != status.device || status.size < $0.consumed } ?? false
    switch Store.loadEntry(id, directory: directory) {
    case .success(var entry):
      if wasKnown {
        entry.problems.append(StoreProblem(file: file, line: nil, severity: .warning,
          message: LocalizedText("le fichier a été remplacé ou raccourci hors d’ardoise : relu en entier", "the file was replaced or shortened outside ardoise: read again in full")))
      }
      entries[id] = entry
      if entry.isStillborn { stillborn.insert(id) }
    case .failure(let problem):
      // Said once, not again at every full look while the file stays as it is.
      if !problems.contains(problem) { problems.append(problem) }
    }
    return true
  }

  /// If the log does not end with a newline, moves the fragment after the last newline to
  /// `quarantine/`, truncates the log to the last complete line and fsyncs both.
  ///
  /// - Returns: the new size, or nil when there was nothing to repair.
  private func repairTornTail(_ id: IncidentID, descriptor: Int32, size: Int, path: String) throws -> Int? {
    guard size > 0 else { return nil }
    var last: UInt8 = 0
    guard pread(descriptor, &last, 1, off_t(size - 1)) == 1 else {
      throw StoreError.io(operation: "read", path: path, code: errno)
    }
    guard last != 0x0A else { return nil }
    // Find the last newline, reading backwards in chunks.
    var end = size
    var keep = 0
    let chunkSize = 4096
    search: while end > 0 {
      let start = max(0, end - chunkSize)
      var chunk = [UInt8](repeating: 0, count: end - start)
      let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(start)) }
      guard count == end - start else { throw StoreError.io(operation: "read", path: path, code: errno) }
      for index in stride(from: chunk.count - 1, through: 0, by: -1) where chunk[index] == 0x0A {
        keep = start + index + 1
        break search
      }
      end = start
    }
    let fragment = try POSIXFile.read(descriptor, from: keep, limit: FileLimits.log, path: path)
    try POSIXFile.requireDirectory(directory.quarantinePath)
    let quarantined = quarantinePath(for: id, suffix: ".fragment")
    // Through a temp file: a writer killed here leaves no empty or half-written fragment, only a
    // temp file that the next start removes (the log still holds the tail, repaired again).
    let temporary = try POSIXFile.writeTemporary(for: quarantined, fragment)
    try POSIXFile.commit(temporary, to: quarantined)
    try POSIXFile.truncate(descriptor, to: keep, path: path)
    try POSIXFile.sync(descriptor, path: path)
    problems.append(StoreProblem(file: directory.relative(path), line: nil, severity: .warning,
      message: LocalizedText("écriture interrompue réparée : \(fragment.count) octets déplacés vers \(directory.relative(quarantined))",
                 "interrupted write repaired: \(fragment.count) bytes moved to \(directory.relative(quarantined))")))
    return keep
  }

  /// A new file name in `quarantine/` for something of case `id`.
  private func quarantinePath(for id: IncidentID, suffix: String) -> String {
    let stamp = Timestamp(now(), in: TimeZone(identifier: "UTC") ?? timeZone).iso8601
      .replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
    return directory.quarantinePath + "/" + id.rawValue + "-" + stamp + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 36) + suffix
  }

  /// Moves to `quarantine/` the logs with no complete line (a `new` killed mid-write: an empty
  /// log or a torn first line), so that no case stays invisible with a warning forever, and says
  /// so in ``problems``. Done by every write and by `ardoise check`.
  ///
  /// - Returns: how many logs were moved.
  @discardableResult
  public func repairInterruptedCreations() throws -> Int {
    guard !stillborn.isEmpty else { return 0 }
    if let failure { throw failure }
    return try lock.withLock { _ in try quarantineStillborn() }
  }

  /// ``repairInterruptedCreations()`` under the lock: a `new` holds the lock while its log is
  /// empty, so a log still without a complete line now is one whose writer died.
  @discardableResult
  private func quarantineStillborn() throws -> Int {
    try POSIXFile.requireDirectory(directory.quarantinePath)
    var moved = 0
    for id in stillborn.sorted() {
      let path = directory.logPath(id)
      let bytes: [UInt8]
      do {
        let descriptor = try POSIXFile.open(path, O_RDONLY)
        defer { close(descriptor) }
        bytes = try POSIXFile.read(descriptor, from: 0, limit: FileLimits.log, path: path)
      } catch StoreError.io(_, _, let code) where code == ENOENT {
        stillborn.remove(id)
        continue
      }
      stillborn.remove(id)
      // Another ardoise completed it meanwhile: read it as any other log.
      guard !bytes.contains(0x0A) else {
        catchUp(id, status: POSIXFile.status(path) ?? POSIXFile.Status(device: 0, inode: 0, size: 0, modified: 0, mode: 0))
        continue
      }
      let target = quarantinePath(for: id, suffix: ".interrupted-new")
      try POSIXFile.rename(path, to: target)
      try POSIXFile.syncDirectory(directory.casesPath)
      try POSIXFile.syncDirectory(directory.quarantinePath)
      entries[id] = nil
      moved += 1
      problems.append(StoreProblem(file: directory.relative(path), line: nil, severity: .warning,
        message: LocalizedText("création interrompue (\(bytes.count) octets, aucune ligne complète) : déplacée vers \(directory.relative(target))",
                   "interrupted creation (\(bytes.count) bytes, no complete line): moved to \(directory.relative(target))")))
    }
    if moved > 0 {
      cacheState.needsSnapshot = true
      revision += 1
    }
    return moved
  }
}
