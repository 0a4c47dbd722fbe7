import Glibc

/// Which file a case log is (device and inode): an append keeps it, a sync or git run elsewhere,
/// which writes a new file and renames it over the old, changes it.
struct LogFileIdentity: Equatable {
  var device: UInt64
  var inode: UInt64

  /// The file at `path` itself (a symbolic link is not followed); nil when there is none.
  init?(path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
