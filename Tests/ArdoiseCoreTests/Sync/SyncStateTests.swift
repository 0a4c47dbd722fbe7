import Foundation
import Testing
@testable import ArdoiseCore

/// The sync state the title line shows: none for a data directory that is not synced. (A synced
/// one is read in ScreenSyncTests, with real git.)
@Suite struct SyncStateTests {
  @Test func aDirectoryThatIsNotARepositoryHasNoSyncState() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-syncstate-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }  // Only this test's temp folder.
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    #expect(SyncState.read(DataDirectory(path: root.path)) == nil)
  }
}
