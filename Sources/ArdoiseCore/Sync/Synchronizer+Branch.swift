import Foundation

extension Synchronizer {
  /// The branch this site syncs: the one checked out (the remote's, adopted at `--init`; the one
  /// git checked out at a clone, `--clone` or a plain `git clone`). A detached HEAD syncs the
  /// group's default.
  func currentBranch() throws -> String {
    let output = try git.run(["symbolic-ref", "--quiet", "--short", "HEAD"])
    let name = output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    return output.succeeded && !name.isEmpty ? name : SyncRules.branch
  }

  /// The branch the group uses at `url`, asked before `--init` makes anything: the one the
  /// remote's HEAD names. An empty remote names none that `ls-remote` shows: its HEAD is read by
  /// cloning it (nothing to copy), so that the first push goes where a later plain `git clone`
  /// looks; when the remote does not say, this data directory's branch (else `main`).
  /// A remote that cannot be reached throws ``SyncError/unreachableAtInit(remote:detail:)``.
  func groupBranch(at url: String) throws -> String {
    let probe = Git(directory: Synchronizer.existingFolder(directory.path), executable: git.executable, environment: git.environment)
    let listing = try probe.run(["ls-remote", "--symref", url])
    guard listing.succeeded else { throw SyncError.unreachableAtInit(remote: url, detail: Synchronizer.shortReason(listing.reason)) }
    if case .branch(let name) = SyncRules.remoteBranch(lsRemote: listing.stdout) { return name }
    if let unborn = unbornBranch(at: url, probe: probe) { return unborn }
    return FileManager.default.fileExists(atPath: gitPath) ? try currentBranch() : SyncRules.branch
  }

  /// The branch an empty remote's HEAD names (git ≥ 2.31 tells a clone), or nil.
  private func unbornBranch(at url: String, probe: Git) -> String? {
    let folder = NSTemporaryDirectory() + "ardoise-head-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).git"
    defer { try? FileManager.default.removeItem(atPath: folder) }  // A leftover empty clone in the temp folder harms nothing.
    guard let clone = try? probe.run(["clone", "--quiet", "--bare", url, folder]), clone.succeeded,  // No answer: the caller's default.
      let bytes = try? POSIXFile.readFile(folder + "/HEAD")  // A clone with no HEAD file: no answer either.
    else { return nil }
    let head = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard head.hasPrefix("ref: refs/heads/") else { return nil }
    let name = String(head.dropFirst("ref: refs/heads/".count))
    return name.isEmpty ? nil : name
  }

  /// Names this repository's branch `branch` (a data directory that was already a repository,
  /// made with another default branch), so that it pushes where the group's clones look.
  func adopt(branch: String) throws {
    guard try currentBranch() != branch else { return }
    if try git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).succeeded {
      try git.succeed(["branch", "--move", branch])
    } else {
      try git.succeed(["symbolic-ref", "HEAD", "refs/heads/" + branch])
    }
  }

  /// `path`, or its nearest folder that exists (where git can run before `--init` made it).
  static func existingFolder(_ path: String) -> String {
    var folder = path
    while !folder.isEmpty && folder != "/" {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue { return folder }
      folder = (folder as NSString).deletingLastPathComponent
    }
    return "/"
  }
}
