import Foundation
import Testing
@testable import ArdoiseCore

@Suite struct MailMessageEncodingTests {
  /// Decodes `=?UTF-8?Q?…?=` words the way a mail reader does (RFC 2047 §6.2): the spaces between
  /// two encoded-words vanish, the others stay.
  static func decodeHeader(_ value: String) -> String {
    let unfolded = value.replacingOccurrences(of: "\n ", with: " ")
    var output = ""
    var previousWasEncoded = false
    for word in unfolded.split(separator: " ", omittingEmptySubsequences: false) {
      if word.hasPrefix("=?UTF-8?Q?") && word.hasSuffix("?=") {
        let inner = word.dropFirst(10).dropLast(2).replacingOccurrences(of: "_", with: " ")
        output += (previousWasEncoded || output.isEmpty ? "" : " ") + String(decoding: qpBytes(inner), as: UTF8.self)
        previousWasEncoded = true
      } else {
        output += (output.isEmpty ? "" : " ") + word
        previousWasEncoded = false
      }
    }
    return output
  }

  /// `=XX` sequences to bytes; soft line breaks (`=` at the end of a line) removed.
  static func qpBytes(_ text: String) -> [UInt8] {
    let bytes = Array(text.replacingOccurrences(of: "=\n", with: "").utf8)
    var output: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "="), index + 2 < bytes.count + 0, index + 2 <= bytes.count - 1,
        let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
      {
        output.append(value)
        index += 3
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return output
  }

  @Test func onlyTheNonASCIIWordIsEncoded() {
    let words = MailMessage.encodedHeaderWords("Le Petit Zinc — votre addition du 14 mars 2026")
    #expect(words == ["Le", "Petit", "Zinc", "=?UTF-8?Q?=E2=80=94?=", "votre", "addition", "du", "14", "mars", "2026"])
  }

  @Test func neighbouringNonASCIIWordsShareOneRunSoTheirSpaceSurvives() {
    let subject = "Déjà réglé — « merci »"
    let words = MailMessage.encodedHeaderWords(subject)
    #expect(words.count == 3 && words[0].hasPrefix("=?UTF-8?Q?D=C3=A9j=C3=A0_r=C3=A9gl=C3=A9_=E2=80=94_=C2=AB?="), "\(words)")
    #expect(words[1] == "merci", "a plain word between two runs stays plain")
    #expect(Self.decodeHeader(words.joined(separator: " ")) == subject)
  }

  @Test func longTextMakesSeveralWordsOfAtMost75CharactersNeverSplittingACharacter() {
    let text = String(repeating: "Éléphant été ", count: 12) + "fin"
    let words = MailMessage.encodedWords(text)
    #expect(words.count > 2)
    for word in words {
      #expect(word.count <= 75, "\(word)")
      let inner = String(word.dropFirst(10).dropLast(2)).replacingOccurrences(of: "_", with: " ")
      #expect(String(validating: Self.qpBytes(inner), as: UTF8.self) != nil, "a word ends inside a character: \(word)")
    }
    #expect(Self.decodeHeader(words.joined(separator: " ")) == text)
  }

  @Test func foldedSubjectLinesStayShortAndDecodeBack() {
    let subject = "Le Petit Zinc — addition impayée du 14 mars 2026 — dernière relance avant mise en demeure, référence 260314-K7QF"
    let header = MailMessage.textHeader("Subject", subject)
    let lines = header.split(separator: "\n")
    #expect(lines.count > 1)
    for (index, line) in lines.enumerated() {
      #expect(line.count <= 76, "\(line)")
      #expect(line.allSatisfy { $0.isASCII })
      if index > 0 { #expect(line.hasPrefix(" ")) }
    }
    #expect(Self.decodeHeader(String(header.dropFirst("Subject: ".count))) == subject)
  }

  @Test func quotedPrintableEncodesWhatItMustAndKeepsLinesShort() {
    let text = "Montant : 86,50 €\n= égal\nFrom here\n.\nfin d’espace \n" + String(repeating: "é", count: 60)
    let encoded = MailMessage.quotedPrintable(text)
    #expect(encoded.contains("86,50 =E2=82=AC"))
    #expect(encoded.contains("=3D =C3=A9gal"))
    #expect(encoded.contains("=46rom here"))
    #expect(encoded.contains("\n=2E\n"))
    #expect(encoded.contains("fin d=E2=80=99espace=20\n"))
    for line in encoded.split(separator: "\n") {
      #expect(line.count <= 76, "\(line)")
      #expect(line.allSatisfy { $0.isASCII })
    }
    #expect(String(decoding: Self.qpBytes(encoded), as: UTF8.self) == text)
  }

  @Test func base64LinesAre76CharactersAndDecodeBack() {
    let bytes = (0..<1000).map { UInt8($0 % 256) }
    let encoded = MailMessage.base64Lines(bytes)
    let lines = encoded.split(separator: "\n")
    #expect(lines.dropLast().allSatisfy { $0.count == 76 })
    #expect(Data(base64Encoded: lines.joined()).map([UInt8].init) == bytes)
  }

  @Test func dateIsRFC5322InTheStoresTimeZone() throws {
    let paris = try #require(TimeZone(identifier: "Europe/Paris"))
    let date = Date(timeIntervalSince1970: 1_796_018_709)  // 2026-11-30 06:05:09 UTC
    #expect(MailMessage.rfc5322Date(date, timeZone: paris) == "Mon, 30 Nov 2026 07:05:09 +0100")
    #expect(MailMessage.rfc5322Date(date, timeZone: try #require(TimeZone(identifier: "America/New_York"))) == "Mon, 30 Nov 2026 01:05:09 -0500")
  }
}
