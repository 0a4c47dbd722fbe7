import Testing

@testable import ArdoiseCore

@Suite struct IdentityChangeTests {
  @Test func theChangeNamesTheFieldsThatChangedNeverTheirValues() {
    let before = CustomerIdentity(name: "Jean Dupont", phone: "0600000000")
    var after = before
    after.phone = "0611111111"
    after.email = "jean@example.fr"
    after.kind = .business
    #expect(IdentityChange.between(before, after) == IdentityChange(.corrected, fields: ["kind", "phone", "email"]))
    #expect(IdentityChange.between(nil, before) == IdentityChange(.added, fields: ["name", "phone"]))
    #expect(IdentityChange.between(before, nil) == IdentityChange(.removed, fields: ["name", "phone"]))
    #expect(IdentityChange.between(before, before) == nil)
  }

  @Test func theTimelineSaysWhichFieldsInWords() {
    let change = IdentityChange(.corrected, fields: ["phone", "postal_address"])
    #expect(change.description(.english) == "Customer’s details corrected (phone, address)")
    #expect(change.description(.french) == "Coordonnées du client corrigées (téléphone, adresse)")
  }
}
