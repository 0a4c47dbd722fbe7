import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few system calls the store relies on, each checked, each failure a ``StoreError``.
///
/// Foundation's `Data.write(options: .atomic)` is not used for data: it widens an existing file's
/// mode to 0644 and does not fsync the directory.
/// Every throwing function here throws ``StoreError``. Every data file is opened with
/// `O_NONBLOCK | O_NOFOLLOW` and checked to be a regular file: a FIFO, a socket, a device or a
/// symbolic link put in the data directory is reported as a problem of that file, and never
/// hangs or floods a command. Writes go through ``FileOperationWatcher`` (a test seam).
enum POSIXFile {
  /// Flags added to every open of a data file.
  static let safeFlags = O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC

  /// Opens `path`, retrying on EINTR. A symbolic link is refused (`.symbolicLink`); so is
  /// anything but a regular file once open (`.notARegularFile`).
  static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws -> Int32 {
    let creates = flags & O_CREAT != 0 && flags & O_EXCL != 0
    if creates { try FileOperationWatcher.notify(.create(path), .before) }
    while true {
      // A directory may be reached through a symbolic link (a data directory kept elsewhere);
      // the folders inside it are checked by ``requireDirectory(_:)`` before they are written to.
      let descriptor = Glibc.open(path, flags | (flags & O_DIRECTORY != 0 ? O_NONBLOCK | O_CLOEXEC : safeFlags), mode)
      if descriptor >= 0 {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
          let code = errno
          close(descriptor)
          throw StoreError.io(operation: "fstat", path: path, code: code)
        }
        let isDirectoryWanted = flags & O_DIRECTORY != 0
        guard (info.st_mode & S_IFMT) == (isDirectoryWanted ? S_IFDIR : S_IFREG) else {
          close(descriptor)
          throw StoreError.notARegularFile(path: path)
        }
        if creates { try? FileOperationWatcher.notify(.create(path), .after) }  // After: observing only, never fails.
        return descriptor
      }
      if errno == EINTR { continue }
      if errno == ELOOP && flags & O_DIRECTORY == 0 {
        throw StoreError.symbolicLink(path: path)
      }
      throw StoreError.io(operation: "open", path: path, code: errno)
    }
  }

  /// Whether `path` itself (not what it points to) is a symbolic link.
  static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  /// Writes every byte, looping on short writes and EINTR.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
    try FileOperationWatcher.notify(.write(path), .before)
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw StoreError.io(operation: "write", path: path, code: errno)
      }
      offset += written
    }
    try? FileOperationWatcher.notify(.write(path), .after)  // After: observing only, never fails.
  }

  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
    try bytes.withUnsafeBytes { try writeAll(descriptor, $0, path: path) }
  }

  /// `fsync`; a failure means the bytes may not be on disk, and is never retried and trusted.
  static func sync(_ descriptor: Int32, path: String) throws {
    try FileOperationWatcher.notify(.sync(path), .before)
    if fsync(descriptor) != 0 { throw StoreError.notConfirmed(path: path, code: errno) }
    try? FileOperationWatcher.notify(.sync(path), .after)  // After: observing only, never fails.
  }

  /// Cuts the file open as `descriptor` to `size` bytes.
  static func truncate(_ descriptor: Int32, to size: Int, path: String) throws {
    try FileOperationWatcher.notify(.truncate(path, size: size), .before)
    guard ftruncate(descriptor, off_t(size)) == 0 else { throw StoreError.io(operation: "ftruncate", path: path, code: errno) }
    try? FileOperationWatcher.notify(.truncate(path, size: size), .after)  // After: observing only, never fails.
  }

  /// Renames `source` to `target` (replacing it).
  static func rename(_ source: String, to target: String) throws {
    try FileOperationWatcher.notify(.rename(from: source, to: target), .before)
    guard Glibc.rename(source, target) == 0 else { throw StoreError.io(operation: "rename", path: target, code: errno) }
    try? FileOperationWatcher.notify(.rename(from: source, to: target), .after)  // After: observing only, never fails.
  }

  /// Gives `source` the name `target` too, atomically and never over an existing file: false
  /// when `target` exists (whoever made it keeps it).
  static func linkWithoutReplacing(_ source: String, to target: String) throws -> Bool {
    try FileOperationWatcher.notify(.link(from: source, to: target), .before)
    guard Glibc.link(source, target) == 0 else {
      if errno == EEXIST { return false }
      throw StoreError.io(operation: "link", path: target, code: errno)
    }
    try? FileOperationWatcher.notify(.link(from: source, to: target), .after)  // After: observing only, never fails.
    return true
  }

  /// Removes `path`; a missing file is not an error.
  static func remove(_ path: String) throws {
    try FileOperationWatcher.notify(.unlink(path), .before)
    guard Glibc.unlink(path) == 0 || errno == ENOENT else { throw StoreError.io(operation: "unlink", path: path, code: errno) }
    try? FileOperationWatcher.notify(.unlink(path), .after)  // After: observing only, never fails.
  }

  /// Makes a directory entry (a new or renamed file) durable.
  static func syncDirectory(_ path: String) throws {
    try FileOperationWatcher.notify(.syncDirectory(path), .before)
    let descriptor = try open(path, O_RDONLY | O_DIRECTORY)
    defer { close(descriptor) }
    if fsync(descriptor) != 0 { throw StoreError.notConfirmed(path: path, code: errno) }
    try? FileOperationWatcher.notify(.syncDirectory(path), .after)  // After: observing only, never fails.
  }

  /// Reads from `offset` to the end of the file, at most `limit` bytes in all.
  ///
  /// - Parameter expectedSize: the file's size if the caller already has it from `fstat`, so no
  ///   second `fstat` is made. Loading a data directory reads thousands of small logs, and every
  ///   system call counts: the bytes are read straight into the result, and a read that reaches
  ///   the size `fstat` gave stops without the extra read that would return zero.
  /// - Throws: `.tooLarge` when the file holds more than `limit` bytes from `offset`.
  static func read(_ descriptor: Int32, from offset: Int, expectedSize: Int? = nil, limit: Int = FileLimits.other,
                   path: String) throws -> [UInt8] {
    let expected = max(0, (expectedSize ?? status(descriptor: descriptor)?.size ?? 0) - offset)
    if expected > limit { throw StoreError.tooLarge(path: path, limit: limit) }
    var result = [UInt8]()
    var position = offset
    // One byte more than expected, so that a file of exactly the expected size ends on a short read.
    var request = expected + 1
    while true {
      let start = result.count
      var failure: Int32 = 0
      var count = 0
      result.append(contentsOf: repeatElement(0, count: request))
      result.withUnsafeMutableBytes { buffer in
        while true {
          count = pread(descriptor, buffer.baseAddress! + start, request, off_t(position))
          if count < 0 && errno == EINTR { continue }
          if count < 0 { failure = errno }
          break
        }
      }
      if failure != 0 { throw StoreError.io(operation: "read", path: path, code: failure) }
      result.removeLast(request - count)
      position += count
      if result.count > limit { throw StoreError.tooLarge(path: path, limit: limit) }
      if count == 0 { break }
      let expectedEnd = offset + expected
      if count < request {
        // Short of what was asked: the end of the file, once the size `fstat` gave is reached
        // (a network file system may return less before that, so ask again).
        if position >= expectedEnd { break }
        request = expectedEnd - position + 1
      } else {
        // All that was asked: the file grew meanwhile; read on, never past the limit.
        request = min(64 * 1024, limit + 1 - result.count)
      }
    }
    return result
  }

  /// The whole file, or nil if it does not exist; at most `limit` bytes.
  static func readFile(_ path: String, limit: Int = FileLimits.other) throws -> [UInt8]? {
    let descriptor: Int32
    do { descriptor = try open(path, O_RDONLY) } catch StoreError.io(_, _, let code) where code == ENOENT { return nil }
    defer { close(descriptor) }
    return try read(descriptor, from: 0, limit: limit, path: path)
  }

  /// Replaces `path` with `bytes` so that readers see the old or the new file, never a mix:
  /// temp file created 0600 with O_EXCL, written, fsynced, closed, renamed over the target, and
  /// the directory fsynced. On any failure the temp file is removed and the target is untouched.
  static func replace(_ path: String, with bytes: [UInt8]) throws {
    let temporary = try writeTemporary(for: path, bytes)
    try commit(temporary, to: path)
  }

  /// The first half of ``replace(_:with:)``: `bytes` in a new temp file (0600 from its first
  /// byte, fsynced) next to `path`, whose path is returned; nothing is left on failure.
  /// Removed at the next start if never committed (see `DataDirectory.prepare()`).
  static func writeTemporary(for path: String, _ bytes: [UInt8]) throws -> String {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = (directory.isEmpty ? "." : directory) + "/." + name + "." + String(getpid()) + "."
      + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".tmp"
    let descriptor = try open(temporary, O_WRONLY | O_CREAT | O_EXCL)
    do {
      try writeAll(descriptor, bytes, path: temporary)
      try sync(descriptor, path: temporary)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    if close(descriptor) != 0 {
      let code = errno
      unlink(temporary)
      throw StoreError.io(operation: "close", path: temporary, code: code)
    }
    return temporary
  }

  /// The second half of ``replace(_:with:)``: renames `temporary` over `path` and fsyncs the
  /// directory. The temp file is removed when the rename fails.
  static func commit(_ temporary: String, to path: String) throws {
    do { try rename(temporary, to: path) } catch {
      unlink(temporary)
      throw error
    }
    let directory = (path as NSString).deletingLastPathComponent
    try syncDirectory(directory.isEmpty ? "." : directory)
  }

  /// Creates a directory with mode 0700 if it does not exist. An existing symbolic link or
  /// non-directory in its place is refused.
  static func makeDirectory(_ path: String) throws {
    if mkdir(path, 0o700) == 0 {
      // A new folder's entry is made durable too: a file then written in it and fsynced with its
      // folder survives a power cut only if the folder itself does.
      let parent = (path as NSString).deletingLastPathComponent
      try syncDirectory(parent.isEmpty ? "." : parent)
      return
    }
    guard errno == EEXIST else { throw StoreError.io(operation: "mkdir", path: path, code: errno) }
    try requireDirectory(path)
  }

  /// Throws unless `path` itself is a directory (a symbolic link to one is refused).
  static func requireDirectory(_ path: String) throws {
    var info = stat()
    guard lstat(path, &info) == 0 else { throw StoreError.io(operation: "lstat", path: path, code: errno) }
    if (info.st_mode & S_IFMT) == S_IFLNK { throw StoreError.symbolicLink(path: path) }
    if (info.st_mode & S_IFMT) != S_IFDIR { throw StoreError.io(operation: "mkdir", path: path, code: ENOTDIR) }
  }

  /// Identity and size of a file, to notice changes made by another process.
  struct Status: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modified: Int64
    var mode: UInt32
  }

  static func status(_ path: String) -> Status? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Status(info)
  }

  /// The status of `name` in the directory open as `directory`: no path walk from the root,
  /// which matters when ten thousand logs are checked at start. A symbolic link's own status.
  static func status(in directory: Int32, name: String) -> Status? {
    var info = stat()
    guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return Status(info)
  }

  static func status(descriptor: Int32) -> Status? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    return Status(info)
  }

  /// Names in a directory (not `.` and `..`), or nil if it cannot be read.
  /// Calls `body` with the name of each entry of the directory at `path` (not `.` or `..`), one
  /// at a time: a hundred thousand names are never held at once. False when it cannot be opened.
  static func forEachName(in path: String, _ body: (String) -> Void) -> Bool {
    guard let directory = opendir(path) else { return false }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { body(name) }
    }
    return true
  }

  static func listDirectory(_ path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}

extension POSIXFile.Status {
  /// Whether both describe the same file with the same bytes as far as `stat` can tell: same
  /// device, inode, size and modification time (the mode may differ).
  func isSameFile(as other: POSIXFile.Status) -> Bool {
    device == other.device && inode == other.inode && size == other.size && modified == other.modified
  }

  init(_ info: stat) {
    self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
              modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
              mode: UInt32(info.st_mode))
  }
}
