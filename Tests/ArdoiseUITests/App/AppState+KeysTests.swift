import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// End and G (Home and g) in every screen of text to read, as help says: End shows the last
/// page, and ↑ from there moves at once.
@Suite struct ReadingOverlayScrollTests {
  /// The lines shown (` 1–17/40 `) on the overlay's bottom border, as (first, last, count).
  private static func position(_ state: AppState) -> (first: Int, last: Int, count: Int)? {
    let text = state.render().grid.text
    guard let match = text.firstMatch(of: #/(\d+)–(\d+)\/(\d+) /#),
      let first = Int(match.1), let last = Int(match.2), let count = Int(match.3)
    else { return nil }
    return (first, last, count)
  }

  private static func expectEndAndHomeWork(_ state: inout AppState, _ what: String) {
    guard let top = position(state) else {
      Issue.record("\(what) does not scroll at this size:\n\(state.render().grid.text)")
      return
    }
    #expect(top.first == 1, "\(what)")
    for end in [Key.end, .character("G")] {
      state.press(end)
      let bottom = position(state)
      #expect(bottom?.last == top.count, "\(what): \(end) shows \(String(describing: bottom))")
      state.press(.up)
      #expect(position(state)?.last == top.count - 1, "\(what): ↑ after \(end)")
      state.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .up)
      #expect(position(state)?.last == top.count - 1, "\(what): ↑ after paging past the end")
      for home in [Key.home, .character("g")] {
        state.press(end, home)
        #expect(position(state)?.first == 1, "\(what): \(home)")
      }
    }
    #expect(state.overlay != nil, "\(what) closed")
  }

  private static let small = Size(width: 72, height: 20)

  @Test func help() {
    var state = Fixtures.state(size: Self.small)
    state.press(.enter, .character("?"))
    Self.expectEndAndHomeWork(&state, "help")
  }

  @Test func details() {
    var state = Fixtures.state(size: Self.small)
    state.press(.down, .enter, .character("i"))
    Self.expectEndAndHomeWork(&state, "details")
  }

  @Test func statistics() {
    var state = Fixtures.state(size: Self.small)
    state.press(.character("s"))
    Self.expectEndAndHomeWork(&state, "statistics")
  }

  @Test func notice() {
    var state = Fixtures.state(size: Self.small)
    let warnings = (1...30).map { LocalizedText("blanc n° \($0)", "blank #\($0)") }
    _ = state.update(.documentWritten(path: "/tmp/documents/261129-K7QF-demand-letter.md", warnings: warnings))
    Self.expectEndAndHomeWork(&state, "notice")
  }

  @Test func menu() throws {
    var state = Fixtures.state()
    state.press(.enter, .character("w"))
    guard case .menu(let menu)? = state.overlay else {
      Issue.record("no document menu")
      return
    }
    state.press(.end)
    guard case .menu(let atEnd)? = state.overlay else { return }
    #expect(atEnd.selection == menu.items.count - 1)
    state.press(.character("g"))
    guard case .menu(let atTop)? = state.overlay else { return }
    #expect(atTop.selection == 0)
    state.press(.character("G"))
    guard case .menu(let again)? = state.overlay else { return }
    #expect(again.selection == menu.items.count - 1)
  }
}
