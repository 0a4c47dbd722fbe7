/// The open case in full, scrollable (`i` in the checklist): the selected step's whole guidance
/// and guardrails, the walkout's facts and evidence, the whole timeline.
public struct DetailsState: Sendable, Equatable {
  /// The step shown (an index into the playbook), the one selected in the checklist.
  public var step: Int
  /// The first line shown.
  public var scroll = 0

  public init(step: Int) {
    self.step = step
  }

  /// Scrolls, or closes.
  mutating func update(_ command: Command) -> [ScreenEffect] {
    if let request = ReadingScroll.request(for: command) { return [request] }
    scroll = ReadingScroll.scroll(scroll, after: command)
    return []
  }
}
