/// A problem in a restaurant's `playbook.toml`, with the line to look at.
public typealias PlaybookFileError = FileLineError

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
