import Testing
@testable import ArdoiseUI

@Suite struct TextInputTests {
  @Test func typingReplacesASuggestion() {
    var input = TextInput("42,50 €", isSuggestion: true)
    input.handle(.character("2"))
    input.handle(.character("0"))
    #expect(input.text == "20")
    #expect(!input.isSuggestion)
  }

  @Test func backspaceClearsASuggestionAtOnce() {
    var input = TextInput("+7", isSuggestion: true)
    let handled = input.handle(.backspace)
    #expect(handled)
    #expect(input.text == "" && input.cursor == 0)
    input.handle(.character("3"))
    #expect(input.text == "3")
  }

  @Test func movingTheCursorKeepsASuggestionForEditing() {
    var input = TextInput("29/11/2026 23:40", isSuggestion: true)
    input.handle(.left)
    input.handle(.backspace)
    input.handle(.character("5"))
    #expect(input.text == "29/11/2026 23:50")
  }

  @Test func aKeyThatIsNotEditingLeavesTheSuggestion() {
    var input = TextInput("+2", isSuggestion: true)
    let handled = input.handle(.tab)
    #expect(!handled)
    #expect(input.isSuggestion)
    input.handle(.character("1"))
    #expect(input.text == "1")
  }

  @Test func plainTextAppendsAtTheCursor() {
    var input = TextInput("42")
    input.handle(.character("0"))
    #expect(input.text == "420")
    #expect(!TextInput("", isSuggestion: true).isSuggestion)
  }
}
