import ArdoiseCore

/// A theme file that cannot be used, with where and why.
///
/// Its ``message(_:)`` is the conventional `FILE:LINE: reason`, which editors can jump to.
public struct ThemeFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file's path, or a label such as `built-in:default.toml`.
  public var file: String
  /// The 1-based line the problem is on (the line of the key concerned; see ``Theme/init(toml:file:)``).
  public var line: Int
  /// What is wrong, in a sentence a person can act on, in French and English.
  public var reason: LocalizedText

  /// Creates an error for `file` at `line`.
  public init(file: String, line: Int, reason: LocalizedText) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `FILE:LINE: reason` in `language`.
  public func message(_ language: Language) -> String { "\(file):\(line): \(reason(language))" }

  /// `FILE:LINE: reason` in English.
  public var description: String { message(.english) }

  /// The message in both languages, for a status line drawn later in either.
  public var localizedMessage: LocalizedText {
    LocalizedText(french: message(.french), english: message(.english))
  }
}
