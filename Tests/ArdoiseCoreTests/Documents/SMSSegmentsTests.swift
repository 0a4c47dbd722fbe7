import Testing
@testable import ArdoiseCore

@Suite struct SMSSegmentsTests {
  @Test func gsmTextTakes160ThenSegmentsOf153() {
    #expect(SMSSegments(String(repeating: "a", count: 160)) == SMSSegments.expected(.gsm7, 160, 1))
    #expect(SMSSegments(String(repeating: "a", count: 161)) == SMSSegments.expected(.gsm7, 161, 2))
    #expect(SMSSegments(String(repeating: "a", count: 306)) == SMSSegments.expected(.gsm7, 306, 2))
    #expect(SMSSegments(String(repeating: "a", count: 307)) == SMSSegments.expected(.gsm7, 307, 3))
    #expect(SMSSegments("").count == 1)
  }

  @Test func extensionCharactersCountTwo() {
    #expect(SMSSegments("86,50 €").units == 8)
    #expect(SMSSegments(String(repeating: "€", count: 80)) == SMSSegments.expected(.gsm7, 160, 1))
    #expect(SMSSegments(String(repeating: "€", count: 81)) == SMSSegments.expected(.gsm7, 162, 2))
    #expect(SMSSegments("[a]{b}|~^\\").units == 18)
  }

  @Test func accentsOfTheGSMAlphabetStayGSM() {
    #expect(SMSSegments("réglée à l'été, où ? Ç ü ñ").encoding == .gsm7)
  }

  @Test func anyOtherCharacterSendsUCS2At70Then67() {
    #expect(SMSSegments("l’addition").encoding == .ucs2)
    #expect(SMSSegments("ê" + String(repeating: "a", count: 69)) == SMSSegments.expected(.ucs2, 70, 1))
    #expect(SMSSegments("ê" + String(repeating: "a", count: 70)) == SMSSegments.expected(.ucs2, 71, 2))
    #expect(SMSSegments("ê" + String(repeating: "a", count: 134)) == SMSSegments.expected(.ucs2, 135, 3))
    #expect(SMSSegments("😀").units == 2)
  }

  @Test func transliterationKeepsAFrenchTextInGSM() {
    let french = "Le Petit Zinc\u{202F}: l’addition n’a pas été réglée\u{202F}: 86,50\u{A0}€. «\u{202F}Merci\u{202F}» — à bientôt, ça arrive\u{202F}!"
    let sms = french.gsm7Transliterated
    #expect(sms == "Le Petit Zinc : l'addition n'a pas été réglée : 86,50 €. \"Merci\" - à bientot, ca arrive !")
    #expect(SMSSegments(sms).encoding == .gsm7)
  }

  @Test func theFrenchReminderSMSIsGSMInOneOrTwoSegmentsAndSaysSo() throws {
    for fixture in DocumentFixtures.cases {
      let document = try DocumentGenerator.generate(DocumentFixtures.request(.reminder, fixture, .french, variant: .sms))
      let text = String(document.text.dropLast())
      let segments = SMSSegments(text)
      #expect(segments.encoding == .gsm7, "\(text)")
      #expect(segments.count <= 2, "\(text)")
      #expect(!text.contains("\u{202F}") && !text.contains("’") && !text.contains("«"))
      #expect(document.warnings.contains { $0(.french).contains("GSM") && $0(.french).contains("segment") })
      #expect(document.warnings.first?(.english) == "SMS: " + (segments.count == 1 ? "1 segment" : "\(segments.count) segments")
        + " (\(segments.units) GSM 7-bit characters, 160 for one segment, 153 each beyond)")
    }
  }
}

extension SMSSegments {
  static func expected(_ encoding: Encoding, _ units: Int, _ count: Int) -> SMSSegments {
    var segments = SMSSegments("")
    segments.encoding = encoding
    segments.units = units
    segments.count = count
    return segments
  }
}
