import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The data directory's write lock: `flock` on `.lock`, a file used for nothing else. Held only
/// for one write, so two terminals both keep working; released by the kernel if its holder dies.
///
/// `flock` rather than POSIX `fcntl` locks, which the process silently loses when it closes any
/// other descriptor of the same file.
///
/// The file also holds a change counter: eight bytes every writer increments, under the lock,
/// after each change it made durable. A terminal that finds the counter where it left it knows
/// no other ardoise changed a case, without looking at ten thousand logs. It is a hint, never
/// synced: a lost increment only means a change is noticed at the next full look.
struct StoreLock {
  let path: String

  /// Runs `body` holding the lock; waits up to `timeout` for another writer to finish.
  /// `body` gets a ``Holder`` to bump the change counter with.
  func withLock<T>(timeout: Duration = .seconds(3), _ body: (Holder) throws -> T) throws -> T {
    let descriptor = try POSIXFile.open(path, O_RDWR | O_CREAT)
    defer { close(descriptor) }
    let deadline = ContinuousClock.now + timeout
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR else {
        throw StoreError.io(operation: "flock", path: path, code: errno)
      }
      guard ContinuousClock.now < deadline else { throw StoreError.busy(path: path) }
      usleep(2_000)
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body(Holder(descriptor: descriptor))
  }

  /// What the lock's holder may do: count a change.
  struct Holder {
    fileprivate let descriptor: Int32

    /// Adds one to the change counter and returns the value it had before.
    @discardableResult
    func countChange() -> UInt64 {
      let previous = StoreLock.counter(in: descriptor)
      var next = (previous &+ 1).littleEndian
      _ = withUnsafeBytes(of: &next) { pwrite(descriptor, $0.baseAddress, 8, 0) }
      return previous
    }
  }

  /// The change counter: 0 while no writer has made the lock file; nil when it cannot be read
  /// (then every look is a full one).
  func changeCount() -> UInt64? {
    let descriptor = open(path, O_RDONLY | POSIXFile.safeFlags)
    if descriptor < 0 && errno == ENOENT { return 0 }
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    guard POSIXFile.status(descriptor: descriptor).map({ $0.mode & UInt32(S_IFMT) == UInt32(S_IFREG) }) == true else { return nil }
    return Self.counter(in: descriptor)
  }

  /// The counter in the file open as `descriptor`: 0 for a file shorter than eight bytes (a new
  /// data directory, or one an older ardoise wrote).
  private static func counter(in descriptor: Int32) -> UInt64 {
    var value: UInt64 = 0
    let count = withUnsafeMutableBytes(of: &value) { pread(descriptor, $0.baseAddress, 8, 0) }
    return count == 8 ? UInt64(littleEndian: value) : 0
  }
}
