// Amounts as people type them: an amount that reads is written back (decimal, French, English)
// and reads as the same amount.
import ArdoiseCore

@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count), as: UTF8.self)
  for currency in [Currency.euro] {
    // A refusal is an expected answer; a refusal of what ardoise wrote itself breaks the precondition.
    guard let amount = try? Money.parse(text, currency: currency, allowsZero: true) else { continue }
    precondition(Money(decimalString: amount.decimalString, currency: currency) == amount, "\(amount.decimalString)")
    for language in Language.allCases {
      let written = amount.formatted(language)
      precondition((try? Money.parse(written, currency: currency, allowsZero: true)) == amount, "“\(written)” from “\(text)”")
    }
  }
  return 0
}
