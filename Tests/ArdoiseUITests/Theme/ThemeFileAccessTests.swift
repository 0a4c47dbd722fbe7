import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

#if canImport(Glibc)
  import Glibc
#endif

/// A theme file that is a FIFO, a link to a device or too large is refused, never waited on.
@Suite struct ThemeFileAccessTests {
  @Test(.timeLimit(.minutes(5)))
  func aFIFOOrALinkToADeviceIsRefusedWithoutBlocking() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-theme-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(mkfifo(folder + "/fifo.toml", 0o600) == 0)
    #expect(symlink("/dev/zero", folder + "/zero.toml") == 0)
    let files = LocalThemeFileAccess()
    #expect(throws: StoreError.notARegularFile(path: folder + "/fifo.toml")) { try files.contents(atPath: folder + "/fifo.toml") }
    #expect(throws: StoreError.symbolicLink(path: folder + "/zero.toml")) { try files.contents(atPath: folder + "/zero.toml") }
    try Data("name = \"x\"\n".utf8).write(to: URL(fileURLWithPath: folder + "/fine.toml"))
    #expect(try files.contents(atPath: folder + "/fine.toml") == "name = \"x\"\n")
  }
}
