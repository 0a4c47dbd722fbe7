import ArdoiseCore

/// One entry of the key table: the keys, the command they dispatch, and how the hint bar and the
/// help screen describe it. The same records dispatch keys, draw the hint bar and fill `?`.
public struct Binding: Sendable, Equatable {
  public var keys: [Key]
  public var command: Command
  /// How the keys are written in the hint bar and help: `↑↓`, `⏎`, `p`.
  public var keyLabel: String
  public var label: LocalizedText
  /// A shorter wording for the hint bar, when the help screen's `label` is too long for it.
  public var hintLabel: LocalizedText?
  /// Whether the hint bar shows it (the help screen shows every binding).
  public var isHinted: Bool
  /// When the hint bar is too narrow for every hint, it keeps the highest priorities first; `?`
  /// always stays and lists everything.
  public var hintPriority: HintPriority

  public init(
    _ keys: [Key], _ command: Command, keyLabel: String, _ label: LocalizedText, hinted: Bool = true,
    hintPriority: HintPriority = .normal, hintLabel: LocalizedText? = nil
  ) {
    self.keys = keys
    self.command = command
    self.keyLabel = keyLabel
    self.label = label
    self.isHinted = hinted
    self.hintPriority = hintPriority
    self.hintLabel = hintLabel
  }

  /// What the hint bar writes after the key: the short wording if there is one.
  public var hintText: LocalizedText { hintLabel ?? label }
}

/// How long a hint stays in a narrow hint bar.
public enum HintPriority: Int, Sendable, Comparable {
  /// Obvious or shown elsewhere on the screen (arrows, `i` after a cut text): dropped first.
  case low
  case normal
  /// The way out and the main actions: dropped last.
  case high

  public static func < (lhs: HintPriority, rhs: HintPriority) -> Bool { lhs.rawValue < rhs.rawValue }
}
