import ArdoiseCore

/// The figures that prevent the next walkout (`s` on the case list), over every case.
public struct StatisticsState: Sendable, Equatable {
  /// Counted when the screen opens and when cases change under it, not at every frame (ten
  /// thousand cases take tens of milliseconds).
  public var figures: WalkoutStatistics
  /// The prevention measures taken on every case; nil while the cases are read in full (off the
  /// screen's thread, ``Effect/loadMeasures``).
  public var measures: MeasureTally?
  /// The first line shown.
  public var scroll = 0

  public init(figures: WalkoutStatistics, measures: MeasureTally? = nil) {
    self.figures = figures
    self.measures = measures
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
