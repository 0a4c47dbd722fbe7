import Testing

@testable import ArdoiseCore

/// Timestamps, days and amounts written as bytes give the text of their string forms, quoted.
@Suite struct JSONWriterDomainValuesTests {
  private func written(_ write: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter(pretty: false)
    write(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    Timestamp(secondsSince1970: 1_796_078_400, offsetSeconds: 3600),
    Timestamp(secondsSince1970: 0, offsetSeconds: 0),
    Timestamp(secondsSince1970: -1, offsetSeconds: -(9 * 3600 + 30 * 60)),
    Timestamp(secondsSince1970: 1_704_067_199, offsetSeconds: 5 * 3600 + 45 * 60),
    Timestamp(secondsSince1970: -62_000_000_000, offsetSeconds: 0),
    Timestamp(secondsSince1970: 253_402_300_799, offsetSeconds: -3600),
  ])
  func aTimestampIsItsISO8601Text(_ value: Timestamp) {
    #expect(written { $0.timestamp(value) } == "\"" + value.iso8601 + "\"")
  }

  @Test func daysAndAmountsAreTheirTexts() {
    for day in [CalendarDay(year: 2026, month: 1, day: 5), CalendarDay(year: 987, month: 12, day: 31), CalendarDay(daysSince1970: 0)] {
      #expect(written { $0.day(day) } == "\"" + day.description + "\"")
    }
    let euro = Currency(code: "EUR")
    let yen = Currency(code: "JPY", minorDigits: 0)
    let dinar = Currency(code: "KWD", minorDigits: 3)
    for money in [Money(minorUnits: 4250, currency: euro), Money(minorUnits: -300, currency: euro), Money(minorUnits: 7, currency: euro),
                  Money(minorUnits: 0, currency: euro), Money(minorUnits: 1234, currency: yen), Money(minorUnits: -5, currency: dinar),
                  Money(minorUnits: .max, currency: euro), Money(minorUnits: .min, currency: euro)] {
      #expect(written { $0.money(money) } == "\"" + money.decimalString + "\"")
    }
  }

  @Test func membersWriteTheirKeysAndNull() {
    let text = written { writer in
      writer.beginObject()
      writer.member("at", Timestamp(secondsSince1970: 86_400, offsetSeconds: 0))
      writer.member("due", nil as CalendarDay?)
      writer.member("paid", Money(minorUnits: 1050, currency: Currency(code: "EUR")))
      writer.endObject()
    }
    #expect(text == "{\"at\":\"1970-01-02T00:00:00Z\",\"due\":null,\"paid\":\"10.50\"}")
  }
}
