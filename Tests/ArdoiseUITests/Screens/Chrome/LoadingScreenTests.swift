import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The cold start's frame: one centred line on an empty screen, in both languages.
@Suite struct LoadingScreenTests {
  static func expected(_ line: String, at x: Int) -> [String] {
    (0..<24).map { $0 == 11 ? String(repeating: " ", count: x) + line : "" }
  }

  @Test func englishAt80x24() {
    let screen = LoadingScreen(done: 5_000, total: 10_000, elapsed: .milliseconds(1_234), language: .english)
    #expect(screen.frame(size: Size(width: 80, height: 24)).lines
      == Self.expected("Reading the cases… 5,000 / 10,000 · 1.2\u{00A0}s", at: 19))
  }

  @Test func frenchAt80x24() {
    let screen = LoadingScreen(done: 5_000, total: 10_000, elapsed: .milliseconds(1_234), language: .french)
    #expect(screen.frame(size: Size(width: 80, height: 24)).lines
      == Self.expected("Lecture des dossiers… 5\u{202F}000 / 10\u{202F}000 · 1,2\u{00A0}s", at: 18))
  }

  /// Narrower than the line (a terminal below the screen's minimum): cut, never wrapped.
  @Test func aNarrowTerminalCutsTheLine() {
    let screen = LoadingScreen(done: 5_000, total: 10_000, elapsed: .milliseconds(1_234), language: .english)
    let lines = screen.frame(size: Size(width: 20, height: 5)).lines
    #expect(lines == ["", "", "Reading the cases……", "", ""])
  }
}
