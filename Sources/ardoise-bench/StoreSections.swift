@_spi(Benchmark) import ArdoiseCore
import Foundation

/// A temporary data directory for the bench, removed afterwards.
struct BenchDirectory {
  let root: String
  let directory: DataDirectory

  init(label: String) throws {
    var template = Array((NSTemporaryDirectory() + "/ardoise-bench-\(label).XXXXXX").utf8CString)
    guard template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) != nil else {
      throw BenchError("mkdtemp failed")
    }
    root = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    directory = DataDirectory(path: root + "/data")
  }

  /// A benchmark's scratch folder under the temporary directory: one left behind costs only space.
  func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// Load and replay of every case (`Store` init), per size: median time and peak memory.
struct StoreLoadSection: BenchSection {
  let title = "store load"

  func run(_ options: BenchOptions) throws -> [BenchRow] {
    var rows: [BenchRow] = []
    for size in options.sizes {
      let bench = try BenchDirectory(label: "load")
      defer { bench.remove() }
      let generation = try Measurement.time {
        _ = try CaseGenerator(count: size, eventsPerCase: options.eventsPerCase).generate(in: bench.directory)
      }
      // Cold: every log read and replayed (no summary cache), as `ardoise check` and a first start do.
      var times: [Double] = []
      var loaded = 0
      for _ in 0..<options.runs {
        times.append(try Measurement.time {
          // Every log is read, checked and replayed here; the store keeps each case's summary.
          let store = try Store(directory: bench.directory, actor: "bench", usesSummaryCache: false)
          guard store.logsReadAtLoad == size else { throw BenchError("read \(store.logsReadAtLoad) of \(size) logs") }
          loaded = store.summaries.count
        })
      }
      guard loaded == size else { throw BenchError("loaded \(loaded) of \(size) cases") }
      let median = Measurement.median(times)
      let goal: Double? = size >= 100_000 ? 1.0 : size >= 10_000 ? 0.1 : nil
      rows.append(BenchRow(section: title, measure: "\(size) cases: read + replay every log (median of \(options.runs))",
                           value: Measurement.duration(median) + " (min \(Measurement.duration(times.min() ?? .nan)))",
                           goal: goal.map { "≤ " + Measurement.duration($0) } ?? "", meetsGoal: goal.map { median <= $0 }))
      rows += try stageRows(size: size, directory: bench.directory, options: options)
      // Warm: summaries from the cache, every log stat()ed; what a start of the UI does.
      try Store(directory: bench.directory, actor: "bench").saveSummaryCache()
      var warmTimes: [Double] = []
      var logsRead = 0
      for _ in 0..<options.runs {
        warmTimes.append(try Measurement.time {
          let store = try Store(directory: bench.directory, actor: "bench")
          loaded = store.summaries.count
          logsRead = store.logsReadAtLoad
        })
      }
      guard loaded == size else { throw BenchError("summarised \(loaded) of \(size) cases") }
      guard logsRead == 0 else { throw BenchError("the summary cache missed \(logsRead) of \(size) logs") }
      let warmMedian = Measurement.median(warmTimes)
      rows.append(BenchRow(section: title, measure: "\(size) cases: load with the summary cache (median of \(options.runs))",
                           value: Measurement.duration(warmMedian) + " (min \(Measurement.duration(warmTimes.min() ?? .nan)))",
                           goal: goal.map { "≤ " + Measurement.duration($0) } ?? "", meetsGoal: goal.map { warmMedian <= $0 }))
      // The screen's start: the cache's entries taken unchecked for the first frame, then every
      // log checked against them (off the screen's thread, on both cores).
      var screenTimes: [Double] = []
      var checkTimes: [Double] = []
      for _ in 0..<options.runs {
        var store: Store?
        screenTimes.append(try Measurement.time {
          let opened = try Store(directory: bench.directory, actor: "bench", loading: .onDemand)
          opened.checksCacheAfterLoad = true
          loaded = opened.summaries.count
          store = opened
        })
        guard let store, let check = store.cachedCaseCheck() else { throw BenchError("nothing taken unchecked") }
        var changed = -1
        checkTimes.append(Measurement.time { changed = store.applyCachedCaseCheck(check.run()).count })
        guard changed == 0, loaded == size else { throw BenchError("the check found \(changed) changed logs") }
      }
      rows.append(BenchRow(section: title, measure: "\(size) cases: the screen's load, cache taken unchecked (median of \(options.runs))",
                           value: Measurement.duration(Measurement.median(screenTimes)) + " (min \(Measurement.duration(screenTimes.min() ?? .nan)))"))
      rows.append(BenchRow(section: title, measure: "\(size) cases: then every log checked, off the screen's thread (median of \(options.runs))",
                           value: Measurement.duration(Measurement.median(checkTimes)) + " (min \(Measurement.duration(checkTimes.min() ?? .nan)))"))
      rows.append(BenchRow(section: title, measure: "\(size) cases: peak memory so far (maxrss)",
                           value: String(format: "%.0f MiB", Measurement.peakMemoryMiB())))
      rows.append(BenchRow(section: title, measure: "\(size) cases: generate \(size * options.eventsPerCase) lines",
                           value: Measurement.duration(generation)))
    }
    return rows
  }
}

extension StoreLoadSection {
  /// Where a full load's time goes: each stage is the one before plus its own work, so the first
  /// row is the floor the file system sets and the last is the full load.
  func stageRows(size: Int, directory: DataDirectory, options: BenchOptions) throws -> [BenchRow] {
    var rows: [BenchRow] = []
    var previous = 0.0
    for stage in LoadStage.allCases {
      var times: [Double] = []
      for _ in 0..<options.runs {
        var lines = 0
        times.append(Measurement.time { lines = Store.loadEveryLog(of: directory, upTo: stage) })
        let expected = stage == .read ? size : size * CaseGenerator(count: size, eventsPerCase: options.eventsPerCase).linesPerCase
        guard lines == expected else { throw BenchError("stage \(stage.rawValue) saw \(lines) of \(expected)") }
      }
      let median = Measurement.median(times)
      rows.append(BenchRow(section: title, measure: "\(size) cases, full load up to “\(stage.rawValue)” (median of \(options.runs))",
                           value: Measurement.duration(median) + (stage == .read ? "" : " (+\(Measurement.duration(max(0, median - previous))))")))
      previous = median
    }
    return rows
  }
}

/// One durable append (`Store.record`, fsync included) on a small data directory.
struct StoreAppendSection: BenchSection {
  let title = "store append"

  func run(_ options: BenchOptions) throws -> [BenchRow] {
    let bench = try BenchDirectory(label: "append")
    defer { bench.remove() }
    let ids = try CaseGenerator(count: 100, eventsPerCase: options.eventsPerCase).generate(in: bench.directory)
    let store = try Store(directory: bench.directory, actor: "bench")
    var times: [Double] = []
    for sample in 0..<options.appendSamples {
      let id = ids[sample % ids.count]
      times.append(try Measurement.time {
        try store.record(on: id) { _ in .success(.noteAdded("mesure \(sample)")) }
      })
    }
    let median = Measurement.median(times)
    let sorted = times.sorted()
    let p90 = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
    return [
      BenchRow(section: title, measure: "durable append (median of \(options.appendSamples))",
               value: Measurement.duration(median) + " (p90 \(Measurement.duration(p90)))",
               goal: "≤ 5.00 ms", meetsGoal: median <= 0.005),
    ]
  }
}
