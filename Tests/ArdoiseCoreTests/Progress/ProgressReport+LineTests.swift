import ArdoiseCore
import Testing

/// The one wording of progress: phase, n of N grouped by thousands, the time so far.
@Suite struct ProgressReportLineTests {
  static let phase = LocalizedText("vérification", "checking")

  @Test func englishGroupsWithCommasAndADecimalPoint() {
    let report = ProgressReport(phase: Self.phase, done: 1_234, total: 100_000)
    #expect(report.line(elapsed: .milliseconds(2_345), language: .english) == "checking 1,234 / 100,000 · 2.3\u{00A0}s")
  }

  @Test func frenchGroupsWithANarrowNoBreakSpaceAndADecimalComma() {
    let report = ProgressReport(phase: Self.phase, done: 1_234, total: 1_000_000)
    #expect(report.line(elapsed: .milliseconds(2_345), language: .french) == "vérification 1\u{202F}234 / 1\u{202F}000\u{202F}000 · 2,3\u{00A0}s")
  }

  @Test func smallCountsAndAnUnknownTotal() {
    #expect(ProgressReport(phase: Self.phase, done: 999, total: 999).line(elapsed: .zero, language: .french) == "vérification 999 / 999 · 0,0\u{00A0}s")
    #expect(ProgressReport(phase: Self.phase, done: 0, total: 0).line(elapsed: .seconds(12), language: .english) == "checking · 12.0\u{00A0}s")
  }
}
