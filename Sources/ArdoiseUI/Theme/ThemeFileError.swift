/// A theme file that cannot be used, with where and why.
///
/// Its ``description`` is the conventional `FILE:LINE: reason`, which editors can jump to.
public struct ThemeFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file's path, or a label such as `built-in:default.toml`.
  public var file: String
  /// The 1-based line the problem is on (the line of the key concerned; see ``Theme/init(toml:file:)``).
  public var line: Int
  /// What is wrong, in a sentence a person can act on.
  public var reason: String

  /// Creates an error for `file` at `line`.
  public init(file: String, line: Int, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `FILE:LINE: reason`.
  public var description: String { "\(file):\(line): \(reason)" }
}
