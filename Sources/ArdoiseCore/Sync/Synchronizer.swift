import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Syncs a data directory with the group's remote through git: commit what changed here, fetch,
/// merge (case logs by union), replay, push.
///
/// Order and locks:
/// - One sync at a time per data directory (`flock` on `.git/ardoise-sync.lock`).
/// - The fetch and the push run without the store's write lock, so the restaurant keeps
///   recording while the network is slow. Staging, the privacy check, the commit and the merge run
///   under it (a few hundredths of a second): git never reads half a line, and never rewrites a
///   log while ardoise appends to it.
/// - Personal data is checked in the index against what the remote already has, before anything
///   is committed: a refused sync commits nothing.
/// - A sync killed at any point leaves git locks or a half-done merge; the next sync clears the
///   locks (it holds the sync lock, so no other sync owns them) and commits whatever is on disk.
public final class Synchronizer {
  public let directory: DataDirectory
  let git: Git
  /// Told what is being done, step by step.
  public var progress: ProgressHandler?
  /// How long the sync waits for a writer to release the store's lock.
  public var storeLockTimeout: Duration = .seconds(20)
  private let now: () -> Date

  public init(directory: DataDirectory, environment: [String: String] = ProcessInfo.processInfo.environment, now: @escaping () -> Date = Date.init) {
    self.directory = directory
    self.git = Git(directory: directory.path, environment: environment)
    self.now = now
  }

  var gitPath: String { directory.path + "/.git" }
  var lastSyncPath: String { gitPath + "/ardoise-last-sync" }

  /// Whether the data directory is a git repository with the group's remote.
  public var isSetUp: Bool { FileManager.default.fileExists(atPath: gitPath) && remoteURL != nil }

  /// The remote's URL, if one is set.
  public var remoteURL: String? { (try? git.config("remote.\(SyncRules.remoteName).url")) ?? nil }  // A git that cannot run means no remote known.

  // MARK: - Setting up

  /// `ardoise sync --init URL`: makes the data directory a repository with `url` as the group's
  /// remote, then syncs (pushing this site's data, or merging what the remote already holds).
  public func initialize(remote url: String) throws -> SyncReport {
    try requireGit()
    _ = umask(0o077)
    if let existing = remoteURL {
      guard existing == url else { throw SyncError.alreadySetUp(remote: existing) }
      return try sync()
    }
    // Asked before anything is made: a remote that cannot be reached leaves the folder as it was.
    let branch = try groupBranch(at: url)
    do { try directory.prepare() } catch let error as StoreError { throw SyncError.store(error) }
    if !FileManager.default.fileExists(atPath: gitPath) {
      try git.succeed(["init", "-q", "--initial-branch=" + branch])
    } else {
      try adopt(branch: branch)
    }
    try git.succeed(["remote", "add", SyncRules.remoteName, url])
    return try sync()
  }

