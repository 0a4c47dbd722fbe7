import Foundation
import Testing

@testable import ArdoiseCore

#if canImport(Glibc)
  import Glibc
#endif

/// Reading a file to its end with as few system calls as it takes, whatever the size the caller
/// believed the file had.
@Suite struct POSIXFileTests {
  /// Writes `bytes` to a new file and reads it back through `POSIXFile.read`.
  private func read(_ bytes: [UInt8], from offset: Int = 0, expectedSize: Int?) throws -> [UInt8] {
    let temporary = try TemporaryDirectory()
    let path = temporary.child("log")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    defer { close(descriptor) }
    return try POSIXFile.read(descriptor, from: offset, expectedSize: expectedSize, path: path)
  }

  static let content = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }

  @Test(arguments: [0, 1, 4_096, 65_536, 200_000])
  func readsTheWholeFileWhenItsSizeIsKnown(size: Int) throws {
    let bytes = Array(Self.content.prefix(size))
    #expect(try read(bytes, expectedSize: size) == bytes)
    #expect(try read(bytes, expectedSize: nil) == bytes)
  }

  /// The file grew after the caller's `fstat`: the rest is read too.
  @Test func readsPastAStaleSmallerSize() throws {
    let bytes = Array(Self.content.prefix(150_000))
    #expect(try read(bytes, expectedSize: 10) == bytes)
    #expect(try read(bytes, expectedSize: 0) == bytes)
  }

  /// The file shrank after the caller's `fstat`: what is there is read, nothing more.
  @Test func stopsAtTheEndOfAShorterFile() throws {
    let bytes = Array(Self.content.prefix(1_000))
    #expect(try read(bytes, expectedSize: 5_000) == bytes)
  }

  @Test func readsFromAnOffset() throws {
    let bytes = Array(Self.content.prefix(3_000))
    #expect(try read(bytes, from: 1_000, expectedSize: 3_000) == Array(bytes[1_000...]))
    #expect(try read(bytes, from: 3_000, expectedSize: 3_000) == [])
  }
}
