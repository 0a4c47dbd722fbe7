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
struct StoreLock {
  let path: String

  /// Runs `body` holding the lock; waits up to `timeout` for another writer to finish.
  func withLock<T>(timeout: Duration = .seconds(3), _ body: () throws -> T) throws -> T {
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
    return try body()
  }
}
