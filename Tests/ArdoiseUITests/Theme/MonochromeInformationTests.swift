import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// A manager on a monochrome console, or with NO_COLOR, must read the same screen: the same marks
/// and words, and every distinction that colour makes also made by an attribute or a mark.
@Suite struct MonochromeInformationTests {
  /// The screens that carry the most meaning: the list (overdue, owed) and a checklist in progress.
  static func screens() -> [Grid] {
    var list = Fixtures.state()
    var checklist = Fixtures.state()
    checklist.press(.down, .enter)
    list.press(.tab, .tab, .tab)
    return [list.render().grid, checklist.render().grid]
  }

  // Views paint roles and never see a theme, so the words on screen are the same whatever the
  // theme by construction; what needs checking is that monochrome keeps the distinctions.

  @Test func monochromeUsesNoColourAndKeepsEveryDistinction() throws {
    let palette = try ThemeFixtures.theme("monochrome").palette(for: .monochrome)
    for style in palette.values {
      #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
    }
    func attributes(_ role: StyleRole) -> TextAttributes { palette[role]?.attributes ?? [] }
    // The selection, the current step, errors and the focused field stand out by attributes alone.
    #expect(attributes(.selectedRow) != attributes(.listRow))
    #expect(attributes(.stepCurrent) != attributes(.stepPending))
    #expect(attributes(.error) != attributes(.normal))
    #expect(attributes(.formFieldFocused) != attributes(.formField))
    #expect(attributes(.title) != attributes(.normal))
  }

  @Test func meaningThatColourCarriesIsAlsoWritten() {
    let grids = Self.screens()
    let listText = grids[0].text
    let checklistText = grids[1].text
    // Overdue follow-ups carry a "!" and the steps carry marks, whatever the colours.
    #expect(listText.contains("!11-27"))
    for mark in ["[✓]", "[→]", "[ ]"] { #expect(checklistText.contains(mark)) }
    #expect(checklistText.contains("OVERDUE"))
    #expect(checklistText.contains("✗ ") || checklistText.contains("✓ "))
  }
}