  /// `ardoise sync --clone URL DIR`: a new site starts from the group's remote.
  public static func clone(url: String, into directory: DataDirectory, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Synchronizer {
    _ = umask(0o077)
    if let names = POSIXFile.listDirectory(directory.path), !names.isEmpty { throw SyncError.destinationNotEmpty(path: directory.path) }
    let parent = (directory.path as NSString).deletingLastPathComponent
    do { try POSIXFile.makeDirectory(directory.path) } catch {
      // A parent that does not exist: create it as the store would, 0700.
      try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])  // If this fails, the next line reports it.
      do { try POSIXFile.makeDirectory(directory.path) } catch let error as StoreError { throw SyncError.store(error) }
    }
    let git = Git(directory: directory.path, environment: environment)
    guard git.isAvailable else { throw SyncError.gitUnavailable(git.executable) }
    let output = try git.run(["clone", "-q", "--origin", SyncRules.remoteName, url, "."])
    guard output.succeeded else {
      rmdir(directory.path)
      throw SyncError.unreachable(remote: url, detail: Synchronizer.shortReason(output.reason))
    }
    // git checks out the branch the remote's HEAD names, as a plain `git clone` does. A HEAD
    // naming a branch that does not exist (an earlier ardoise pushed `main` to a remote whose
    // HEAD says `master`) leaves nothing checked out: the group's branch is then checked out, or
    // an empty site's first sync would merge an unrelated history.
    if !(try git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).succeeded) {
      let names = try git.succeed(["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/" + SyncRules.remoteName + "/"])
        .split(separator: "\n").filter { $0 != "HEAD" }.map { "-\trefs/heads/" + $0 }.joined(separator: "\n")
      if case .branch(let branch) = SyncRules.remoteBranch(lsRemote: names) {
        try git.succeed(["checkout", "--quiet", "-B", branch, SyncRules.remoteRef(branch)])
      }
    }
    let synchronizer = Synchronizer(directory: directory, environment: environment)
    do { try directory.prepare() } catch let error as StoreError { throw SyncError.store(error) }
    try synchronizer.prepareRepository()
    try synchronizer.writeLastSync()
    return synchronizer
  }

  // MARK: - Syncing

  /// `ardoise sync`: commit, fetch, merge, replay, push. Tries again (fetch, merge) when another
  /// site pushed in between, up to three times.
  public func sync() throws -> SyncReport {
    try requireSetUp()
    return try withSyncLock {
      var report = SyncReport()
      try prepareRepository()
      let branch = try currentBranch()
      let remoteRef = SyncRules.remoteRef(branch)
      report.recovered = try clearInterruptedState()
      for attempt in 1...3 {
        step(LocalizedText("réception", "fetching"), 1)
        let fetch = try git.run(["fetch", "--quiet", "--no-tags", SyncRules.remoteName])
        let reachable = fetch.succeeded
        step(LocalizedText("enregistrement et fusion", "committing and merging"), 2)
        try commitAndMerge(fetchSucceeded: reachable, remoteRef: remoteRef, report: &report)
        guard reachable else {
          throw SyncError.unreachable(remote: remoteURL ?? "?", detail: Synchronizer.shortReason(fetch.reason))
        }
        if report.receivedEvents + report.receivedFiles > 0 {
          step(LocalizedText("relecture", "replaying"), 3)
          report.problemCount = replayProblems()
        }
        step(LocalizedText("envoi", "pushing"), 4)
        if try isAheadOfRemote(remoteRef) {
          // What leaves: everything here the remote lacks, earlier commits a failed sync kept included.
          let hasRemote = try git.run(["rev-parse", "--verify", "--quiet", remoteRef]).succeeded
          let sent = SyncRules.changes(numstat: try git.succeed(["diff", "--numstat", "--no-renames", hasRemote ? remoteRef : SyncRules.emptyTree, "HEAD"]))
          (report.sentEvents, report.sentCases, report.sentFiles) = (0, 0, 0)
          for change in sent {
            if SyncRules.caseID(path: change.path) != nil { report.sentCases += 1; report.sentEvents += change.added } else { report.sentFiles += 1 }
          }
          let push = try git.run(["push", "--quiet", SyncRules.remoteName, "HEAD:refs/heads/" + branch])
          if !push.succeeded {
            if Synchronizer.isRejection(push.stderr) && attempt < 3 { continue }
            if Synchronizer.isRejection(push.stderr) { throw SyncError.gitFailed("push", push.lastErrorLine) }
            throw SyncError.unreachable(remote: remoteURL ?? "?", detail: Synchronizer.shortReason(push.reason))
          }
          report.pushed = true
          // The remote-tracking ref follows the push, so --status says "up to date" at once.
          _ = try git.run(["update-ref", remoteRef, "HEAD"])
        }
        break
      }
      try writeLastSync()
      return report
    }
  }

  /// Stages everything, refuses personal data, commits, merges the remote's branch. Under the
  /// store's write lock.
  private func commitAndMerge(fetchSucceeded: Bool, remoteRef: String, report: inout SyncReport) throws {
    let lock = StoreLock(path: directory.lockPath)
    do {
      try lock.withLock(timeout: storeLockTimeout) { holder in
        try git.succeed(["add", "--all"])
        try refusePersonalData(remoteRef: remoteRef)
        let hasHead = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).succeeded
        let numstat = try git.succeed(["diff", "--cached", "--numstat", "--no-renames", hasHead ? "HEAD" : SyncRules.emptyTree])
        let changes = SyncRules.changes(numstat: numstat)
        let merging = FileManager.default.fileExists(atPath: gitPath + "/MERGE_HEAD")
        if !changes.isEmpty || merging {
          let newFiles = Set(try git.succeed(["diff", "--cached", "--name-only", "--diff-filter=A", hasHead ? "HEAD" : SyncRules.emptyTree])
            .split(separator: "\n").map(String.init))
          let message = SyncRules.commitMessage(changes, newFiles: newFiles) ?? "ardoise: merge\n"
          // On stdin: the message of a first sync lists thousands of cases, too long for an argument.
          try git.succeed(["commit", "--quiet", "--no-verify", "--allow-empty", "--file=-"], input: message)
        }
        guard fetchSucceeded, try git.run(["rev-parse", "--verify", "--quiet", remoteRef]).succeeded else { return }
        // Already contained: nothing to merge.
        if try git.run(["merge-base", "--is-ancestor", remoteRef, "HEAD"]).succeeded { return }
        let before = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"])
        var arguments = ["merge", "--quiet", "--no-edit", "--no-verify", "-m", "ardoise: merge from the group"]
        if before.succeeded, !(try git.run(["merge-base", "HEAD", remoteRef]).succeeded) {
          arguments.append("--allow-unrelated-histories")
        }
        let merge = try git.run(arguments + [remoteRef])
        holder.countChange()
        if !merge.succeeded {
          let conflicts = try currentConflicts()
          guard !conflicts.isEmpty else { throw SyncError.gitFailed("merge", merge.lastErrorLine) }
          // This site keeps working with its own version until someone chooses.
          for conflict in conflicts where conflict.ours != nil { _ = try git.run(["checkout", "--ours", "--", conflict.file]) }
          throw SyncError.conflict(conflicts)
        }
        let base = before.succeeded ? before.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : SyncRules.emptyTree
        let received = SyncRules.changes(numstat: try git.succeed(["diff", "--numstat", "--no-renames", base, "HEAD"]))
        for change in received {
          if SyncRules.caseID(path: change.path) != nil { report.receivedCases += 1; report.receivedEvents += change.added } else { report.receivedFiles += 1 }
        }
        directory.tightenModes(of: received.map(\.path))
      }
    } catch let error as StoreError {
      throw SyncError.store(error)
    }
  }

  /// Refuses when the index holds a private file, or when a case-log line the remote does not
  /// have yet holds personal data.
  private func refusePersonalData(remoteRef: String) throws {
    var findings: [PersonalDataFinding] = []
    let tracked = try git.succeed(["ls-files", "--cached", "--"] + SyncRules.privateFolders)
    for file in tracked.split(separator: "\n") {
      findings.append(PersonalDataFinding(kind: .trackedPrivateFile, file: String(file)))
    }
    let hasRemote = try git.run(["rev-parse", "--verify", "--quiet", remoteRef]).succeeded
    let diff = try git.succeed(["diff", "--cached", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames",
                                hasRemote ? remoteRef : SyncRules.emptyTree, "--", "cases"])
    let added = SyncRules.addedLines(diff: diff)
    if !added.isEmpty {
      let scan = personalDataScan()
      for line in added {
        if let finding = scan.findings(inLine: line.text, file: line.file, line: line.line) { findings.append(finding) }
      }
    }
    // Left staged: nothing is committed, and the next sync stages and checks everything again.
    if !findings.isEmpty { throw SyncError.personalData(findings) }
  }

  /// The identities recorded at this site, and the restaurant's own contact details.
  private func personalDataScan() -> PersonalDataScan {
    var identities: [(source: String, identity: CustomerIdentity)] = []
    for name in (POSIXFile.listDirectory(directory.peoplePath) ?? []).sorted() where name.hasSuffix(".toml") {
      let path = directory.peoplePath + "/" + name
      guard let bytes = try? POSIXFile.readFile(path), let text = String(validating: bytes, as: UTF8.self),  // An unreadable file gives nothing to look for.
        let identity = try? CustomerIdentity(tomlText: text)  // A damaged identity file is reported by check, not here.
      else { continue }
      identities.append((directory.relative(path), identity))
    }
    let config = Config.load(from: directory).config
    return PersonalDataScan(identities: identities, exemptions: [config.email, config.phone].compactMap { $0 })
  }

  /// Whether HEAD holds commits the remote does not.
  private func isAheadOfRemote(_ remoteRef: String) throws -> Bool {
    guard try git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).succeeded else { return false }
    guard try git.run(["rev-parse", "--verify", "--quiet", remoteRef]).succeeded else { return true }
    return !(try git.run(["merge-base", "--is-ancestor", "HEAD", remoteRef]).succeeded)
  }

  /// How many problems reading every case finds now (the summary cache spares the unchanged ones).
  /// The merged logs' summaries are then saved to the cache, as a write does: otherwise every
  /// later command and sync would read them again, all of them after a first sync.
  private func replayProblems() -> Int {
    guard let store = try? Store(directory: directory, actor: "sync", preparing: false) else { return 0 }  // A store that cannot open is reported by the next command.
    let count = store.allProblems.count
    store.saveSummaryCache()
    return count
  }

  // MARK: - Conflicts

  /// Files git left unmerged, with both versions.
  func currentConflicts() throws -> [SyncConflict] {
    let unmerged = try git.succeed(["diff", "--name-only", "--diff-filter=U"])
    return try unmerged.split(separator: "\n").map(String.init).map { file in
      let ours = try git.run(["show", ":2:" + file])
      let theirs = try git.run(["show", ":3:" + file])
      return SyncConflict(file: file, ours: ours.succeeded ? ours.stdout : nil, theirs: theirs.succeeded ? theirs.stdout : nil)
    }
  }

  /// `ardoise sync --resolve ours|theirs FILE`: keeps one version, ends the merge once nothing is
  /// left in conflict, and syncs.
  public func resolve(_ side: SyncSide, file: String) throws -> SyncReport {
    try requireSetUp()
    let relative = file.hasPrefix("/") ? directory.relative(file) : file
    try withSyncLock {
      let conflicts = try currentConflicts()
      guard conflicts.contains(where: { $0.file == relative }) else { throw SyncError.notInConflict(file: relative) }
      let checkout = try git.run(["checkout", "--" + side.rawValue, "--", relative])
      if checkout.succeeded {
        try git.succeed(["add", "--", relative])
      } else {
        // That side deleted the file.
        try git.succeed(["rm", "--quiet", "--", relative])
      }
    }
    guard try currentConflicts().isEmpty else { return SyncReport() }
    return try sync()
  }

  // MARK: - Status

  /// `ardoise sync --status`: what is not sent, ahead, behind, and when the last sync was.
  public func status() throws -> SyncStatus {
    try requireSetUp()
    var status = SyncStatus(remote: remoteURL ?? "?")
    let remoteRef = SyncRules.remoteRef(try currentBranch())
    status.lastSync = lastSync()
    let hasRemote = try git.run(["rev-parse", "--verify", "--quiet", remoteRef]).succeeded
    let hasHead = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).succeeded
    if hasHead && hasRemote, let counts = SyncRules.aheadBehind(try git.succeed(["rev-list", "--left-right", "--count", "HEAD..." + remoteRef])) {
      (status.ahead, status.behind) = counts
    } else if hasHead {
      status.ahead = Int(try git.succeed(["rev-list", "--count", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
    // Tracked changes since the remote's state, then files git does not know yet.
    let base = hasRemote ? remoteRef : SyncRules.emptyTree
    for change in SyncRules.changes(numstat: try git.succeed(["diff", "--numstat", "--no-renames", base])) {
      if SyncRules.caseID(path: change.path) != nil { status.unsentEvents += change.added } else { status.unsentFiles += 1 }
    }
    for file in try git.succeed(["ls-files", "--others", "--exclude-standard"]).split(separator: "\n").map(String.init) {
      if SyncRules.caseID(path: file) != nil {
        let bytes = (try? POSIXFile.readFile(directory.path + "/" + file)) ?? nil  // A file that vanished has nothing to send.
        status.unsentEvents += bytes?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
      } else {
        status.unsentFiles += 1
      }
    }
    status.conflicts = try git.succeed(["diff", "--name-only", "--diff-filter=U"]).split(separator: "\n").map(String.init)
    return status
  }

  /// When the last sync completed.
  public func lastSync() -> Date? {
    guard let bytes = try? POSIXFile.readFile(lastSyncPath) else { return nil }  // No stamp (or none readable): never synced.
    return Double(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)).map { Date(timeIntervalSince1970: $0) }
  }

  private func writeLastSync() throws {
    do {
      try POSIXFile.replace(lastSyncPath, with: Array(String(Int(now().timeIntervalSince1970)).utf8))
    } catch let error as StoreError {
      throw SyncError.store(error)
    }
  }

  // MARK: - Preparing and recovering

  private func requireGit() throws {
    guard git.isAvailable else { throw SyncError.gitUnavailable(git.executable) }
  }

  private func requireSetUp() throws {
    try requireGit()
    guard isSetUp else { throw SyncError.notSetUp(path: directory.path) }
  }

  /// Makes the repository fit to sync: a local identity for commits (never the user's global
  /// one, which may hold a personal email), git's own fsync of what it commits, the union merge
  /// for case logs, every private path ignored, and modes 0600/0700 everywhere.
  func prepareRepository() throws {
    _ = umask(0o077)
    if try git.config("user.name") == nil { try git.succeed(["config", "user.name", "ardoise"]) }
    if try git.config("user.email") == nil {
      let email = Config.load(from: directory).config.email.flatMap { $0.contains("@") ? $0 : nil } ?? "ardoise@localhost"
      try git.succeed(["config", "user.email", email])
    }
    try git.succeed(["config", "core.fsync", "committed,index"])
    try git.succeed(["config", "core.fsyncMethod", "fsync"])
    let attributesPath = directory.path + "/.gitattributes"
    let attributes = ((try? POSIXFile.readFile(attributesPath)) ?? nil).map { String(decoding: $0, as: UTF8.self) } ?? ""  // Missing: written below.
    do {
      if !SyncRules.hasUnionMerge(attributes) {
        try POSIXFile.replace(attributesPath, with: Array((attributes + (attributes.isEmpty || attributes.hasSuffix("\n") ? "" : "\n")
          + SyncRules.unionAttribute + "\n").utf8))
      }
      let ignorePath = directory.path + "/.gitignore"
      let ignore = ((try? POSIXFile.readFile(ignorePath)) ?? nil).map { String(decoding: $0, as: UTF8.self) } ?? ""  // Missing: written below.
      let missing = SyncRules.missingIgnores(in: ignore)
      if !missing.isEmpty {
        try POSIXFile.replace(ignorePath, with: Array((ignore + (ignore.isEmpty || ignore.hasSuffix("\n") ? "" : "\n")
          + missing.joined(separator: "\n") + "\n").utf8))
      }
    } catch let error as StoreError {
      throw SyncError.store(error)
    }
    // git must really use its union driver for case logs (a local attribute could override it).
    let attribute = try git.succeed(["check-attr", "merge", "--", "cases/000000-AAAA.jsonl"])
    guard attribute.hasSuffix(": merge: union\n") else { throw SyncError.gitFailed("check-attr", attribute.trimmingCharacters(in: .whitespacesAndNewlines)) }
    // The whole directory on first use (a plain `git clone` leaves 0755/0644 everywhere); then
    // only what a merge changes (below), never a walk over every file at each sync.
    if directory.needsTightening || (POSIXFile.status(gitPath).map { $0.mode & 0o077 != 0 } ?? false) { directory.tightenModes() }
  }

  /// Clears what a sync killed in the middle left: git's lock files (no other sync can own them
  /// while this one holds the sync lock). A merge left in progress is finished by the next commit,
  /// unless files are still in conflict.
  func clearInterruptedState() throws -> [String] {
    var cleared: [String] = []
    var candidates = ["index.lock", "HEAD.lock", "ORIG_HEAD.lock", "MERGE_HEAD.lock", "packed-refs.lock", "config.lock", "FETCH_HEAD.lock"]
    if let enumerator = FileManager.default.enumerator(atPath: gitPath + "/refs") {
      for case let name as String in enumerator where name.hasSuffix(".lock") { candidates.append("refs/" + name) }
    }
    for name in candidates where unlink(gitPath + "/" + name) == 0 { cleared.append(".git/" + name) }
    if FileManager.default.fileExists(atPath: gitPath + "/MERGE_HEAD") {
      let conflicts = try currentConflicts()
      if !conflicts.isEmpty { throw SyncError.conflict(conflicts) }
      cleared.append(".git/MERGE_HEAD")
    }
    return cleared
  }

  private func withSyncLock<T>(_ body: () throws -> T) throws -> T {
    let path = gitPath + "/ardoise-sync.lock"
    let descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw SyncError.store(.io(operation: "open", path: path, code: errno)) }
    defer { close(descriptor) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { throw SyncError.busy }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }

  private func step(_ phase: LocalizedText, _ number: Int) {
    progress?(ProgressReport(phase: phase, done: number, total: 4))
  }

  /// Whether a push failed because the remote moved on (fetch and merge again).
  static func isRejection(_ stderr: String) -> Bool {
    stderr.contains("[rejected]") || stderr.contains("non-fast-forward") || stderr.contains("fetch first")
  }

  /// git's reason, without its `fatal: ` prefix.
  static func shortReason(_ line: String) -> String {
    var text = line
    for prefix in ["fatal: ", "error: "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
    return text
  }
}
