import Foundation
@testable import ArdoiseUI

/// An in-memory file system for catalogue tests.
struct MemoryThemeFiles: ThemeFileAccess {
  var files: [String: String]
  /// Folders that exist but cannot be listed (as with no read permission).
  var unreadableDirectories: Set<String> = []

  func directoryExists(atPath path: String) -> Bool {
    let prefix = path.hasSuffix("/") ? path : path + "/"
    return files.keys.contains { $0.hasPrefix(prefix) }
  }

  func fileExists(atPath path: String) -> Bool { files[path] != nil }

  func contentsOfDirectory(atPath path: String) throws -> [String] {
    if unreadableDirectories.contains(path) { throw CocoaError(.fileReadNoPermission) }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains("/") }
  }

  func contents(atPath path: String) throws -> String {
    guard let text = files[path] else { throw CocoaError(.fileNoSuchFile) }
    return text
  }
}
