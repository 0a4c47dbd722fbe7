import ArdoiseCore

/// Draws a cold start's progress (``LoadingScreen``) on the terminal while the store reads every
/// case log, before the screen's first frame exists. Nothing is drawn before the logs have been
/// gone through for `showsAfter` (counted from the first report, so reading the summary cache
/// itself, which can take most of a warm start, does not count), so a warm start, where every
/// log only has its identity checked against the cache, looks and costs as before; then at most
/// one frame every `interval`, its time counted from the start of the load. The last report
/// (every log read) is not drawn: the screen's first frame follows at once.
public final class LoadingProgress {
  private let terminal: Terminal
  private let language: Language
  private let showsAfter: Duration
  private let interval: Duration
  private let now: () -> ContinuousClock.Instant
  private let start: ContinuousClock.Instant
  private var lastDraw: ContinuousClock.Instant?
  /// When the first report came: the logs began to be gone through.
  private var firstReport: ContinuousClock.Instant?
  /// How many progress frames were drawn.
  public private(set) var framesDrawn = 0

  /// The default wait before anything is drawn: a warm start at a hundred thousand cases stays
  /// below it.
  public static let defaultShowsAfter = Duration.milliseconds(500)

  /// - Parameters:
  ///   - showsAfter: how long the logs are gone through before the progress is drawn (``defaultShowsAfter``;
  ///     `ARDOISE_LOAD_PROGRESS_AFTER_MS` sets it, 0 for the end-to-end tests).
  ///   - interval: the least time between two frames (a few a second).
  ///   - now: the clock, for tests.
  public init(terminal: Terminal, language: Language, showsAfter: Duration = LoadingProgress.defaultShowsAfter,
              interval: Duration = .milliseconds(200), now: @escaping () -> ContinuousClock.Instant = { ContinuousClock.now }) {
    self.terminal = terminal
    self.language = language
    self.showsAfter = showsAfter
    self.interval = interval
    self.now = now
    start = now()
  }

  /// `ARDOISE_LOAD_PROGRESS_AFTER_MS` read from `environment`, else ``defaultShowsAfter``.
  public static func showsAfter(environment: [String: String]) -> Duration {
    guard let text = environment["ARDOISE_LOAD_PROGRESS_AFTER_MS"], let milliseconds = Int(text), milliseconds >= 0 else {
      return defaultShowsAfter
    }
    return .milliseconds(milliseconds)
  }

  /// The handler to give to ``Store/loadProgress``.
  public var handler: ProgressHandler { { [self] report in update(report) } }

  /// Draws the frame for `report` when it is time to.
  public func update(_ report: ProgressReport) {
    let moment = now()
    if firstReport == nil { firstReport = moment }
    guard report.total > 0, report.done < report.total, let firstReport, moment - firstReport >= showsAfter else { return }
    let elapsed = moment - start
    if let lastDraw, moment - lastDraw < interval { return }
    lastDraw = moment
    framesDrawn += 1
    let screen = LoadingScreen(done: report.done, total: report.total, elapsed: elapsed, language: language)
    terminal.present(screen.frame(size: terminal.size), cursor: nil)
  }
}
