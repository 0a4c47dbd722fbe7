import Foundation

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// Makes the store's file operations under one folder fail as a full disk would, while
/// installed (a ``FileOperationWatcher``).
final class FailingDisk {
  private let watcher: FileOperationWatcher

  /// - Parameter failing: whether the operation must fail with ENOSPC.
  init(under root: String, failing: @escaping (FileOperationWatcher.Operation) -> Bool) {
    let box = LogBox()
    watcher = FileOperationWatcher(root: root) { operation, phase in
      guard phase == .before else { return }
      box.operations.append(operation)
      if failing(operation) { throw StoreError.io(operation: "write", path: operation.path, code: ENOSPC) }
    }
    self.box = box
    FileOperationWatcher.install(watcher)
  }

  private let box: LogBox
  /// Every operation seen, failed or not.
  var operations: [FileOperationWatcher.Operation] { box.operations }

  /// Puts the disk back.
  func remove() { FileOperationWatcher.remove(watcher) }

  private final class LogBox: @unchecked Sendable { var operations: [FileOperationWatcher.Operation] = [] }
}

/// Every file under `path`, relative to it, hidden ones included.
func allFiles(under path: String) -> [String] {
  (FileManager.default.subpaths(atPath: path) ?? []).filter { name in
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory) && !isDirectory.boolValue
  }.sorted()
}
