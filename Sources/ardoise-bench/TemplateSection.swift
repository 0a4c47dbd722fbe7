import ArdoiseCore

/// Template rendering: parse and render a template full of placeholders. The previous renderer
/// rescanned the rest of the template at every tag (64,000 placeholders took 71 s); this one is
/// linear, so twice the placeholders take about twice the time.
struct TemplateSection: BenchSection {
  let title = "templates"

  func run(_ options: BenchOptions) throws -> [BenchRow] {
    var rows: [BenchRow] = []
    // The largest count is as many `{{a}}` as the 256 KiB cap lets a template hold.
    let counts = [13_000, 26_000, 52_000]
    var medians: [Double] = []
    for count in counts {
      let source = String(repeating: "{{a}}", count: count)
      var times: [Double] = []
      for _ in 0..<max(3, options.runs) {
        times.append(try Measurement.time {
          let text = try DocumentTemplate(source).render(["a": "42,50 €"])
          guard !text.isEmpty else { throw BenchError("nothing rendered") }
        })
      }
      let median = Measurement.median(times)
      medians.append(median)
      rows.append(BenchRow(section: title, measure: "\(count) placeholders (\(source.utf8.count / 1024) KiB): parse + render",
                           value: Measurement.duration(median), goal: "≤ 1 s", meetsGoal: median <= 1))
    }
    let ratio = medians[2] / max(medians[0], 1e-9)
    rows.append(BenchRow(section: title, measure: "4× the placeholders: time ratio (linear ≈ 4, quadratic ≈ 16)",
                         value: String(format: "%.1f", ratio), goal: "< 8", meetsGoal: ratio < 8))
    return rows
  }
}
