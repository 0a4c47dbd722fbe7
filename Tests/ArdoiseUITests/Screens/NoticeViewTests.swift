import ArdoiseCore
import Testing
@testable import ArdoiseUI

@Suite struct NoticeViewTests {
  static let bullets = (1...12).map { "• Line \($0) of what to complete before sending, long enough to wrap under its bullet" }

  @Test func bulletsHangUnderTheirMarkAndATallNoticeScrolls() {
    var state = Fixtures.state()
    _ = state.update(.documentWritten(path: "/data/documents/261129-K7QF-reminder-en.md",
                                      warnings: Self.bullets.map { LocalizedText(String($0.dropFirst(2)), String($0.dropFirst(2))) }))
    var lines = state.render().grid.lines
    let inside = { (line: String) in String(line.drop { $0 != "│" }.dropFirst().prefix { $0 != "│" }) }
    #expect(lines.contains { inside($0) == " /data/documents/261129-K7QF-reminder-en.md".padding(toLength: 70, withPad: " ", startingAt: 0) })
    guard let first = lines.firstIndex(where: { $0.contains("• Line 1 of") }) else {
      Issue.record("no first bullet in\n\(lines.joined(separator: "\n"))")
      return
    }
    #expect(inside(lines[first + 1]).hasPrefix("   under its bullet"),
            "\(lines[first + 1])")
    #expect(lines.contains { $0.contains(" 1–18/27 ") }, "\(lines.joined(separator: "\n"))")
    #expect(!lines.contains { $0.contains("• Line 12 of") })
    state.press(.pageDown, .pageDown)
    lines = state.render().grid.lines
    #expect(lines.contains { $0.contains("• Line 12 of") })
    #expect(lines.contains { $0.contains(" 10–27/27 ") })
    state.press(.enter)
    #expect(state.overlay == nil)
  }

  /// A document written again went to a numbered name: the notice says the earlier file is kept.
  @Test func aDocumentWrittenAgainSaysTheEarlierFileIsKept() {
    var state = Fixtures.state()
    let path = "/data/documents/261129-K7QF-reminder-en-2.md"
    let note = DocumentFiles.keptEarlierNote(written: path, earlier: "/data/documents/261129-K7QF-reminder-en.md")
    _ = state.update(.documentWritten(path: path, warnings: [], note: note))
    let text = state.render().grid.lines.joined(separator: "\n")
    #expect(text.contains("written as 261129-K7QF-reminder-en-2.md: the earlier file,"), "\(text)")
    #expect(text.contains("261129-K7QF-reminder-en.md, is kept"), "\(text)")
  }
}
