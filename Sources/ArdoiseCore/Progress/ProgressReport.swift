/// How far a long piece of work has gone: what is being done, and `done` of `total` (total 0:
/// not known yet). Core code calls a ``ProgressHandler`` with it; the command line draws it on
/// a terminal and ignores it otherwise.
public struct ProgressReport: Sendable, Equatable {
  public var phase: LocalizedText
  public var done: Int
  public var total: Int

  public init(phase: LocalizedText, done: Int, total: Int) {
    self.phase = phase
    self.done = done
    self.total = total
  }
}

/// Called often (once per item): it must be cheap, and it throttles its own drawing.
public typealias ProgressHandler = (ProgressReport) -> Void
