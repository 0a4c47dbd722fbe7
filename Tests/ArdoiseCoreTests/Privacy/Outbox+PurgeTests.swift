import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct OutboxPurgeTests {
  /// A mail draft the transport refused holds the customer's name and email: the purge deletes
  /// it with the identity, says so, and logs the file's name (id, kind, time), never the person.
  @Test func purgingAnIdentityRemovesTheCasesMailDrafts() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts(amount: 3000)).id
    let other = try store.create(StoreFixture.facts(amount: 4000)).id
    let identity = CustomerIdentity(name: "Jean Dupont", email: "jean.dupont@example.org", kind: .consumer)
    try store.identify(id, as: identity)
    let outbox = Outbox(directory: fixture.directory)
    let message = "To: Jean Dupont <jean.dupont@example.org>\n\nBonjour Jean Dupont\n"
    let draft = try outbox.keep(message, caseID: id, kind: .reminder, at: Date(timeIntervalSince1970: 1_796_018_709))
    let second = try outbox.keep(message, caseID: id, kind: .finalReminder, at: Date(timeIntervalSince1970: 1_796_018_800))
    let kept = try outbox.keep("To: x@example.org\n\nbonjour\n", caseID: other, kind: .reminder, at: Date(timeIntervalSince1970: 1_796_018_709))
    // A write interrupted before its rename leaves a temp file that holds the same text.
    let interrupted = outbox.path + "/." + id.rawValue + "-reminder-20261130T070000.eml.123.abc.tmp"
    try POSIXFile.replace(interrupted, with: Array(message.utf8))
    try StoreFixture.pay(store, id, 3000)  // settles: closed as recovered
    var config = Config()
    config.purgePaidAfterDays = 2
    let closedAt = try #require(store.incident(id)?.incident.closedAt?.day)

    let outcomes = store.purgeExpiredIdentities(policy: RetentionPolicy(config: config), today: closedAt.adding(days: 3))

    #expect(outcomes.map(\.id) == [id])
    let files = try outcomes[0].outcome.get()
    #expect(files.mailDrafts == ["outbox/\(id.rawValue)-final-reminder-20261130T060640.eml", "outbox/\(id.rawValue)-reminder-20261130T060509.eml"])
    #expect(files.summary?(.english) == "2 mail drafts deleted")
    #expect(files.summary?(.french) == "2 brouillons d’e-mail supprimés")
    for path in [draft, second, interrupted] { #expect(!FileManager.default.fileExists(atPath: path), "\(path) should be gone") }
    #expect(FileManager.default.fileExists(atPath: kept), "another case's draft stays")
    #expect(FileManager.default.fileExists(atPath: outbox.path + "/.gitignore"))
    let log = try String(contentsOfFile: fixture.directory.logPath(id), encoding: .utf8)
    #expect(!log.contains("Dupont") && !log.contains("example.org"))
    #expect(log.contains("mail drafts removed: outbox/\(id.rawValue)-final-reminder-20261130T060640.eml, outbox/\(id.rawValue)-reminder-20261130T060509.eml"))
  }

  /// A case with no outbox at all (nothing was ever refused by the transport) is purged as before.
  @Test func aMissingOutboxRemovesNothing() throws {
    let fixture = try StoreFixture()
    #expect(try Outbox.removeDrafts(of: IncidentID(rawValue: "261130-K7QF"), in: fixture.directory).isEmpty)
  }

  /// `outbox/` replaced by a symbolic link to another folder: nothing there is removed, the purge
  /// of that case says which path it refused, and its identity stays for the next purge.
  @Test func aSymlinkedOutboxIsRefusedAndNothingElsewhereIsRemoved() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts(amount: 3000)).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", kind: .consumer))
    let elsewhere = fixture.temporary.child("elsewhere")
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
    let victim = elsewhere + "/" + id.rawValue + "-reminder-20261130T060509.eml"
    try Array("not ardoise's".utf8).write(to: victim)
    let outbox = Outbox(directory: fixture.directory).path
    try FileManager.default.createSymbolicLink(atPath: outbox, withDestinationPath: elsewhere)
    try StoreFixture.pay(store, id, 3000)
    var config = Config()
    config.purgePaidAfterDays = 2
    let closedAt = try #require(store.incident(id)?.incident.closedAt?.day)

    let outcomes = store.purgeExpiredIdentities(policy: RetentionPolicy(config: config), today: closedAt.adding(days: 3))

    #expect(outcomes.count == 1)
    #expect(throws: StoreError.symbolicLink(path: outbox)) { try outcomes[0].outcome.get() }
    #expect(FileManager.default.fileExists(atPath: victim), "the link's target is never touched")
    #expect(store.customer(of: id) != nil, "the identity stays until the purge can finish")
    #expect(store.incident(id)?.incident.isPurged == false)
  }
}

private extension Array where Element == UInt8 {
  func write(to path: String) throws { try Data(self).write(to: URL(fileURLWithPath: path)) }
}
