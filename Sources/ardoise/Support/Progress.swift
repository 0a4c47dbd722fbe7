import ArdoiseCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Progress of long work on stderr, only when stderr is a terminal: what is being done, n of N,
/// the time so far, redrawn in place on one line, at most ten times a second. On a pipe or a
/// file it writes nothing, so scripts and logs see only the result.
final class Progress {
  private let language: Language
  private let isShown: Bool
  private let start = ContinuousClock.now
  private var lastDraw: ContinuousClock.Instant?
  private var drewSomething = false

  /// `environment["ARDOISE_PROGRESS"]` = `0` turns it off on a terminal too.
  init(language: Language, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.language = language
    isShown = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb" && environment["ARDOISE_PROGRESS"] != "0"
  }

  /// The handler to give to core code.
  var handler: ProgressHandler { { [self] report in update(report) } }

  /// Draws `report` unless the last drawing is less than a tenth of a second old (the last step
  /// of a phase is always drawn).
  func update(_ report: ProgressReport) {
    guard isShown else { return }
    let now = ContinuousClock.now
    if let lastDraw, now - lastDraw < .milliseconds(100), report.done < report.total { return }
    lastDraw = now
    drewSomething = true
    write("\r\u{1B}[K" + report.line(elapsed: now - start, language: language))
  }

  /// Clears the line, before the command prints its result.
  func finish() {
    guard isShown, drewSomething else { return }
    write("\r\u{1B}[K")
    drewSomething = false
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
