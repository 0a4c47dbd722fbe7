import Foundation

/// Command-line options of ardoise-bench.
struct BenchOptions {
  static let usage = "usage: ardoise-bench [--sizes 1000,10000,100000] [--quick] [--runs N] [--events N] [--generate N DIR] [--load DIR [--cold]] [--only SECTION]"

  /// Numbers of cases to generate and load.
  var sizes = [1_000, 10_000, 100_000]
  /// Load runs per size (the median is reported).
  var runs = 5
  /// Durable appends timed.
  var appendSamples = 200
  /// Events per generated case (at least nine are written).
  var eventsPerCase = 12
  /// Only generate this many cases into this directory and stop (to profile `ardoise` on them).
  var generateOnly: (count: Int, path: String)?
  /// Only load this existing data directory `runs` times and report (to measure real data, or
  /// to profile the load under perf).
  var loadOnly: String?
  /// With `--load`: read and replay every log instead of using the summary cache.
  var isCold = false
  /// Only the section of this title (`--only "start line"`).
  var onlySection: String?

  struct Invalid: Error, CustomStringConvertible {
    var description: String
  }

  init(arguments: [String]) throws {
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      switch argument {
      case "--quick":
        sizes = [1_000, 10_000]
        runs = 3
        appendSamples = 50
      case "--sizes":
        guard let list = remaining.popFirst() else { throw Invalid(description: "--sizes needs a list") }
        let parsed = list.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !parsed.isEmpty, parsed.count == list.split(separator: ",").count, parsed.allSatisfy({ $0 > 0 }) else {
          throw Invalid(description: "bad --sizes “\(list)”")
        }
        sizes = parsed.sorted()
      case "--runs":
        guard let text = remaining.popFirst(), let value = Int(text), value > 0 else { throw Invalid(description: "bad --runs") }
        runs = value
      case "--events":
        guard let text = remaining.popFirst(), let value = Int(text), value > 0 else { throw Invalid(description: "bad --events") }
        eventsPerCase = value
      case "--generate":
        guard let text = remaining.popFirst(), let count = Int(text), count > 0, let path = remaining.popFirst() else {
          throw Invalid(description: "--generate needs a count and a directory")
        }
        generateOnly = (count, path)
      case "--load":
        guard let path = remaining.popFirst() else { throw Invalid(description: "--load needs a directory") }
        loadOnly = path
      case "--cold":
        isCold = true
      case "--only":
        guard let title = remaining.popFirst() else { throw Invalid(description: "--only needs a section's title") }
        onlySection = title
      case "-h", "--help":
        throw Invalid(description: "help")
      default:
        throw Invalid(description: "unknown option “\(argument)”")
      }
    }
  }
}
