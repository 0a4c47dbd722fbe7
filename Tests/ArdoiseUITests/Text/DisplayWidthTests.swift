import ArdoiseUI
import Testing

struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("€", 1), ("—", 1), ("e\u{301}", 1), ("宽", 2), ("한", 2), ("👍", 2), ("❤️", 2), ("ｱ", 1), ("Ａ", 2),
  ])
  func characterWidth(text: String, width: Int) {
    #expect(text.displayWidth == width)
  }

  @Test func combiningMarkHasNoWidth() {
    #expect(Unicode.Scalar(0x301)!.displayWidth == 0)
    #expect("Récupérer l'addition — 42,50 €".displayWidth == 30)
    #expect("宽字符".displayWidth == 6)
  }

  @Test func clippingCountsColumnsNotCharacters() {
    #expect("宽字符".clipped(toWidth: 5) == "宽字")
    #expect("addition".clipped(toWidth: 5, ellipsis: true) == "addi…")
    #expect("court".clipped(toWidth: 10, ellipsis: true) == "court")
    #expect("x".clipped(toWidth: 0) == "")
    #expect("宽".padded(toWidth: 4) == "宽  ")
    #expect("42,50 €".leftPadded(toWidth: 9) == "  42,50 €")
  }

  @Test func controlCharactersBecomeInert() {
    #expect("a\u{1B}[31mb".inert == "a\u{FFFD}[31mb")
    #expect("a\tb\nc".inert == "a b c")
    #expect("\u{7F}\u{9B}".inert == "\u{FFFD}\u{FFFD}")
    #expect("sans contrôle".inert == "sans contrôle")
  }
}
