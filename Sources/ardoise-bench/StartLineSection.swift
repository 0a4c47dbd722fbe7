import ArdoiseCore
import ArdoiseUI
import Foundation

/// The line shown at start ("3 actions due today, 1 overdue"): what it costs to read (every open
/// case's log in full, to count its clocks), which the screen does off its thread after the
/// first frame, and what receiving it costs the screen's thread (update + render).
struct StartLineSection: BenchSection {
  let title = "start line"

  func run(_ options: BenchOptions) throws -> [BenchRow] {
    var rows: [BenchRow] = []
    for size in options.sizes where size >= 10_000 {
      let bench = try BenchDirectory(label: "start")
      defer { bench.remove() }
      _ = try CaseGenerator(count: size, eventsPerCase: options.eventsPerCase).generate(in: bench.directory)
      // As at a usual start: the summary cache is on disk, the logs are not read to open.
      try Store(directory: bench.directory, actor: "bench").saveSummaryCache()
      let store = try Store(directory: bench.directory, actor: "bench")
      let summaries = store.summaries
      let rules = AgendaRules(clocks: .france(demandDays: 8, purgePaidAfterDays: 30))
      let clock = Date(timeIntervalSince1970: 1_795_995_600)
      let screen = Size(width: 80, height: 24)
      var state = AppState(language: .french, size: screen, playbook: .standard, clock: clock, timeZone: TimeZone(identifier: "UTC") ?? .current)
      _ = state.update(.casesChanged(summaries, removed: []))
      _ = state.render()

      // What the background thread does (`Runtime.showStartLine`).
      var counts: AgendaCounts?
      var readings: [Double] = []
      for _ in 0..<min(options.runs, 3) {
        readings.append(Measurement.time {
          counts = Store.startLineCounts(of: summaries, directory: bench.directory, rules: rules, today: state.today)
        })
      }
      guard let counts, counts.startLine(.english) != nil else { throw BenchError("the start line says nothing at \(size) cases") }
      // What the screen's thread does when it comes back.
      // A frame with nothing new, for comparison: the part of the cost that is any frame's.
      let plainFrame = Measurement.time { _ = state.render() }
      let updated = Measurement.time { _ = state.update(.startLineCounted(counts)) }
      let received = updated + Measurement.time { _ = state.render() }
      guard state.startLine != nil else { throw BenchError("the start line was not shown") }
      let reading = Measurement.median(readings)
      rows += [
        BenchRow(section: title, measure: "\(size) cases: read every open case and count its clocks (off the screen's thread; median of \(readings.count))",
                 value: Measurement.duration(reading)),
        BenchRow(section: title, measure: "\(size) cases: the start line received on the screen's thread (update + render)",
                 value: Measurement.duration(received) + " (update \(Measurement.duration(updated)); a frame with nothing new: \(Measurement.duration(plainFrame)))",
                 goal: "≤ 16.00 ms", meetsGoal: received <= 0.016),
      ]
    }
    return rows
  }
}
