import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The steps pane at 72, 80 and 120 columns, in both languages: every step's name in full, or
/// cut with `…`; at 80 columns and wider, in full.
@Suite struct ChecklistStepNamesTests {
  @Test(arguments: [Language.english, .french], [72, 80, 120])
  func everyStepNameIsWholeOrEndsInAnEllipsis(language: Language, width: Int) {
    var state = Fixtures.state(language, size: Size(width: width, height: 24))
    state.press(.down, .enter)
    let lines = state.render().grid.lines
    for (index, step) in Playbook.standard.steps.enumerated() {
      let title = language == .french ? step.title.french.frenchTypography : step.title.english
      let prefix = "\(index + 1) "
      guard let row = lines.first(where: { $0.contains("] " + prefix) && $0.contains("│") }) else {
        Issue.record("step \(index + 1) not shown at \(width)"); continue
      }
      let cell = String(row.split(separator: "│", maxSplits: 1)[0]).trimmingCharacters(in: .whitespaces)
      let name = String(cell.dropFirst(4 + prefix.count))
      if width >= 80 {
        #expect(name == title, "\(width): \(cell)")
      } else {
        #expect(name == title || (name.hasSuffix("…") && title.hasPrefix(String(name.dropLast()))), "\(width): \(cell)")
      }
    }
  }
}
