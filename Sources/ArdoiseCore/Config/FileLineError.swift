/// A problem in a file a person edits (a playbook, a theme), with the line to look at, worded in
/// French and English.
public struct FileLineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file as shown to the user: its path, or a label such as `built-in:default.toml`.
  public var file: String
  /// The 1-based line of the problem; 0 when it concerns the whole file.
  public var line: Int
  /// What is wrong and how to fix it.
  public var reason: LocalizedText

  public init(file: String, line: Int, reason: LocalizedText) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `file:line: reason` in `language`, as compilers print it, which editors can jump to
  /// (`file: reason` for line 0).
  public func message(_ language: Language) -> String {
    line > 0 ? "\(file):\(line): \(reason(language))" : "\(file): \(reason(language))"
  }

  /// The message in English.
  public var description: String { message(.english) }

  /// The message in both languages, for a status line drawn later in either.
  public var localizedMessage: LocalizedText {
    LocalizedText(french: message(.french), english: message(.english))
  }
}
