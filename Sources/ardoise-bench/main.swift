// ardoise-bench: how fast the store loads and appends, and how fast the terminal UI draws, on generated data.
//
//     swift run -c release ardoise-bench [--sizes 1000,10000,100000] [--quick] [--runs N]
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

let sections: [any BenchSection] = [
  StoreLoadSection(),
  StoreAppendSection(),
  InterfaceSection(),
]

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
