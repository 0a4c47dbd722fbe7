/// A problem in a restaurant's `playbook.toml`, with the line to look at.
public struct PlaybookFileError: Error, Sendable, Equatable {
  /// The file as shown to the user, e.g. its path.
  public var file: String
  /// The 1-based line of the problem; 0 when it concerns the whole file (it could not be read).
  public var line: Int
  /// What is wrong and how to fix it.
  public var reason: LocalizedText

  public init(file: String, line: Int, reason: LocalizedText) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `file:line: reason` in `language`, as compilers print it (`file: reason` for line 0).
  public func message(_ language: Language) -> String {
    line > 0 ? "\(file):\(line): \(reason(language))" : "\(file): \(reason(language))"
  }
}

/// The playbook to use after reading a restaurant's file, and what was wrong with the file.
///
/// When ``errors`` is not empty the file was not used at all: ``playbook`` is the built-in one,
/// so a typo never leaves a manager with half a checklist.
public struct PlaybookLoadResult: Sendable, Equatable {
  public var playbook: Playbook
  /// Every problem found, in line order; empty when the file was used or there was none.
  public var errors: [PlaybookFileError]

  public init(playbook: Playbook, errors: [PlaybookFileError] = []) {
    self.playbook = playbook
    self.errors = errors
  }
}
