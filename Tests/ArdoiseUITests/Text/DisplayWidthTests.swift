import ArdoiseUI
import Testing

struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("€", 1), ("—", 1), ("e\u{301}", 1), ("宽", 2), ("한", 2), ("👍", 2), ("❤️", 2), ("ｱ", 1), ("Ａ", 2), ("\u{202F}", 1), ("\u{A0}", 1),
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
    // A cut after a word: the ellipsis follows the word, not a space.
    #expect("Contact the guest".clipped(toWidth: 13, ellipsis: true) == "Contact the…")
    #expect("Contact the guest".padded(toWidth: 13) == "Contact the… ")
    #expect("x".clipped(toWidth: 0) == "")
    #expect("宽".padded(toWidth: 4) == "宽  ")
    #expect("42,50 €".leftPadded(toWidth: 9) == "  42,50 €")
  }

  /// A cut right after a space, a no-break space (U+00A0) or a narrow no-break space (U+202F),
  /// as French sets before `:` and after a number, drops them before the `…`: never `calme …`.
  @Test(arguments: [
    ("Rester calme\u{202F}: ne rien faire", 14, "Rester calme…"),
    ("Reste 42,50\u{A0}€ dus", 12, "Reste 42,50…"),
    ("de 12\u{A0}\u{202F} \u{A0}heures", 9, "de 12…"),
    ("Contact the guest", 13, "Contact the…"),
    ("\u{A0}\u{202F}  word", 4, "…"),
  ])
  func aCutTextNeverEndsInASpaceBeforeTheEllipsis(text: String, width: Int, expected: String) {
    #expect(text.clipped(toWidth: width, ellipsis: true) == expected)
    #expect(text.padded(toWidth: width) == expected + String(repeating: " ", count: width - expected.displayWidth))
  }

  /// The byte-counting path for printable ASCII and the grapheme path agree, and a text with
  /// anything else falls back to the graphemes.
  @Test(arguments: ["", "261129-K7QF", "42.50  open", "table 12 ~ bar", "e\u{301}t\u{E9}", "a宽b", "x\u{1B}y"])
  func stringWidthMatchesTheSumOfItsCharacters(text: String) {
    #expect(text.displayWidth == text.reduce(0) { $0 + $1.displayWidth })
    #expect(text.displayWidth == Substring(text).displayWidth)
  }
}
