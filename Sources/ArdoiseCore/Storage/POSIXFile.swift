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
/// Every throwing function here throws ``StoreError``.
enum POSIXFile {
  /// Opens `path`, retrying on EINTR.
  static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws -> Int32 {
    while true {
      let descriptor = Glibc.open(path, flags | O_CLOEXEC, mode)
      if descriptor >= 0 { return descriptor }
      if errno == EINTR { continue }
      throw StoreError.io(operation: "open", path: path, code: errno)
    }
  }

  /// Writes every byte, looping on short writes and EINTR.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
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
  }

  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
    try bytes.withUnsafeBytes { try writeAll(descriptor, $0, path: path) }
  }

  /// `fsync`; a failure means the bytes may not be on disk, and is never retried and trusted.
  static func sync(_ descriptor: Int32, path: String) throws {
    if fsync(descriptor) != 0 { throw StoreError.notConfirmed(path: path, code: errno) }
  }

  /// Makes a directory entry (a new or renamed file) durable.
  static func syncDirectory(_ path: String) throws {
    let descriptor = try open(path, O_RDONLY | O_DIRECTORY)
    defer { close(descriptor) }
    try sync(descriptor, path: path)
  }

  /// Reads from `offset` to the end of the file.
  ///
  /// - Parameter expectedSize: the file's size if the caller already has it from `fstat`, so no
  ///   second `fstat` is made. Loading a data directory reads thousands of small logs, and every
  ///   system call counts: the bytes are read straight into the result, and a read that reaches
  ///   the size `fstat` gave stops without the extra read that would return zero.
  static func read(_ descriptor: Int32, from offset: Int, expectedSize: Int? = nil, path: String) throws -> [UInt8] {
    let expected = max(0, (expectedSize ?? status(descriptor: descriptor)?.size ?? 0) - offset)
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
      if count == 0 { break }
      let expectedEnd = offset + expected
      if count < request {
        // Short of what was asked: the end of the file, once the size `fstat` gave is reached
        // (a network file system may return less before that, so ask again).
        if position >= expectedEnd { break }
        request = expectedEnd - position + 1
      } else {
        // All that was asked: the file grew meanwhile; read on.
        request = 64 * 1024
      }
    }
    return result
  }

  /// The whole file, or nil if it does not exist.
  static func readFile(_ path: String) throws -> [UInt8]? {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      if errno == ENOENT { return nil }
      throw StoreError.io(operation: "open", path: path, code: errno)
    }
    defer { close(descriptor) }
    return try read(descriptor, from: 0, path: path)
  }

  /// Replaces `path` with `bytes` so that readers see the old or the new file, never a mix:
  /// temp file created 0600 with O_EXCL, written, fsynced, closed, renamed over the target, and
  /// the directory fsynced. On any failure the temp file is removed and the target is untouched.
  static func replace(_ path: String, with bytes: [UInt8]) throws {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = directory + "/." + name + "." + String(getpid()) + "." + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".tmp"
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
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw StoreError.io(operation: "rename", path: path, code: code)
    }
    try syncDirectory(directory.isEmpty ? "." : directory)
  }

  /// Creates a directory with mode 0700 if it does not exist.
  static func makeDirectory(_ path: String) throws {
    if mkdir(path, 0o700) != 0 && errno != EEXIST {
      throw StoreError.io(operation: "mkdir", path: path, code: errno)
    }
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
  /// which matters when ten thousand logs are checked at start.
  static func status(in directory: Int32, name: String) -> Status? {
    var info = stat()
    guard fstatat(directory, name, &info, 0) == 0 else { return nil }
    return Status(info)
  }

  static func status(descriptor: Int32) -> Status? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    return Status(info)
  }

  /// Names in a directory (not `.` and `..`), or nil if it cannot be read.
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
