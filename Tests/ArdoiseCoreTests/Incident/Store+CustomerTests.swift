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

  /// A newer ardoise may keep more in `people/<id>.toml`, or a kind of debtor this version does
  /// not know: rewriting the file would drop it, so identify refuses, naming the file; the file
  /// and the log stay as they were. A file of known keys only is rewritten as usual.
  @Test func aFileWithKeysThisVersionDoesNotKnowIsNotRewritten() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont"))
    for newer in ["kind = \"consumer\"\nname = \"Jean Dupont\"\nbirth_place = \"Lyon\"\n",
                  "kind = \"public-body\"\nname = \"Jean Dupont\"\n"] {
      let path = fixture.directory.personPath(id)
      try Data(newer.utf8).write(to: URL(fileURLWithPath: path))
      let logBefore = try fixture.bytes(of: fixture.logPath(id))
      #expect {
        try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", phone: "0600000000"))
      } throws: { error in
        let unknown = newer.contains("birth_place") ? "birth_place" : "kind"
        return (error as? StoreError)?.message(.english) == "people/\(id).toml was written by a newer ardoise (“\(unknown)”): update ardoise"
      }
      #expect(String(decoding: try fixture.bytes(of: path), as: UTF8.self) == newer)
      #expect(try fixture.bytes(of: fixture.logPath(id)) == logBefore)
    }
    try Data("kind = \"business\"\nname = \"Jean Dupont\"\n".utf8).write(to: URL(fileURLWithPath: fixture.directory.personPath(id)))
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", phone: "0600000000"))
    #expect(store.customer(of: id)?.phone == "0600000000")
  }
}
