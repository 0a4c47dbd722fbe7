import Testing
@testable import ArdoiseCore

/// Numbers in words (traditional French spelling, British English), on a table of known answers.
@Suite struct NumberWordsTests {
  @Test(arguments: [
    (0, "zéro", "zero"), (1, "un", "one"), (16, "seize", "sixteen"), (17, "dix-sept", "seventeen"),
    (21, "vingt et un", "twenty-one"), (22, "vingt-deux", "twenty-two"), (70, "soixante-dix", "seventy"),
    (71, "soixante et onze", "seventy-one"), (77, "soixante-dix-sept", "seventy-seven"), (80, "quatre-vingts", "eighty"),
    (81, "quatre-vingt-un", "eighty-one"), (90, "quatre-vingt-dix", "ninety"), (91, "quatre-vingt-onze", "ninety-one"),
    (99, "quatre-vingt-dix-neuf", "ninety-nine"), (100, "cent", "one hundred"), (101, "cent un", "one hundred and one"),
    (200, "deux cents", "two hundred"), (201, "deux cent un", "two hundred and one"), (280, "deux cent quatre-vingts", "two hundred and eighty"),
    (1_000, "mille", "one thousand"), (1_005, "mille cinq", "one thousand and five"),
    (1_234, "mille deux cent trente-quatre", "one thousand two hundred and thirty-four"),
    (2_000, "deux mille", "two thousand"), (80_000, "quatre-vingt mille", "eighty thousand"),
    (200_000, "deux cent mille", "two hundred thousand"), (1_000_000, "un million", "one million"),
    (2_000_000, "deux millions", "two million"), (280_000_000, "deux cent quatre-vingts millions", "two hundred and eighty million"),
  ] as [(Int64, String, String)])
  func wholeNumbers(_ number: Int64, _ french: String, _ english: String) {
    #expect(NumberWords.words(number, .french) == french)
    #expect(NumberWords.words(number, .english) == english)
  }

  @Test func outOfRange() {
    #expect(NumberWords.words(-1, .french) == nil)
    #expect(NumberWords.words(1_000_000_000_000, .english) == nil)
  }

  @Test func amountsWithTheirCurrency() {
    #expect(Money(minorUnits: 123_456, currency: .euro).words(.french) == "mille deux cent trente-quatre euros et cinquante-six centimes")
    #expect(Money(minorUnits: 123_456, currency: .euro).words(.english) == "one thousand two hundred and thirty-four euros and fifty-six cents")
    #expect(Money(minorUnits: 101, currency: .euro).words(.french) == "un euro et un centime")
    #expect(Money(minorUnits: 8_650, currency: .euro).words(.french) == "quatre-vingt-six euros et cinquante centimes")
    #expect(Money(minorUnits: 0, currency: .euro).words(.english) == "zero euros")
    #expect(Money(minorUnits: 0, currency: .euro).words(.french) == "zéro euro")
    #expect(Money(minorUnits: 100_000_000, currency: .euro).words(.french) == "un million d’euros")
    #expect(Money(minorUnits: 4_201, currency: .poundSterling).words(.english) == "forty-two pounds and one penny")
    #expect(Money(minorUnits: 100, currency: .poundSterling).words(.english) == "one pound")
    #expect(Money(minorUnits: -100, currency: .euro).words(.french) == nil)
  }
}
