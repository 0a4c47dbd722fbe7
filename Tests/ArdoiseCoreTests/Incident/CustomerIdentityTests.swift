import Foundation
import Testing

@testable import ArdoiseCore

/// An identity file exists only once its event is in the log; a failed identify leaves nothing.
@Suite struct CustomerIdentityTests {
  @Test func anIdentifyWhoseEventCannotBeWrittenLeavesNoFile() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let logBefore = try fixture.bytes(of: fixture.logPath(id))
    let disk = FailingDisk(under: fixture.directory.path) { $0 == .write(fixture.logPath(id)) }
    defer { disk.remove() }
    #expect(throws: StoreError.self) { try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", phone: "0600000000")) }
    disk.remove()
    #expect(disk.operations.contains(.write(fixture.logPath(id))))
    #expect(allFiles(under: fixture.directory.peoplePath).isEmpty)
    #expect(try fixture.bytes(of: fixture.logPath(id)) == logBefore)
    #expect(store.customer(of: id) == nil)
  }

  @Test func anIdentifyWhoseFileCannotBeSyncedLeavesNeitherFileNorEvent() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let logBefore = try fixture.bytes(of: fixture.logPath(id))
    let disk = FailingDisk(under: fixture.directory.peoplePath) { if case .sync = $0 { return true } else { return false } }
    defer { disk.remove() }
    #expect(throws: StoreError.self) { try store.identify(id, as: CustomerIdentity(name: "Jean Dupont")) }
    disk.remove()
    #expect(allFiles(under: fixture.directory.peoplePath).isEmpty)
    #expect(try fixture.bytes(of: fixture.logPath(id)) == logBefore)
  }

  @Test func theIdentityFileIsRenamedIntoPlaceOnlyAfterItsEventIsSynced() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts()).id
    let disk = FailingDisk(under: fixture.directory.path) { _ in false }
    defer { disk.remove() }
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont"))
    disk.remove()
    let logSync = try #require(disk.operations.firstIndex(of: .sync(fixture.logPath(id))))
    let rename = try #require(disk.operations.firstIndex { if case .rename(_, fixture.directory.personPath(id)) = $0 { return true } else { return false } })
    #expect(logSync < rename)
    #expect(store.customer(of: id)?.name == "Jean Dupont")
  }
}
