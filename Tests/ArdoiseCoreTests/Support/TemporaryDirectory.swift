import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh directory made with `mkdtemp` (so 0700 whatever the umask), removed with its contents
/// when the value is released.
final class TemporaryDirectory {
  let path: String

  init(_ label: String = "ardoise-test") throws {
    var template = Array((NSTemporaryDirectory() + "/" + label + ".XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
    guard made != nil else { throw TestFailure("mkdtemp failed: errno \(errno)") }
    path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      .replacingOccurrences(of: "//", with: "/")
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A path inside the directory.
  func child(_ name: String) -> String { path + "/" + name }
}

/// A failure of the test scaffolding itself (not of the code under test).
struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
