import Foundation

/// The seam through which tests watch, and make fail, the store's own file operations under one
/// folder: to replay every state a power cut may leave, and to check that a failed write leaves
/// nothing behind. Production code never installs one; an operation then costs one lock and one
/// empty check.
final class FileOperationWatcher: @unchecked Sendable {
  /// One operation, with the path it concerns.
  enum Operation: Equatable, Sendable {
    /// A file created with `O_EXCL`.
    case create(String)
    /// Bytes written (appended, or at the start of a new file).
    case write(String)
    case truncate(String, size: Int)
    case sync(String)
    case rename(from: String, to: String)
    /// A second name for a file (`link`), refused when the name exists.
    case link(from: String, to: String)
    case unlink(String)
    case syncDirectory(String)
  }

  enum Phase: Sendable { case before, after }

  /// Operations on paths under `root` are passed to `observe`; throwing in `.before` makes the
  /// operation fail with that error, as if the disk had refused it.
  let root: String
  let observe: (Operation, Phase) throws -> Void

  init(root: String, observe: @escaping (Operation, Phase) throws -> Void) {
    self.root = root.hasSuffix("/") ? root : root + "/"
    self.observe = observe
  }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var installed: [FileOperationWatcher] = []

  /// Installs `watcher` until ``remove(_:)``.
  static func install(_ watcher: FileOperationWatcher) {
    lock.withLock { installed.append(watcher) }
  }

  static func remove(_ watcher: FileOperationWatcher) {
    lock.withLock { installed.removeAll { $0 === watcher } }
  }

  /// Tells the watcher of `operation`'s folder, if any.
  static func notify(_ operation: Operation, _ phase: Phase) throws {
    let watchers = lock.withLock { installed }
    guard !watchers.isEmpty else { return }
    let path = operation.path
    for watcher in watchers where (path + "/").hasPrefix(watcher.root) { try watcher.observe(operation, phase) }
  }
}

extension FileOperationWatcher.Operation {
  var path: String {
    switch self {
    case .create(let path), .write(let path), .truncate(let path, _), .sync(let path), .unlink(let path), .syncDirectory(let path):
      return path
    case .rename(_, let to), .link(_, let to):
      return to
    }
  }
}
