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

  public func contents(atPath path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }
}
