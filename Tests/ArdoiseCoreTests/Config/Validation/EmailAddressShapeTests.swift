import Testing

@testable import ArdoiseCore

@Suite struct EmailAddressShapeTests {
  @Test(arguments: ["contact@lepetitzinc.fr", "jean.dupont+resa@mail.example.co.uk", "a@b.io"])
  func addressesOfTheUsualShapePass(_ text: String) {
    #expect(EmailAddressShape.problem(text) == nil)
  }

  @Test(arguments: ["contact", "contact@", "@lepetitzinc.fr", "contact@lepetitzinc", "contact@@lepetitzinc.fr", "jean dupont@mail.fr",
                    "contact@lepetitzinc..fr", "contact@-zinc.fr"])
  func othersAreRefused(_ text: String) {
    #expect(EmailAddressShape.problem(text) != nil)
  }
}
