import Testing

@testable import ArdoiseCore

/// Arithmetic and reading that no input can make trap.
@Suite struct MoneyTests {
  @Test func sumsAreHeldAtTheEndsInsteadOfOverflowing() {
    let top = Money(minorUnits: .max)
    #expect(top + Money(minorUnits: 1) == top)
    #expect(Money(minorUnits: .min) - Money(minorUnits: 1) == Money(minorUnits: .min))
    #expect(Money(minorUnits: 1) - Money(minorUnits: .min) == top)
    #expect(Money(minorUnits: 40) + Money(minorUnits: 2) == Money(minorUnits: 42))
    #expect(Money(minorUnits: 40) - Money(minorUnits: 42) == Money(minorUnits: -2))
  }

  @Test(arguments: ["92233720368547758.08", "99999999999999999999.99", "1.999999999999999999999", "-92233720368547758.09"])
  func aDecimalStringTooLargeIsRefusedWithoutTrapping(text: String) {
    #expect(Money(decimalString: text, currency: .euro) == nil)
  }

  @Test func theLargestDecimalStringIsRead() {
    #expect(Money(decimalString: "92233720368547758.07", currency: .euro)?.minorUnits == .max)
    #expect(Money(decimalString: "42.5", currency: .euro)?.minorUnits == 4_250)
  }
}
