import ArdoiseCore

/// The frame a cold start shows while every case log is read and replayed (no summary cache, or
/// a stale one): one centred line, `Reading the cases… 5,000 / 10,000 · 1.2 s`, on an otherwise
/// empty screen, worded by ``ProgressReport/line(elapsed:language:)`` as the commands' progress.
public struct LoadingScreen: Sendable, Equatable {
  /// What is being read: `done` logs of `total`.
  public var done: Int
  public var total: Int
  /// Time since the load began.
  public var elapsed: Duration
  public var language: Language

  public static let phase = LocalizedText("Lecture des dossiers…", "Reading the cases…")

  public init(done: Int, total: Int, elapsed: Duration, language: Language) {
    self.done = done
    self.total = total
    self.elapsed = elapsed
    self.language = language
  }

  /// The line, as the frame shows it (cut with `…` on a terminal narrower than it).
  public var line: String {
    ProgressReport(phase: Self.phase, done: done, total: total).line(elapsed: elapsed, language: language)
  }

  /// The whole frame at `size`.
  public func frame(size: Size) -> Grid {
    var grid = Grid(size: size)
    guard size.width > 0, size.height > 0 else { return grid }
    let text = line.clipped(toWidth: size.width, ellipsis: true)
    _ = grid.write(text, x: (size.width - text.displayWidth) / 2, y: (size.height - 1) / 2, role: .normal, maxWidth: size.width)
    return grid
  }
}
