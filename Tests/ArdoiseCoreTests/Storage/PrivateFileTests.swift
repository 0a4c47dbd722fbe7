import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// `export --out`: a file that may hold personal data is 0600 from its first byte.
@Suite struct PrivateFileTests {
  @Test func theFileIs0600FromTheMomentItExists() throws {
    let temporary = try TemporaryDirectory()
    let target = temporary.child("export.csv")
    try Data("old".utf8).write(to: URL(fileURLWithPath: target))
    chmod(target, 0o644)
    let modes = ModeLog()
    let watcher = FileOperationWatcher(root: temporary.path) { operation, phase in
      guard phase == .after, case .create(let path) = operation else { return }
      var info = stat()
      if stat(path, &info) == 0 { modes.append((info.st_mode & 0o777, Int(info.st_size))) }
    }
    FileOperationWatcher.install(watcher)
    defer { FileOperationWatcher.remove(watcher) }
    try PrivateFile.write(Array("id,amount\n".utf8), to: target)
    FileOperationWatcher.remove(watcher)
    // Created empty and already 0600, before any byte was written.
    #expect(modes.entries.count == 1)
    #expect(modes.entries.first.map { $0.0 == 0o600 && $0.1 == 0 } == true)
    var info = stat()
    #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o600)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "id,amount\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == ["export.csv"])
  }

  private final class ModeLog: @unchecked Sendable {
    var entries: [(mode_t, Int)] = []
    func append(_ entry: (mode_t, Int)) { entries.append(entry) }
  }
}
