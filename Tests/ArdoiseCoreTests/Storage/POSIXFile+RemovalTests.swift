import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct POSIXFileRemovalTests {
  @Test func removesOnlyTheMatchingEntriesAndLeavesTheTargetOfALinkInside() throws {
    let temporary = try TemporaryDirectory()
    let folder = temporary.child("documents")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let target = temporary.child("target.md")
    _ = FileManager.default.createFile(atPath: target, contents: Data("kept".utf8))
    _ = FileManager.default.createFile(atPath: folder + "/A-1.md", contents: Data("a".utf8))
    _ = FileManager.default.createFile(atPath: folder + "/B-1.md", contents: Data("b".utf8))
    try FileManager.default.createSymbolicLink(atPath: folder + "/A-link.md", withDestinationPath: target)

    let removed = try POSIXFile.removeEntries(in: folder) { $0.hasPrefix("A-") }

    #expect(removed == ["A-1.md", "A-link.md"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["B-1.md"])
    #expect(FileManager.default.fileExists(atPath: target), "a link is removed, never what it points to")
  }

  /// A folder replaced by a symbolic link (say `documents/` pointing at the home folder) is
  /// refused as a whole: a purge could otherwise delete files elsewhere.
  @Test func aFolderThatIsASymbolicLinkIsRefusedAndNothingIsRemoved() throws {
    let temporary = try TemporaryDirectory()
    let elsewhere = temporary.child("elsewhere")
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
    _ = FileManager.default.createFile(atPath: elsewhere + "/A-1.md", contents: Data("someone else's".utf8))
    let folder = temporary.child("documents")
    try FileManager.default.createSymbolicLink(atPath: folder, withDestinationPath: elsewhere)

    #expect(throws: StoreError.symbolicLink(path: folder)) { try POSIXFile.removeEntries(in: folder) { _ in true } }
    #expect(FileManager.default.fileExists(atPath: elsewhere + "/A-1.md"))
    #expect(StoreError.symbolicLink(path: folder).message(.english)
      == "\(folder) is a symbolic link: ardoise does not follow it; replace it with the file or folder itself")
  }

  @Test func aMissingFolderRemovesNothing() throws {
    let temporary = try TemporaryDirectory()
    #expect(try POSIXFile.removeEntries(in: temporary.child("outbox")) { _ in true } == [])
  }
}
