import ArdoiseCore

/// One entry of the key table: the keys, the command they dispatch, and how the hint bar and the
/// help screen describe it. The same records dispatch keys, draw the hint bar and fill `?`.
public struct Binding: Sendable, Equatable {
  public var keys: [Key]
  public var command: Command
  /// How the keys are written in the hint bar and help: `↑↓`, `⏎`, `p`.
  public var keyLabel: String
  public var label: LocalizedText
  /// Whether the hint bar shows it (the help screen shows every binding).
  public var isHinted: Bool

  public init(_ keys: [Key], _ command: Command, keyLabel: String, _ label: LocalizedText, hinted: Bool = true) {
    self.keys = keys
    self.command = command
    self.keyLabel = keyLabel
    self.label = label
    self.isHinted = hinted
  }
}
