import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct StringInertTests {
  @Test func controlCharactersBecomeInert() {
    #expect("a\u{1B}[31mb".inert == "a\u{FFFD}[31mb")
    #expect("a\tb\nc".inert == "a b c")
    #expect("a\r\nb".inert == "a b")
    #expect("\u{7F}\u{9B}".inert == "\u{FFFD}\u{FFFD}")
    #expect("sans contrôle".inert == "sans contrôle")
    #expect("\u{07}\u{00}".inert == "\u{FFFD}\u{FFFD}")
  }

  @Test func controlCharactersAreFoundInTheirBytes() {
    #expect("a\u{85}b".inert == "a\u{FFFD}b")  // C1 NEL, encoded C2 85
    #expect("\u{A0}é".inert == "\u{A0}é")  // C2 A0 is a no-break space, not a control
    #expect("tab\there".inert == "tab here")
  }

  /// Bidirectional controls reorder what follows them on screen ("Trojan Source"); zero-width
  /// characters hide inside a name. Both are replaced, one `�` each.
  @Test(arguments: [0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                    0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF] as [UInt32])
  func bidirectionalAndInvisibleCharactersBecomeInert(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    let text = "Du" + String(Character(scalar)) + "pont"
    #expect(text.inert == "Du\u{FFFD}pont")
    #expect(text.inertLines == "Du\u{FFFD}pont")
    #expect(!text.inert.unicodeScalars.contains(scalar))
  }

  /// What a French text legitimately holds stays as it is: narrow no-break space before `:`,
  /// no-break space before `€`, typographic apostrophe, accents, emoji.
  @Test func frenchTypographyAndEmojiAreKept() {
    let text = "Montant\u{202F}: 86,40\u{A0}€ — l’addition 🍷 e\u{301}"
    #expect(text.inert == text)
    #expect(text.inertLines == text)
    #expect(text.escaped == text)
    #expect(!text.hasInertScalar)
  }

  @Test func linesKeepTheirNewlinesAndTabs() {
    #expect("1 rue X\n75001 Paris\tFR".inertLines == "1 rue X\n75001 Paris\tFR")
    #expect("a\r\nb\rc".inertLines == "a\r\nb\nc")
    #expect("titre\u{1B}]0;pwned\u{07}\n".inertLines == "titre\u{FFFD}]0;pwned\u{FFFD}\n")
  }

  @Test func escapedTextIsOneVisibleLine() {
    #expect("a\nb".escaped == "a\\nb")
    #expect("\u{1B}]52;c;aGk=\u{07}".escaped == "\\u{1B}]52;c;aGk=\\u{7}")
    #expect("x\u{202E}y\t".escaped == "x\\u{202E}y\\t")
    #expect("plain".escaped == "plain")
  }

  /// The JSON stays valid and means the same strings; no inert character is left raw.
  @Test func jsonEscapesKeepTheValue() throws {
    let value = ["name": "a\u{1B}]0;t\u{07}b\u{9B}c\u{202E}d\u{7F}\u{200B}", "plain": "é"]
    let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
    let text = String(decoding: data, as: UTF8.self).jsonEscapingInertScalars
    #expect(!text.unicodeScalars.contains { $0.isInert && $0 != "\n" })
    #expect(text.contains("\\u001b") || text.contains("\\u001B"))
    let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
    #expect(decoded == value)
  }
}
