/// The help screen: every key of the screen underneath, from the key table that dispatches them.
public struct HelpState: Sendable, Equatable {
  /// The screen whose keys are listed (the case list or the checklist).
  public var screen: KeyContext
  /// The first line shown.
  public var scroll = 0

  public init(screen: KeyContext) {
    self.screen = screen
  }

  /// Scrolls, or closes.
  mutating func update(_ command: Command) -> [ScreenEffect] {
    if let request = ReadingScroll.request(for: command) { return [request] }
    scroll = ReadingScroll.scroll(scroll, after: command)
    return []
  }
}
