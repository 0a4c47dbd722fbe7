import Testing
import ArdoiseCore
@testable import ArdoiseUI

@Suite struct TextWrapTests {
  @Test func breaksAtSpacesWithinTheWidth() {
    #expect(TextWrap.lines("stay calm and note the time", width: 10) == ["stay calm", "and note", "the time"])
  }

  @Test func cutsAWordLongerThanTheWidth() {
    #expect(TextWrap.lines("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
  }

  @Test func keepsParagraphsAndEmptyLines() {
    #expect(TextWrap.lines("a b\n\nc", width: 10) == ["a b", "", "c"])
  }

  @Test func measuresByDisplayWidth() {
    // “été” is three columns, “日本” four.
    #expect(TextWrap.lines("été 日本 x", width: 7) == ["été", "日本 x"])
  }

  /// French high punctuation never starts a line, an opening guillemet never ends one, and a
  /// currency sign stays with its amount.
  @Test(arguments: [
    ("ambigu (milliers ou décimales ?) : écrivez 1234", 24, ["ambigu (milliers ou", "décimales ?) : écrivez", "1234"]),
    ("le client « Martin » a payé", 12, ["le client", "« Martin » a", "payé"]),
    ("reste dû 42,50 € ce soir", 14, ["reste dû", "42,50 € ce", "soir"]),
    // Narrower than the two together: cut, with no space left at either end.
    ("vraiment ?", 8, ["vraiment", "?"]),
  ])
  func frenchSpacesBeforePunctuationDoNotBreak(text: String, width: Int, expected: [String]) {
    #expect(TextWrap.lines(text, width: width) == expected)
  }

  /// A French guardrail as shown (French typography applied), wrapped at every width: no line starts
  /// with `; : ! ? »` or ends with `«`, `C.` or `art.` (the no-break spaces never break).
  @Test func setFrenchTextNeverBreaksAtItsNoBreakSpaces() {
    let text = LocalizedText("Ne faites jamais payer la note au serveur : les sanctions pécuniaires sont interdites ; « vraiment » ? (art. L1331-2 C. trav.) 86,40 € en 8 jours !",
                 "")(.french)
    for width in 24...70 {  // below, a unit joined by no-break spaces (« vraiment » ?) is longer than a line and cut
      for line in TextWrap.lines(text, width: width) {
        #expect(!(line.first.map { ";:!?»".contains($0) } ?? false), "\(width): \(line)")
        #expect(!line.hasSuffix("«") && !line.hasSuffix(" C.") && !line.hasSuffix("art.") && !line.hasSuffix("86,40"), "\(width): \(line)")
      }
    }
  }
}
