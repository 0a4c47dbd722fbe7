import ArdoiseCore
import Foundation

/// The file operations the theme catalogue needs, so tests can replace the disk.
public protocol ThemeFileAccess: Sendable {
  /// Whether a directory exists at `path`.
  func directoryExists(atPath path: String) -> Bool
  /// Whether a regular file exists at `path`.
  func fileExists(atPath path: String) -> Bool
  /// The names of the entries in the directory at `path`; throws when it cannot be read.
  func contentsOfDirectory(atPath path: String) throws -> [String]
  /// The UTF-8 text of the file at `path`.
  func contents(atPath path: String) throws -> String
}

/// The real file system.
public struct LocalThemeFileAccess: ThemeFileAccess {
  /// Creates an accessor for the local disk.
  public init() {}

  public func directoryExists(atPath path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  public func fileExists(atPath path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }

  public func contentsOfDirectory(atPath path: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path)
  }

  /// Never blocks on a FIFO or a device, never follows a symbolic link, reads at most 1 MiB.
  public func contents(atPath path: String) throws -> String {
    guard let bytes = try FileLimits.read(path, limit: FileLimits.settings) else {
      throw StoreError.io(operation: "open", path: path, code: ENOENT)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw StoreError.io(operation: "read", path: path, code: EILSEQ)
    }
    return text
  }
}
