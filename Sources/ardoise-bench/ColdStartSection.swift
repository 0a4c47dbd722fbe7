import ArdoiseCore
import ArdoiseUI
import Foundation

/// The screen at the largest size, started without the summary cache (a first start, or after
/// the cache was deleted): the first frame, the first key while the cache is written on another
/// thread, the `/` filter, and the peak memory.
struct ColdStartSection: BenchSection {
  let title = "screen at scale"

  func run(_ options: BenchOptions) throws -> [BenchRow] {
    guard let size = options.sizes.last else { return [] }
    let bench = try BenchDirectory(label: "cold")
    defer { bench.remove() }
    _ = try CaseGenerator(count: size, eventsPerCase: options.eventsPerCase).generate(in: bench.directory)
    let screen = Size(width: 80, height: 24)
    let clock = Date(timeIntervalSince1970: 1_795_995_600)

    var store: Store?
    var state = AppState(language: .french, size: screen, playbook: .standard, clock: clock, timeZone: TimeZone(identifier: "UTC") ?? .current)
    let firstFrame = try Measurement.time {
      store = try Store(directory: bench.directory, actor: "bench")
      guard let store else { throw BenchError("no store") }
      _ = state.update(.casesChanged(store.summaries, removed: []))
      _ = state.render()
    }
    guard let store, store.logsReadAtLoad == size else { throw BenchError("the cold start did not read every log") }
    // What the screen does after its first frame: the cache is written off its thread.
    store.writesSummaryCacheInBackground = true
    let handOver = Measurement.time { store.saveSummaryCache() }
    var firstKeys: [Double] = []
    for index in 0..<10 {
      firstKeys.append(Measurement.time {
        _ = state.update(.key(index % 2 == 0 ? .down : .up))
        _ = state.render()
      })
    }
    let cacheWritten = handOver + Measurement.time { store.finishSummaryCompaction() }
    let warm = try Store(directory: bench.directory, actor: "bench")
    guard warm.logsReadAtLoad == 0 else { throw BenchError("the cache written in the background missed \(warm.logsReadAtLoad) logs") }

    var filtering = state
    _ = filtering.update(.key(.character("/")))
    let firstLetter = Measurement.time {
      _ = filtering.update(.key(.character("t")))
      _ = filtering.render()
    }
    let nextLetter = Measurement.time {
      _ = filtering.update(.key(.character("1")))
      _ = filtering.render()
    }
    // A letter erased searches every case again (a letter added only the previous matches).
    let erased = Measurement.time {
      _ = filtering.update(.key(.backspace))
      _ = filtering.render()
    }
    // As the screen does after its first frame: the index built ahead, off its thread.
    var ahead = state
    guard let preparation = ahead.searchPreparation(readCustomer: { _ in nil }) else { throw BenchError("no index to build ahead") }
    let builtAhead = Measurement.time { _ = ahead.update(.searchPrepared(preparation())) }
    _ = ahead.update(.key(.character("/")))
    let firstAheadLetter = Measurement.time {
      _ = ahead.update(.key(.character("t")))
      _ = ahead.render()
    }
    let firstKey = firstKeys[0]
    return [
      BenchRow(section: title, measure: "\(size) cases, no summary cache: first frame (read + replay every log, build, render)",
               value: Measurement.duration(firstFrame)),
      BenchRow(section: title, measure: "\(size) cases, no summary cache: first key after the first frame (cache written meanwhile)",
               value: Measurement.duration(firstKey) + " (max of 10: \(Measurement.duration(firstKeys.max() ?? .nan)))",
               goal: "≤ 50.00 ms", meetsGoal: (firstKeys.max() ?? .infinity) <= 0.050),
      BenchRow(section: title, measure: "\(size) cases: summary cache written on another thread in",
               value: Measurement.duration(cacheWritten)),
      BenchRow(section: title, measure: "\(size) cases: filter, first letter typed", value: Measurement.duration(firstLetter),
               goal: "≤ 16.00 ms", meetsGoal: firstLetter <= 0.016),
      BenchRow(section: title, measure: "\(size) cases: filter, first letter typed, index built ahead (off the screen's thread)",
               value: Measurement.duration(firstAheadLetter), goal: "≤ 16.00 ms", meetsGoal: firstAheadLetter <= 0.016),
      BenchRow(section: title, measure: "\(size) cases: the index built ahead in (another thread, not waited for)",
               value: Measurement.duration(builtAhead)),
      BenchRow(section: title, measure: "\(size) cases: filter, next letter", value: Measurement.duration(nextLetter),
               goal: "≤ 16.00 ms", meetsGoal: nextLetter <= 0.016),
      BenchRow(section: title, measure: "\(size) cases: filter, a letter erased", value: Measurement.duration(erased),
               goal: "≤ 16.00 ms", meetsGoal: erased <= 0.016),
      BenchRow(section: title, measure: "peak memory of the bench so far (maxrss)", value: String(format: "%.0f MiB", Measurement.peakMemoryMiB())),
    ]
  }
}
