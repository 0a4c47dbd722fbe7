import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension DataDirectory {
  /// Takes every group and other permission off the data directory and everything in it, git's
  /// own files included (they hold the same data): 0600 files, 0700 folders. A plain `git clone`
  /// or a `git pull` under the usual umask leaves 0644/0755; ardoise tightens them on first use.
  public func tightenModes() {
    var pending = [path]
    while let folder = pending.popLast() {
      tighten(folder)
      guard let names = POSIXFile.listDirectory(folder) else { continue }
      for name in names {
        let child = folder + "/" + name
        var status = stat()
        guard lstat(child, &status) == 0 else { continue }
        if status.st_mode & S_IFMT == S_IFDIR {
          pending.append(child)
        } else if status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o077 != 0 {
          chmod(child, status.st_mode & 0o700)
        }
      }
    }
  }

  /// Tightens `relativePaths` (the files a sync changed) and the folders that lead to them, as
  /// ``tightenModes()`` does for the whole directory, without walking it.
  public func tightenModes(of relativePaths: [String]) {
    var folders = Set<String>()
    for relative in relativePaths {
      let child = path + "/" + relative
      var status = stat()
      if lstat(child, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o077 != 0 {
        chmod(child, status.st_mode & 0o700)
      }
      var folder = (relative as NSString).deletingLastPathComponent
      while !folder.isEmpty, folders.insert(folder).inserted { folder = (folder as NSString).deletingLastPathComponent }
    }
    for folder in folders { tighten(path + "/" + folder) }
  }

  /// Whether the data directory itself is open to other accounts (a fresh `git clone`).
  public var needsTightening: Bool {
    guard let status = POSIXFile.status(path) else { return false }
    return status.mode & 0o077 != 0
  }

  private func tighten(_ folder: String) {
    var status = stat()
    guard lstat(folder, &status) == 0, status.st_mode & 0o077 != 0 else { return }
    chmod(folder, status.st_mode & 0o700)
  }
}
