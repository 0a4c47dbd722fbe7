import Foundation
import Testing

@testable import ArdoiseCore

/// The customer's details change in `people/`; the log records each change by field name only.
@Suite struct StoreCustomerTests {
  @Test func eachChangeIsAnEventWithoutThePersonalData() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", phone: "0600000000"))
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", phone: "0611111111", source: "reservation"))
    // The same details again: nothing to record.
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", phone: "0611111111", source: "reservation"))
    #expect(store.readCustomer(of: id) == .identity(CustomerIdentity(name: "Jean Dupont", phone: "0611111111", source: "reservation")))
    try store.removeCustomer(of: id)
    #expect(store.readCustomer(of: id) == .none)

    let log = String(decoding: try fixture.bytes(of: fixture.logPath(id)), as: UTF8.self)
    for secret in ["Dupont", "0600000000", "0611111111", "reservation"] { #expect(!log.contains(secret)) }
    let reopened = try fixture.openStore()
    let changes = try #require(reopened.incident(id)).incident.events.compactMap { event -> IdentityChange? in
      if case .customerDetailsChanged(let change) = event.body { return change }
      return nil
    }
    #expect(changes == [IdentityChange(.added, fields: ["name", "phone"]), IdentityChange(.corrected, fields: ["phone", "source"]),
                        IdentityChange(.removed, fields: ["name", "phone", "source"])])
    #expect(reopened.incident(id)?.incident.hasIdentifiedCustomer == false)
  }

  @Test func aDamagedFileIsUnreadableWithItsLineNeverNotIdentified() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont"))
    try Data("kind = \"consumer\"\nname = \"Jean\n".utf8).write(to: URL(fileURLWithPath: fixture.directory.personPath(id)))
    guard case .unreadable(let reason) = store.readCustomer(of: id) else {
      Issue.record("a damaged file read as \(store.readCustomer(of: id))")
      return
    }
    #expect(reason.english.hasPrefix("people/\(id.rawValue).toml:2: invalid TOML"))
  }

  @Test func anOldIdentifiedLineStillReadsAsIdentified() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try store.record(on: id) { _ in .success(.customerIdentified) }
    #expect(try fixture.openStore().incident(id)?.incident.hasIdentifiedCustomer == true)
  }
}
