/// The decisions of a sync that need no git and no disk: what must be ignored, what a commit
/// says, which lines a diff adds, how far ahead and behind a site is. Pure functions, tested alone.
public enum SyncRules {
  /// The branch a group starts on when neither the remote nor the data directory names one.
  /// Every site syncs the branch it has checked out: the remote's at `--init`, git's at a clone.
  public static let branch = "main"
  /// The name of the group's remote.
  public static let remoteName = "origin"

  /// The remote-tracking ref of the shared branch `branch`.
  public static func remoteRef(_ branch: String) -> String { "refs/remotes/\(remoteName)/\(branch)" }

  /// What `git ls-remote --symref URL` says of the remote, for `--init`.
  public enum RemoteBranch: Equatable, Sendable {
    /// The branch the group uses there.
    case branch(String)
    /// No branch yet: an empty repository.
    case empty
  }

  /// The branch the group uses at a remote, from `git ls-remote --symref URL`: the one its HEAD
  /// names; else (a HEAD naming a branch that does not exist) `main`, which an earlier ardoise
  /// pushed whatever the HEAD said, or the only branch there is; `.empty` when it has none.
  public static func remoteBranch(lsRemote: String) -> RemoteBranch {
    var heads: [String] = []
    for line in lsRemote.split(separator: "\n") {
      let fields = line.split(separator: "\t").map(String.init)
      guard fields.count == 2 else { continue }
      if fields[1] == "HEAD", fields[0].hasPrefix("ref: refs/heads/") { return .branch(String(fields[0].dropFirst("ref: refs/heads/".count))) }
      if fields[1].hasPrefix("refs/heads/") { heads.append(String(fields[1].dropFirst("refs/heads/".count))) }
    }
    if heads.isEmpty { return .empty }
    if heads.contains(branch) || heads.count > 1 { return .branch(branch) }
    return .branch(heads[0])
  }
  /// git's empty tree: the base to compare with when the remote has nothing yet.
  public static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

  /// What git must never carry: the lock, temp files, the caches, quarantine, personal data,
  /// written documents (they name the customer), and this machine's list of other sites.
  public static let requiredIgnores = [".lock", "*.tmp", ".summaries.cache", ".rendered.cache", "quarantine/", "people/", "documents/", "groups.toml"]

  /// Folders whose files must never be tracked, whatever `.gitignore` says.
  public static let privateFolders = ["people", "documents", "quarantine"]

  /// The attribute line that makes git merge case logs by union (both sites' lines kept).
  public static let unionAttribute = "cases/*.jsonl merge=union"

  /// The lines of `requiredIgnores` missing from a `.gitignore`.
  public static func missingIgnores(in gitignore: String) -> [String] {
    let present = Set(gitignore.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    return requiredIgnores.filter { !present.contains($0) && !present.contains("/" + $0) }
  }

  /// Whether a `.gitattributes` asks for the union merge of case logs.
  public static func hasUnionMerge(_ gitattributes: String) -> Bool {
    gitattributes.split(separator: "\n").contains { line in
      line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) == ["cases/*.jsonl", "merge=union"]
    }
  }

  /// One changed file, from `git diff --numstat`.
  public struct Change: Equatable, Sendable {
    public var path: String
    public var added: Int
    public var removed: Int
  }

  /// Reads `git diff --numstat` (binary files count as one line changed).
  public static func changes(numstat: String) -> [Change] {
    numstat.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
      guard fields.count == 3 else { return nil }
      return Change(path: fields[2], added: Int(fields[0]) ?? 1, removed: Int(fields[1]) ?? 0)
    }
  }

  /// The commit message for `changes`: case ids and event counts, file names, never any content
  /// (so never personal data). Nil when nothing changed.
  ///
  ///     ardoise: 2 cases, 5 events
  ///
  ///     261129-K7QF  +3
  ///     261130-B2MD  +2 (new)
  ///     config.toml
  public static func commitMessage(_ changes: [Change], newFiles: Set<String> = [], maximumListed: Int = 500) -> String? {
    guard !changes.isEmpty else { return nil }
    var caseLines: [String] = []
    var otherLines: [String] = []
    var events = 0
    for change in changes.sorted(by: { $0.path < $1.path }) {
      if let id = caseID(path: change.path) {
        events += change.added
        caseLines.append("\(id)  +\(change.added)" + (newFiles.contains(change.path) ? " (new)" : ""))
      } else {
        otherLines.append(change.path)
      }
    }
    var summary: [String] = []
    if !caseLines.isEmpty {
      summary.append(caseLines.count == 1 ? "1 case" : "\(caseLines.count) cases")
      summary.append(events == 1 ? "1 event" : "\(events) events")
    }
    if !otherLines.isEmpty { summary.append(otherLines.count == 1 ? "1 other file" : "\(otherLines.count) other files") }
    // A first sync of ten thousand cases names the first few hundred; the summary counts them all.
    let listed = caseLines.count > maximumListed ? Array(caseLines.prefix(maximumListed)) + ["… and \(caseLines.count - maximumListed) more cases"] : caseLines
    return "ardoise: " + summary.joined(separator: ", ") + "\n\n" + (listed + otherLines).joined(separator: "\n") + "\n"
  }

  /// The case id of a log path (`cases/261129-K7QF.jsonl`), or nil.
  public static func caseID(path: String) -> String? {
    guard path.hasPrefix("cases/"), path.hasSuffix(".jsonl") else { return nil }
    return String(path.dropFirst(6).dropLast(6))
  }

  /// A line a diff adds: its file, its line number in the new version, its text.
  public struct AddedLine: Equatable, Sendable {
    public var file: String
    public var line: Int
    public var text: String
  }

  /// The lines a unified diff (`git diff --unified=0`) adds, with their line numbers.
  public static func addedLines(diff: String) -> [AddedLine] {
    var lines: [AddedLine] = []
    var file = ""
    var next = 0
    for raw in diff.split(separator: "\n", omittingEmptySubsequences: false) {
      if raw.hasPrefix("+++ ") {
        let name = raw.dropFirst(4)
        file = name.hasPrefix("b/") ? String(name.dropFirst(2)) : String(name)
      } else if raw.hasPrefix("@@ ") {
        // @@ -a,b +c,d @@: the added lines start at c.
        let plus = raw.split(separator: " ").first { $0.hasPrefix("+") }
        next = plus.flatMap { Int($0.dropFirst().split(separator: ",")[0]) } ?? 0
      } else if raw.hasPrefix("+") {
        lines.append(AddedLine(file: file, line: next, text: String(raw.dropFirst())))
        next += 1
      }
    }
    return lines
  }

  /// Reads `git rev-list --left-right --count A...B`: commits only in A, only in B.
  public static func aheadBehind(_ text: String) -> (ahead: Int, behind: Int)? {
    let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).compactMap { Int($0) }
    guard fields.count == 2 else { return nil }
    return (fields[0], fields[1])
  }
}
