import Foundation
import Glibc

/// Where a data directory's git repository stands, as far as `stat` tells: its HEAD, the branch
/// HEAD names, packed refs, the last fetch and merge. A sync or git run in another terminal
/// changes it; the screen's own writes do not. git may write a merged log in place of the old
/// one with the same inode (a freed inode is reused), so this, with the log read again at the
/// same look or the next, is what tells a sync's replacement from an append.
struct RepositoryStamp: Equatable {
  private var files: [[Int64]]

  /// The stamp of the repository in `directory`; nil when it is not one.
  init?(directory: String) {
    let git = directory + "/.git"
    var info = stat()
    guard lstat(git, &info) == 0 else { return nil }
    var paths = [git + "/HEAD", git + "/packed-refs", git + "/FETCH_HEAD", git + "/ORIG_HEAD"]
    // `ref: refs/heads/main`: the branch's own file, when its ref is not packed.
    if let head = try? String(contentsOfFile: git + "/HEAD", encoding: .utf8), head.hasPrefix("ref: ") {  // no HEAD: the stamp says so by itself
      let ref = head.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)
      if !ref.contains("..") { paths.append(git + "/" + ref) }
    }
    files = paths.map { path in
      var info = stat()
      guard lstat(path, &info) == 0 else { return [] }
      return [Int64(info.st_ino), Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
    }
  }
}
