import Testing

@testable import ArdoiseCore

@Suite struct InternationalBankAccountNumberTests {
  @Test(arguments: ["FR76 3000 6000 0112 3456 7890 189", "GB29 NWBK 6016 1331 9268 19", "DE89370400440532013000", "gb29nwbk60161331926819"])
  func validIBANsPass(_ text: String) {
    #expect(InternationalBankAccountNumber.problem(text) == nil)
  }

  @Test func oneWrongDigitFailsTheMod97Check() {
    #expect(InternationalBankAccountNumber.problem("FR76 3000 6000 0112 3456 7890 188")?.english.contains("check digits") == true)
    #expect(InternationalBankAccountNumber.problem("GB29 NWBK 6016 1331 9268 18") != nil)
  }

  @Test func aMalformedOneSaysWhatAnIBANLooksLike() {
    #expect(InternationalBankAccountNumber.problem("3000 6000 0112 3456 7890 189")?.english.hasPrefix("an IBAN starts with") == true)
    #expect(InternationalBankAccountNumber.problem("FR76-3000-6000")?.english == "an IBAN holds letters and digits only")
  }
}
