import Testing

@testable import ArdoiseCore

@Suite struct SIRETNumberTests {
  @Test(arguments: ["73282932000074", "732 829 320 00074", "44306184100047", "55203253400646", "35600000000048"])
  func realSIRETNumbersPass(_ text: String) {
    #expect(SIRETNumber.problem(text) == nil)
  }

  @Test func aTypoInTheLastDigitFailsTheLuhnCheck() {
    #expect(SIRETNumber.problem("73282932000075")?.english.contains("check digit") == true)
    // The placeholder many examples use is no SIRET.
    #expect(SIRETNumber.problem("123 456 789 00012") != nil)
  }

  @Test func laPosteEstablishmentsAddUpToAMultipleOfFiveInstead() {
    // Fails Luhn, digits add up to 15: valid for La Poste only.
    #expect(SIRETNumber.problem("35600000000010") == nil)
    #expect(SIRETNumber.problem("35600000000011") != nil)
  }

  @Test func aWrongLengthOrALetterSaysSo() {
    #expect(SIRETNumber.problem("7328293200007")?.english == "a SIRET has 14 digits (13 typed)")
    #expect(SIRETNumber.problem("73282932000O74")?.english == "a SIRET holds digits only")
  }
}
