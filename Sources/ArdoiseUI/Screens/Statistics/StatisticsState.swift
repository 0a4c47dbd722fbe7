import ArdoiseCore

/// The figures that prevent the next walkout (`s` on the case list), over every case.
public struct StatisticsState: Sendable, Equatable {
  /// Counted when the screen opens and when cases change under it, not at every frame (ten
  /// thousand cases take tens of milliseconds).
  public var figures: WalkoutStatistics
  /// The first line shown.
  public var scroll = 0

  public init(figures: WalkoutStatistics) {
    self.figures = figures
  }

  /// Scrolls, or closes.
  mutating func update(_ command: Command) -> [ScreenEffect] {
    if let request = ReadingScroll.request(for: command) { return [request] }
    scroll = ReadingScroll.scroll(scroll, after: command)
    return []
  }
}
