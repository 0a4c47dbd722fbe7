import Testing

@testable import ArdoiseCore

@Suite struct WebAddressShapeTests {
  @Test(arguments: ["https://pay.example.com/zinc", "http://lepetitzinc.fr", "HTTPS://buy.stripe.com/abc?x=1"])
  func webAddressesPass(_ text: String) {
    #expect(WebAddressShape.problem(text) == nil)
  }

  @Test(arguments: ["pay.example.com", "ftp://example.com", "javascript:alert(1)", "https://localhost", "https:// example.com", "https://.com"])
  func othersAreRefused(_ text: String) {
    #expect(WebAddressShape.problem(text) != nil)
  }
}
