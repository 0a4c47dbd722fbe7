import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// A cold start's progress on the terminal: nothing for a quick (warm) load, then a few frames a
/// second, and never the last report (the screen's first frame follows).
@Suite struct LoadingProgressTests {
  /// A clock the test moves by hand.
  final class ManualClock {
    let origin = ContinuousClock.now
    var offset = Duration.zero
    var now: ContinuousClock.Instant { origin.advanced(by: offset) }
  }

  static func report(_ done: Int) -> ProgressReport {
    ProgressReport(phase: LocalizedText("lecture des dossiers", "reading case logs"), done: done, total: 10_000)
  }

  @Test func aLoadQuickerThanTheThresholdDrawsNothing() {
    let terminal = MemoryTerminal()
    let clock = ManualClock()
    let progress = LoadingProgress(terminal: terminal, language: .english, showsAfter: .milliseconds(500), now: { clock.now })
    for done in stride(from: 0, through: 10_000, by: 256) {
      clock.offset += .milliseconds(5)
      progress.update(Self.report(done))
    }
    progress.update(Self.report(10_000))
    #expect(terminal.presentCount == 0)
    #expect(progress.framesDrawn == 0)
  }

  /// Reading a large summary cache before the first report (a warm start at a hundred thousand
  /// cases) does not count: checking the logs against it is quick, so nothing is drawn.
  @Test func aSlowCacheReadThenQuickChecksDrawNothing() {
    let terminal = MemoryTerminal()
    let clock = ManualClock()
    let progress = LoadingProgress(terminal: terminal, language: .english, showsAfter: .milliseconds(500), now: { clock.now })
    clock.offset = .milliseconds(900)
    for done in stride(from: 0, to: 10_000, by: 256) {
      progress.update(Self.report(done))
      clock.offset += .milliseconds(5)
    }
    #expect(terminal.presentCount == 0)
  }

  @Test func aSlowLoadDrawsItsProgressAFewTimesASecondButNotItsEnd() {
    let terminal = MemoryTerminal()
    let clock = ManualClock()
    let progress = LoadingProgress(terminal: terminal, language: .french, showsAfter: .milliseconds(500),
                                   interval: .milliseconds(200), now: { clock.now })
    progress.update(Self.report(0))
    #expect(terminal.presentCount == 0)
    clock.offset = .milliseconds(600)
    progress.update(Self.report(1_000))
    #expect(terminal.presentCount == 1)
    #expect(terminal.presentedGrid?.lines[11].contains("Lecture des dossiers… 1\u{202F}000 / 10\u{202F}000 · 0,6\u{00A0}s") == true,
            "\(terminal.presentedGrid?.lines[11] ?? "")")
    #expect(terminal.presentedCursor == nil)
    clock.offset = .milliseconds(700)
    progress.update(Self.report(1_200))
    #expect(terminal.presentCount == 1, "less than 200 ms after the last frame")
    clock.offset = .milliseconds(900)
    progress.update(Self.report(1_500))
    #expect(terminal.presentCount == 2)
    #expect(terminal.presentedGrid?.lines[11].contains("1\u{202F}500 / 10\u{202F}000 · 0,9\u{00A0}s") == true)
    clock.offset = .seconds(5)
    progress.update(Self.report(10_000))
    #expect(terminal.presentCount == 2, "every log read: the first frame comes next")
  }

  @Test func theThresholdComesFromTheEnvironment() {
    #expect(LoadingProgress.showsAfter(environment: [:]) == LoadingProgress.defaultShowsAfter)
    #expect(LoadingProgress.showsAfter(environment: ["ARDOISE_LOAD_PROGRESS_AFTER_MS": "0"]) == .zero)
    #expect(LoadingProgress.showsAfter(environment: ["ARDOISE_LOAD_PROGRESS_AFTER_MS": "1500"]) == .milliseconds(1_500))
    #expect(LoadingProgress.showsAfter(environment: ["ARDOISE_LOAD_PROGRESS_AFTER_MS": "soon"]) == LoadingProgress.defaultShowsAfter)
  }
}
