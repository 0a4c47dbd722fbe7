import Testing
@testable import ArdoiseCore

@Suite struct MoneyParsingTests {
  @Test(arguments: [
    ("42,50", 4250), ("42.50", 4250), ("42,50 €", 4250), ("€42.50", 4250), ("1 234,56", 123_456),
    ("1,234.56", 123_456), ("42", 4200), ("42,5", 4250), ("0,50", 50), ("EUR 12", 1200), ("12 EUR", 1200),
    ("1.234,56", 123_456), ("1 000 000", 100_000_000), ("1\u{00A0}234,56 €", 123_456), ("  7,00  ", 700),
    ("0,505", -1), ("1 234 567,00", -1),
  ])
  func acceptsWhatPeopleType(input: String, minorUnits: Int64) throws {
    if minorUnits < 0 {
      #expect(throws: MoneyParsingError.self) { try Money.parse(input) }
    } else {
      #expect(try Money.parse(input) == Money(minorUnits: minorUnits, currency: .euro))
    }
  }

  @Test(arguments: [
    ("", MoneyParsingError.empty), ("   ", .empty), ("abc", .notANumber("abc")), ("-5", .negative),
    ("0", .zero), ("0,00", .zero), ("42,505", .ambiguous("42,505")), ("42.5050", .tooManyDecimals(allowed: 2)),
    ("1 000 000,01", .tooLarge(limit: Money.limit(.euro))), ("1,234", .ambiguous("1,234")),
    ("12,3,4", .malformedGrouping("12,3,4")), ("$12", .currencyMismatch(found: "$", expected: .euro)),
    ("12 34,00", .malformedGrouping("12 34,00")), ("4x2", .notANumber("4x2")),
  ])
  func refusesWithAReason(input: String, error: MoneyParsingError) {
    #expect(throws: error) { try Money.parse(input) }
  }

  @Test func zeroIsAllowedWhenAsked() throws {
    #expect(try Money.parse("0", allowsZero: true).isZero)
  }

  @Test func everyErrorHasBothLanguages() {
    let errors: [MoneyParsingError] = [.empty, .negative, .zero, .notANumber("x"), .tooManyDecimals(allowed: 2)]
    for error in errors {
      #expect(error.message(.french) != error.message(.english))
      #expect(!error.message(.french).isEmpty)
    }
  }
}
