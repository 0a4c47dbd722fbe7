import ArdoiseCore

/// The figures that prevent the next walkout (`s` on the case list), over every case.
public struct StatisticsState: Sendable, Equatable {
  /// Counted when the screen opens and when cases change under it, not at every frame (ten
  /// thousand cases take tens of milliseconds).
  public var figures: WalkoutStatistics
  /// Over a group's sites (`ardoise --group`): each site's figures, this site first; empty
  /// otherwise. ``figures`` are then the sites' combined.
  public var sites: [SiteFigures] = []
  /// The first line shown.
  public var scroll = 0

  public init(figures: WalkoutStatistics, sites: [SiteFigures] = []) {
    self.figures = figures
    self.sites = sites
  }

  /// One site's figures.
  public struct SiteFigures: Sendable, Equatable {
    public var name: String
    public var figures: WalkoutStatistics
    public init(name: String, figures: WalkoutStatistics) {
      self.name = name
      self.figures = figures
    }
  }

  /// Scrolls, or closes.
  mutating func update(_ command: Command) -> [ScreenEffect] {
    if let request = ReadingScroll.request(for: command) { return [request] }
    scroll = ReadingScroll.scroll(scroll, after: command)
    return []
  }
}
