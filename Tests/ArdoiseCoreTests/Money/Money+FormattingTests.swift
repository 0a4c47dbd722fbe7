import Testing
@testable import ArdoiseCore

@Suite struct MoneyFormattingTests {
  @Test func frenchAndEnglish() {
    let money = Money(minorUnits: 123_456, currency: .euro)
    #expect(money.formatted(.french) == "1\u{202F}234,56\u{A0}€")
    #expect(money.formatted(.english) == "€1,234.56")
    #expect(Money(minorUnits: 5, currency: .euro).formatted(.french) == "0,05\u{A0}€")
    #expect(Money(minorUnits: -500, currency: .euro).formatted(.english) == "-€5.00")
    #expect(Money(minorUnits: 100_000_000, currency: .euro).formatted(.english) == "€1,000,000.00")
  }

  @Test func decimalStringRoundTrips() {
    for units: Int64 in [0, 5, 50, 4250, 123_456, -300] {
      let money = Money(minorUnits: units, currency: .euro)
      #expect(Money(decimalString: money.decimalString, currency: .euro) == money)
    }
    #expect(Money(minorUnits: 4250, currency: .euro).decimalString == "42.50")
    #expect(Money(decimalString: "42.5", currency: .euro)?.minorUnits == 4250)
    #expect(Money(decimalString: "42.505", currency: .euro) == nil)
    #expect(Money(decimalString: "4x", currency: .euro) == nil)
  }
}
