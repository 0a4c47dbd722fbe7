import ArdoiseCore

/// The figures that prevent the next walkout (`s` on the case list), over every case.
public struct StatisticsState: Sendable, Equatable {
  /// Counted when the screen opens and when cases change under it, not at every frame (ten
  /// thousand cases take tens of milliseconds).
  public var figures: WalkoutStatistics
  /// The prevention measures taken on every case; nil while the cases are read in full (off the
  /// screen's thread, ``Effect/loadMeasures``).
  public var measures: MeasureTally?
  /// Over a group's sites (`ardoise --group`): each site's figures, this site first; empty
  /// otherwise. ``figures`` are then the sites' combined.
  public var sites: [SiteFigures] = []
  /// The first line shown.
  public var scroll = 0

  public init(figures: WalkoutStatistics, measures: MeasureTally? = nil, sites: [SiteFigures] = []) {
    self.figures = figures
    self.measures = measures
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

  /// The screen's lines: the headline figures, the measures taken, then the breakdowns.
  func lines(_ language: Language, width: Int) -> [String] {
    var lines = figures.report(language, width: width)
    let block = measures?.lines(language) ?? [
      LocalizedText("Mesures de prévention prises", "Measures taken")(language),
      "  " + LocalizedText("lecture des dossiers…", "reading the cases…")(language),
    ]
    let end = lines.firstIndex(of: "") ?? lines.count
    lines.insert(contentsOf: [""] + block, at: end)
    return lines
  }
}
