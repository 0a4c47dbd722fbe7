// ardoise-bench: how fast the store loads and appends, how fast the command line writes and lists,
// and how fast the terminal UI draws and starts without its cache, on generated data.
//
//     swift run -c release ardoise-bench [--sizes 1000,10000,100000] [--quick] [--runs N] [--only SECTION]
//
// Each section measures one concern and returns rows for the table; add a section by writing a
// type that conforms to `BenchSection` in its own file and listing it below.

import ArdoiseCore
import Foundation

let options: BenchOptions
do {
  options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("ardoise-bench: \(error)\n\(BenchOptions.usage)\n".utf8))
  exit(2)
}

if let (count, path) = options.generateOnly {
  do {
    _ = try CaseGenerator(count: count, eventsPerCase: options.eventsPerCase).generate(in: DataDirectory(path: path))
    print("\(count) cases written to \(path)")
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("ardoise-bench: \(error)\n".utf8))
    exit(1)
  }
}

if let path = options.loadOnly {
  do {
    let directory = DataDirectory(path: path)
    guard directory.isInitialized else { throw BenchError("\(path) is not an ardoise data directory") }
    // A warm load needs the summary cache on disk, as the terminal UI leaves it.
    if !options.isCold { try Store(directory: directory, actor: "bench", preparing: false).saveSummaryCache() }
    var times: [Double] = []
    var count = 0
    var logsRead = 0
    for _ in 0..<options.runs {
      times.append(try Measurement.time {
        let store = try Store(directory: directory, actor: "bench", preparing: false, usesSummaryCache: !options.isCold)
        count = store.summaries.count
        logsRead = store.logsReadAtLoad
      })
    }
    print("\(count) cases (\(logsRead) logs read, the rest from the summary cache): median \(Measurement.duration(Measurement.median(times))), "
      + "min \(Measurement.duration(times.min() ?? .nan)) over \(options.runs) runs; peak memory \(String(format: "%.0f", Measurement.peakMemoryMiB())) MiB")
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("ardoise-bench: \(error)\n".utf8))
    exit(1)
  }
}

let sections: [any BenchSection] = [
  StoreLoadSection(),
  StoreAppendSection(),
  CommandLineSection(),
  InterfaceSection(),
  ColdStartSection(),
  StartLineSection(),
  TemplateSection(),
].filter { options.onlySection == nil || $0.title == options.onlySection }

var rows: [BenchRow] = []
for section in sections {
  do {
    rows += try section.run(options)
  } catch {
    FileHandle.standardError.write(Data("ardoise-bench: \(section.title) failed: \(error)\n".utf8))
    exit(1)
  }
}
print(BenchTable(rows: rows).text)
