import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where ardoise keeps its plain files, and their layout:
///
///     <data>/                 0700
///       FORMAT                "ardoise-store 1"
///       .gitattributes        cases/*.jsonl merge=union
///       .gitignore            .lock, quarantine/, people/, *.tmp
///       .lock                 flock, and a change counter (see ``StoreLock``)
///       .summaries.cache      derived: a summary per case, used while its log is unchanged
///       .rendered.cache       derived: each case's `list --json` line, used while its log is unchanged
///       config.toml           the restaurant's settings
///       playbook.toml         optional: a replaced or extended playbook
///       cases/<id>.jsonl      one append-only event log per case, 0600
///       people/<id>.toml      a customer's identity, apart from the log so it can be purged
///       quarantine/           fragments of interrupted writes, never silently dropped
public struct DataDirectory: Sendable, Equatable {
  public static let formatLine = "ardoise-store \(formatVersion)"

  public let path: String

  public init(path: String) {
    var cleaned = path
    while cleaned.count > 1 && cleaned.hasSuffix("/") { cleaned.removeLast() }
    self.path = cleaned
  }

  /// The data directory to use: `flag` (`--data-dir`), else `ARDOISE_DATA_DIR`, else
  /// `$XDG_DATA_HOME/ardoise`, else `~/.local/share/ardoise`.
  public static func resolve(flag: String?, environment: [String: String]) -> DataDirectory {
    if let flag, !flag.isEmpty { return DataDirectory(path: absolute(flag, environment: environment)) }
    if let value = environment["ARDOISE_DATA_DIR"], !value.isEmpty {
      return DataDirectory(path: absolute(value, environment: environment))
    }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return DataDirectory(path: xdg + "/ardoise") }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return DataDirectory(path: home + "/.local/share/ardoise")
  }

  private static func absolute(_ path: String, environment: [String: String]) -> String {
    if path.hasPrefix("/") { return path }
    if path == "~" || path.hasPrefix("~/") {
      let home = environment["HOME"] ?? NSHomeDirectory()
      return home + path.dropFirst()
    }
    return FileManager.default.currentDirectoryPath + "/" + path
  }

  public var casesPath: String { path + "/cases" }
  public var peoplePath: String { path + "/people" }
  public var quarantinePath: String { path + "/quarantine" }
  public var documentsPath: String { path + "/documents" }
  public var lockPath: String { path + "/.lock" }
  public var formatPath: String { path + "/FORMAT" }
  public var configPath: String { path + "/config.toml" }
  public var playbookPath: String { path + "/playbook.toml" }
  public var templatesPath: String { path + "/templates" }

  public func logPath(_ id: IncidentID) -> String { casesPath + "/" + id.rawValue + ".jsonl" }
  public func personPath(_ id: IncidentID) -> String { peoplePath + "/" + id.rawValue + ".toml" }

  /// A path relative to the data directory, for messages.
  public func relative(_ full: String) -> String {
    full.hasPrefix(path + "/") ? String(full.dropFirst(path.count + 1)) : full
  }

  /// Whether the directory exists and holds ardoise data.
  public var isInitialized: Bool { FileManager.default.fileExists(atPath: formatPath) }

  /// Whether the directory holds no case yet.
  public var isEmpty: Bool {
    (POSIXFile.listDirectory(casesPath) ?? []).allSatisfy { !$0.hasSuffix(".jsonl") }
  }

  /// Creates the layout if needed (directories 0700, files 0600 from the first byte) and checks
  /// the format. An existing folder with other files and no FORMAT is refused. A data directory
  /// or one of its folders that other accounts may open is tightened to 0700.
  ///
  /// - Returns: what was changed that the user should know (a tightened mode), to show once.
  @discardableResult
  public func prepare() throws -> [LocalizedText] {
    if let names = POSIXFile.listDirectory(path) {
      if let format = try POSIXFile.readFile(formatPath, limit: FileLimits.settings) {
        let line = String(decoding: format, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        switch DataDirectory.formatReading(line) {
        case .current: break
        case .newer: throw StoreError.newerFormat(path: formatPath, found: line)
        case .damaged: throw StoreError.damagedFormat(path: formatPath, found: line)
        }
      } else {
        let known: Set<String> = ["cases", "config.toml", "playbook.toml", ".git", ".gitattributes", ".gitignore", "people",
                                  "quarantine", ".lock", "templates", "documents", "outbox", ".summaries.cache", ".rendered.cache", "groups.toml"]
        if !names.allSatisfy({ known.contains($0) }) { throw StoreError.notADataDirectory(path: path) }
      }
    } else {
      try makeParents(of: path)
      try POSIXFile.makeDirectory(path)
    }
    // Said before anything else changes them; then a plain `git clone` of a group's data, which
    // leaves 0755/0644, is tightened file by file.
    let wasOpen = needsTightening
    let notices = tightenFolders()
    if wasOpen { tightenModes() }
    for folder in [casesPath, peoplePath, quarantinePath] {
      do { try POSIXFile.makeDirectory(folder) } catch StoreError.symbolicLink {
        // Not followed: every write into it is refused and `ardoise check` reports it; the
        // other folders keep working.
        continue
      }
    }
    if !isInitialized {
      try POSIXFile.replace(path + "/.gitattributes", with: Array(DataDirectory.gitattributes.utf8))
      try POSIXFile.replace(path + "/.gitignore", with: Array(DataDirectory.gitignore.utf8))
      try POSIXFile.replace(formatPath, with: Array((DataDirectory.formatLine + "\n").utf8))
    }
    removeStaleTemporaryFiles()
    return notices
  }

  /// Folders that other accounts may open are set to 0700 (a data directory unpacked or copied
  /// with a wide umask); each one changed is said.
  private func tightenFolders() -> [LocalizedText] {
    var notices: [LocalizedText] = []
    for folder in [path, casesPath, peoplePath, quarantinePath, documentsPath] {
      var info = stat()
      guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_mode & 0o077 != 0 else { continue }
      let mode = String(info.st_mode & 0o777, radix: 8)
      guard chmod(folder, 0o700) == 0 else { continue }
      notices.append(LocalizedText("\(folder) était lisible par d’autres comptes (mode \(mode)) : passé en 0700",
                       "\(folder) was open to other accounts (mode \(mode)): set to 0700"))
    }
    return notices
  }

  /// Parent folders of a new data directory are created 0700 too (`~/.local/share` on a new account).
  private func makeParents(of path: String) throws {
    var parents: [String] = []
    var current = (path as NSString).deletingLastPathComponent
    while !current.isEmpty && current != "/" && !FileManager.default.fileExists(atPath: current) {
      parents.append(current)
      current = (current as NSString).deletingLastPathComponent
    }
    for parent in parents.reversed() { try POSIXFile.makeDirectory(parent) }
  }

  /// Temp files left by a crash during a replace are never data: remove them. One whose writer
  /// (the process id in its name, `.<name>.<pid>.<random>.tmp`) is still running is left alone:
  /// it is about to be renamed into place.
  private func removeStaleTemporaryFiles() {
    for folder in [path, peoplePath, documentsPath, quarantinePath] {
      for name in POSIXFile.listDirectory(folder) ?? [] where name.hasPrefix(".") && name.hasSuffix(".tmp") {
        let parts = name.split(separator: ".")
        if parts.count >= 3, let pid = pid_t(parts[parts.count - 3]), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
        // A temp file that cannot be removed is only space; it is never read as data.
        try? POSIXFile.remove(folder + "/" + name)
      }
    }
  }

  /// Warnings about folders that other accounts may open (not 0700): by default the data
  /// directory, cases/ and people/, which every full load looks at; `ardoise check` adds the
  /// others. The one folder check, so a folder is said once and in one wording. A symbolic link is
  /// not looked through: it is never followed, and `check` reports it as such.
  public func permissionProblems(of folders: [String]? = nil) -> [StoreProblem] {
    var problems: [StoreProblem] = []
    for folder in folders ?? [path, casesPath, peoplePath] {
      var info = stat()
      guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_mode & 0o077 != 0 else { continue }
      let mode = String(info.st_mode & 0o777, radix: 8)
      problems.append(StoreProblem(file: relative(folder), line: nil, severity: .warning,
        message: LocalizedText("lisible par d’autres comptes (mode \(mode), attendu 700) : chmod 700 \(folder)",
                   "open to other accounts (mode \(mode), expected 700): chmod 700 \(folder)")))
    }
    return problems
  }

  static let gitattributes = """
    # ardoise: case logs only ever grow by whole lines, so concurrent appends merge by union.
    cases/*.jsonl merge=union

    """

  static let gitignore = """
    # ardoise: never share the lock, interrupted-write fragments, temp files, or personal data.
    .lock
    *.tmp
    .summaries.cache
    .rendered.cache
    quarantine/
    people/
    documents/
    outbox/
    groups.toml

    """
}
