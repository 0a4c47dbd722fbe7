import Foundation

/// A plain-text table of bench rows, columns padded to their widest cell.
struct BenchTable {
  var rows: [BenchRow]

  var text: String {
    let header = ["section", "measure", "value", "goal", ""]
    let cells = [header] + rows.map { row in
      [row.section, row.measure, row.value, row.goal, row.meetsGoal.map { $0 ? "ok" : "MISSED" } ?? ""]
    }
    let widths = header.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
    func format(_ line: [String]) -> String {
      zip(line, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        .trimmingCharacters(in: .whitespaces)
    }
    let rule = widths.map { String(repeating: "-", count: $0) }
    return ([format(header), format(rule)] + cells.dropFirst().map(format)).joined(separator: "\n")
  }
}
