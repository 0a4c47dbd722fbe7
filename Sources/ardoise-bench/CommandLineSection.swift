import ArdoiseCore
import Foundation

/// The `ardoise` command line at each size, as a user runs it (a whole process each time): a
/// durable write to one case, and `list --json` of every case, with their peak memory.
struct CommandLineSection: BenchSection {
  let title = "command line"

  func run(_ options: BenchOptions) throws -> [BenchRow] {
    guard let ardoise = ChildProcess.ardoise else {
      return [BenchRow(section: title, measure: "skipped: no ardoise executable beside the bench (swift build -c release first)", value: "")]
    }
    var rows: [BenchRow] = []
    for size in options.sizes {
      let bench = try BenchDirectory(label: "cli")
      defer { bench.remove() }
      let ids = try CaseGenerator(count: size, eventsPerCase: options.eventsPerCase).generate(in: bench.directory)
      // As after a first run of the screen: the summary cache is on disk.
      let store = try Store(directory: bench.directory, actor: "bench")
      store.saveSummaryCache()
      let dataDir = ["--data-dir", bench.directory.path]
      var writes: [ChildProcess.Outcome] = []
      for run in 0..<max(7, options.runs) {
        let outcome = try ChildProcess.run(ardoise, ["note", ids[(run * 7919) % ids.count].rawValue, "mesure \(run)"] + dataDir)
        guard outcome.status == 0 else { throw BenchError("ardoise note failed (status \(outcome.status))") }
        writes.append(outcome)
      }
      let write = Measurement.median(writes.map(\.seconds))
      rows.append(BenchRow(section: title, measure: "\(size) cases: ardoise note ID text (durable write; median of \(writes.count))",
                           value: Measurement.duration(write) + String(format: ", peak %.0f MiB (sampled)", writes.map(\.peakMemoryMiB).filter { !$0.isNaN }.max() ?? .nan),
                           goal: "≤ 30.00 ms", meetsGoal: write <= 0.030))
      var lists: [ChildProcess.Outcome] = []
      for _ in 0..<max(3, options.runs / 2) {
        let outcome = try ChildProcess.run(ardoise, ["list", "--all", "--json"] + dataDir)
        guard outcome.status == 0 else { throw BenchError("ardoise list --json failed (status \(outcome.status))") }
        lists.append(outcome)
      }
      rows.append(BenchRow(section: title, measure: "\(size) cases: ardoise list --all --json > /dev/null (median of \(lists.count))",
                           value: Measurement.duration(Measurement.median(lists.map(\.seconds)))
                             + String(format: ", peak %.0f MiB (sampled)", lists.map(\.peakMemoryMiB).filter { !$0.isNaN }.max() ?? .nan)))
    }
    return rows
  }
}
