import Testing
@testable import ArdoiseUI

@Suite struct TextInputPasteTests {
  @Test func lineBreaksAndTabsBecomeSpacesAndControlCharactersGo() {
    #expect(TextInput.singleLine(pasted: "Deux hommes\r\nveste bleue\nT7\rfin") == "Deux hommes veste bleue T7 fin")
    #expect(TextInput.singleLine(pasted: "a\tb") == "a b")
    #expect(TextInput.singleLine(pasted: "x\u{1B}[31my\u{7}\u{7F}z") == "x[31myz")
    #expect(TextInput.singleLine(pasted: "café € 宽") == "café € 宽")
  }

  @Test func aPasteGoesInAtTheCursorAndReplacesASuggestion() {
    var input = TextInput("abef")
    input.handle(.left)
    input.handle(.left)
    input.insert(pasted: "cd")
    #expect(input.text == "abcdef")
    #expect(input.cursor == 4)
    var suggested = TextInput("42,50", isSuggestion: true)
    suggested.insert(pasted: "12,00\n")
    #expect(suggested.text == "12,00 ")
    #expect(!suggested.isSuggestion)
  }
}
