import Testing
@testable import ArdoiseCore
@testable import ArdoiseUI

@Suite struct ChecklistDocumentMenuTests {
  /// The letters that go by post are offered as a PDF to print, after the Markdown documents.
  @Test func theDocumentMenuOffersThePostedLettersAsPDF() {
    var state = Fixtures.state()
    state.press(.enter, .character("w"))
    guard case .menu(let menu)? = state.overlay else {
      Issue.record("expected the document menu")
      return
    }
    #expect(menu.items.count == 8)
    #expect(state.render().grid.lines.contains { $0.contains("Letter before claim — PDF to print") })
    #expect(state.press(.character("8")) == [.writeDocument(IncidentID(rawValue: "261129-K7QF"), kind: "demand-letter.pdf")])
  }
}
