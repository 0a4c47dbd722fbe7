import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// The one read behind every data file (config, playbook, theme, people, FORMAT, cache, template):
/// only a regular file, never through a symbolic link, never waiting on a FIFO, at most its limit.
@Suite struct FileLimitsTests {
  @Test func aRegularFileIsReadWholeUpToItsLimitAndAMissingOneIsNil() throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("config.toml")
    let bytes = [UInt8](repeating: 0x23, count: 4_096)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try FileLimits.read(path, limit: 4_096) == bytes)
    #expect(try FileLimits.read(folder.child("missing.toml"), limit: 4_096) == nil)
  }

  @Test func oneByteOverTheLimitIsTooLarge() throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("playbook.toml")
    try Data(repeating: 0x23, count: 4_097).write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.tooLarge(path: path, limit: 4_096)) { try FileLimits.read(path, limit: 4_096) }
  }

  @Test(.timeLimit(.minutes(5)))
  func aFIFOIsRefusedWithoutWaitingOnIt() throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("FORMAT")
    #expect(mkfifo(path, 0o600) == 0)
    #expect(throws: StoreError.notARegularFile(path: path)) { try FileLimits.read(path, limit: FileLimits.settings) }
  }

  @Test func aSymbolicLinkIsNotFollowedEvenToARegularFile() throws {
    let folder = try TemporaryDirectory()
    try Data("name = \"x\"\n".utf8).write(to: URL(fileURLWithPath: folder.child("real.toml")))
    #expect(symlink(folder.child("real.toml"), folder.child("link.toml")) == 0)
    #expect(symlink("/dev/zero", folder.child("zero.toml")) == 0)
    for name in ["link.toml", "zero.toml"] {
      let path = folder.child(name)
      #expect(throws: StoreError.symbolicLink(path: path)) { try FileLimits.read(path, limit: FileLimits.settings) }
    }
  }

  @Test(.timeLimit(.minutes(5)))
  func aFolderOrADeviceIsNotARegularFile() throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("people.toml")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(throws: StoreError.notARegularFile(path: path)) { try FileLimits.read(path, limit: FileLimits.settings) }
    #expect(throws: StoreError.notARegularFile(path: "/dev/zero")) { try FileLimits.read("/dev/zero", limit: FileLimits.settings) }
  }
}
