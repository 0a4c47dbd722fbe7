import ArdoiseCore
import ArdoiseCurses
import ArdoiseUI
import Foundation

/// The terminal UI with 10,000 cases: the first frame (store opened with its summary cache, state
/// built, screen rendered and drawn on a pseudo-terminal), one keystroke (update + render), and
/// the bytes ncurses sends when the selection moves by one row.
struct InterfaceSection: BenchSection {
  let title = "terminal UI"
  let caseCount = 10_000

  func run(_ options: BenchOptions) throws -> [BenchRow] {
    let bench = try BenchDirectory(label: "ui")
    defer { bench.remove() }
    _ = try CaseGenerator(count: caseCount, eventsPerCase: options.eventsPerCase).generate(in: bench.directory)
    // As after a first run of the UI: the summary cache is on disk.
    try Store(directory: bench.directory, actor: "bench").saveSummaryCache()
    let size = Size(width: 80, height: 24)
    let clock = Date(timeIntervalSince1970: 1_795_995_600)

    var firstFrames: [Double] = []
    var storeTimes: [Double] = []
    var stateTimes: [Double] = []
    var state: AppState?
    for _ in 0..<options.runs {
      let terminal = try PseudoTerminal(size: size)
      defer { terminal.close() }
      firstFrames.append(try Measurement.time {
        var store: Store?
        storeTimes.append(try Measurement.time { store = try Store(directory: bench.directory, actor: "bench") })
        guard let store else { throw BenchError("no store") }
        var built = AppState(language: .french, size: size, playbook: .standard, clock: clock, timeZone: TimeZone(identifier: "UTC") ?? .current)
        stateTimes.append(Measurement.time { _ = built.update(.casesChanged(store.summaries, removed: [])) })
        let frame = built.render()
        _ = try terminal.bytesWritten(presenting: frame.grid, cursor: frame.cursor)
        state = built
      })
    }
    guard var state, state.list.visible.count > 0 else { throw BenchError("no case on the first frame") }

    var keystrokes: [Double] = []
    for index in 0..<200 {
      let key: Key = index % 20 < 10 ? .down : .up
      keystrokes.append(Measurement.time {
        _ = state.update(.key(key))
        _ = state.render()
      })
    }

    // Filtering: the first letter typed builds every case's search text; the next ones reuse it.
    var filtering = state
    _ = filtering.update(.key(.character("/")))
    let firstFilterKey = Measurement.time {
      _ = filtering.update(.key(.character("t")))
      _ = filtering.render()
    }
    let nextFilterKey = Measurement.time {
      _ = filtering.update(.key(.character("1")))
      _ = filtering.render()
    }
    guard filtering.list.visible.count < state.list.visible.count else { throw BenchError("the filter matched every case") }
    // The screen builds the index ahead, off its thread, after the first frame: then the first
    // letter only searches.
    var ahead = state
    guard let preparation = ahead.searchPreparation(readCustomer: { _ in nil }) else { throw BenchError("no index to build ahead") }
    let builtAhead = Measurement.time { _ = ahead.update(.searchPrepared(preparation())) }
    _ = ahead.update(.key(.character("/")))
    let firstAheadKey = Measurement.time {
      _ = ahead.update(.key(.character("t")))
      _ = ahead.render()
    }
    guard !ahead.list.visible.isEmpty else { throw BenchError("the filter built ahead matched no case") }

    // The figures screen, drawn from every case.
    var figures = state
    let figuresScreen = Measurement.time {
      _ = figures.update(.key(.character("s")))
      _ = figures.render()
    }
    // Once a second the UI looks for changes made by other terminals: nothing changed here.
    let watcher = try Store(directory: bench.directory, actor: "bench")
    var refreshes: [Double] = []
    for _ in 0..<20 { refreshes.append(Measurement.time { _ = watcher.refresh() }) }

    let bytes = try oneRowMoveBytes(state, size: size)
    let wideSize = Size(width: 200, height: 50)
    var wide = state
    _ = wide.update(.resize(wideSize))
    let wideBytes = try oneRowMoveBytes(wide, size: wideSize)

    let firstFrame = Measurement.median(firstFrames)
    let keystroke = Measurement.median(keystrokes)
    return [
      BenchRow(section: title, measure: "\(caseCount) cases: first frame (open store, build state, render, draw)",
               value: Measurement.duration(firstFrame), goal: "≤ 150.00 ms", meetsGoal: firstFrame <= 0.150),
      BenchRow(section: title, measure: "  of which: open the store (summary cache)", value: Measurement.duration(Measurement.median(storeTimes))),
      BenchRow(section: title, measure: "  of which: build the list state", value: Measurement.duration(Measurement.median(stateTimes))),
      BenchRow(section: title, measure: "\(caseCount) cases: one keystroke, update + render (median of 200)",
               value: Measurement.duration(keystroke) + " (max \(Measurement.duration(keystrokes.max() ?? .nan)))"),
      BenchRow(section: title, measure: "\(caseCount) cases: filter, first letter typed (builds the search texts)",
               value: Measurement.duration(firstFilterKey)),
      BenchRow(section: title, measure: "\(caseCount) cases: filter, next letter", value: Measurement.duration(nextFilterKey)),
      BenchRow(section: title, measure: "\(caseCount) cases: filter, first letter typed, index built ahead (off the screen's thread)",
               value: Measurement.duration(firstAheadKey), goal: "≤ 16.00 ms", meetsGoal: firstAheadKey <= 0.016),
      BenchRow(section: title, measure: "  the index built ahead in (another thread, not waited for)", value: Measurement.duration(builtAhead)),
      BenchRow(section: title, measure: "\(caseCount) cases: open the figures screen (s)", value: Measurement.duration(figuresScreen)),
      BenchRow(section: title, measure: "\(caseCount) cases: look for other terminals' changes (each second; median of 20)",
               value: Measurement.duration(Measurement.median(refreshes))),
      BenchRow(section: title, measure: "bytes sent to the terminal when the selection moves one row (80×24)",
               value: "\(bytes) bytes", goal: "≤ 150 bytes", meetsGoal: bytes <= 150),
      BenchRow(section: title, measure: "bytes sent to the terminal when the selection moves one row (200×50)",
               value: "\(wideBytes) bytes"),
    ]
  }

  /// The bytes ncurses sends to xterm-256color, with the default theme, when `state`'s selection
  /// moves down one row; `ARDOISE_BENCH_SHOW_BYTES=1` prints them on standard error.
  private func oneRowMoveBytes(_ state: AppState, size: Size) throws -> Int {
    var state = state
    let terminal = try PseudoTerminal(size: size)
    defer { terminal.close() }
    terminal.terminal.setPalette(Theme.builtInDefault.palette(for: terminal.terminal.colorDepth))
    let before = state.render()
    _ = try terminal.bytesWritten(presenting: before.grid, cursor: before.cursor)
    _ = state.update(.key(.down))
    let after = state.render()
    let output = try terminal.output(presenting: after.grid, cursor: after.cursor)
    if ProcessInfo.processInfo.environment["ARDOISE_BENCH_SHOW_BYTES"] == "1" {
      let shown = output.map { $0 == 0x1B ? "⎋" : ($0 < 0x20 ? "^" + String(UnicodeScalar($0 + 0x40)) : String(UnicodeScalar($0))) }.joined()
      FileHandle.standardError.write(Data((shown + "\n").utf8))
    }
    return output.count
  }
}
