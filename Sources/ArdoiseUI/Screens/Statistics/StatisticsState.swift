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
  /// The loss as a share of the takings from the first walkout to today, estimated from the
  /// monthly takings in the settings; nil when they are not given.
  public var lossShare: LossShare?
  /// Two periods side by side, split on the last measure taken; nil until the measures are read.
  public var comparison: StatisticsComparison?
  /// The first line shown.
  public var scroll = 0

  public init(figures: WalkoutStatistics, measures: MeasureTally? = nil, sites: [SiteFigures] = [], lossShare: LossShare? = nil,
              comparison: StatisticsComparison? = nil) {
    self.figures = figures
    self.measures = measures
    self.sites = sites
    self.lossShare = lossShare
    self.comparison = comparison
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

  /// The screen's lines: the headline figures and the loss as a share of takings, the measures
  /// taken, the two periods compared, then the breakdowns; the last lines cite the law of
  /// `jurisdictions` (the restaurant's, or each site's over a group).
  func lines(_ language: Language, jurisdictions: [Jurisdiction], width: Int) -> [String] {
    var lines = figures.report(language, jurisdictions: jurisdictions, width: width)
    guard figures.count > 0 else { return lines }
    let share = lossShare.map { WalkoutStatistics.wrapped($0.text(language), width: width) }
      ?? WalkoutStatistics.wrapped(LocalizedText("Perte en part du chiffre d’affaires\u{202F}: indiquez le chiffre d’affaires mensuel dans les réglages (touche c de la liste).",
                                                 "Loss as a share of takings: give the monthly takings in the settings (c on the case list).")(language), width: width - 2)
        .map { "  " + $0 }
    let block = measures?.lines(language) ?? [
      LocalizedText("Mesures de prévention prises", "Measures taken")(language),
      "  " + LocalizedText("lecture des dossiers…", "reading the cases…")(language),
    ]
    let compared = comparison.map { [""] + $0.lines(language) } ?? []
    let end = lines.firstIndex(of: "") ?? lines.count
    lines.insert(contentsOf: share + [""] + block + compared, at: end)
    return lines
  }
}
