import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct StoreRetentionTests {
  @Test func aPaidCustomersIdentityIsPurgedAfterTheDelayAndThePurgeIsLoggedWithoutIt() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let paid = try store.create(StoreFixture.facts(amount: 3000)).id
    let unpaid = try store.create(StoreFixture.facts(amount: 5000)).id
    let identity = CustomerIdentity(name: "Jean Dupont", phone: "06 12 34 56 78", kind: .consumer, source: "réservation")
    try store.identify(paid, as: identity)
    try store.identify(unpaid, as: identity)
    try StoreFixture.pay(store, paid, 3000)  // settles: closed as recovered
    var config = Config()
    config.purgePaidAfterDays = 2
    let policy = RetentionPolicy(config: config)
    guard let closedAt = store.incident(paid)?.incident.closedAt?.day else {
      Issue.record("the paid case should be closed")
      return
    }
    #expect(store.expiredIdentities(policy: policy, today: closedAt.adding(days: 1)).isEmpty)
    let purged = store.purgeExpiredIdentities(policy: policy, today: closedAt.adding(days: 3))
    #expect(purged.map(\.id) == [paid])
    #expect(store.customer(of: paid) == nil)
    #expect(store.customer(of: unpaid) == identity)
    #expect(store.incident(paid)?.incident.isPurged == true)
    // The log keeps no personal data: not before (identity kept apart), not in the purge line.
    let log = try String(contentsOfFile: fixture.directory.logPath(paid), encoding: .utf8)
    #expect(!log.contains("Dupont") && !log.contains("06 12"))
    #expect(log.contains("\"type\":\"purged\""))
  }

  /// The demand letter written for the case holds the customer's name and address: the purge
  /// removes it with the identity, and the log names the file removed, not the person.
  @Test func purgingAnIdentityRemovesTheCasesDocuments() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts(amount: 3000)).id
    let other = try store.create(StoreFixture.facts(amount: 4000)).id
    let identity = CustomerIdentity(name: "Jean Dupont", postalAddress: "12 rue des Lilas, 69001 Lyon", kind: .consumer)
    try store.identify(id, as: identity)
    try store.identify(other, as: identity)
    let today = CalendarDay(year: 2026, month: 11, day: 30)
    let letter = try store.writeDocument(.demandLetter, for: id, config: Config(), playbook: .standard, language: .french, today: today)
    let reminder = try store.writeDocument(.reminder, for: id, config: Config(), playbook: .standard, language: .english, today: today)
    let kept = try store.writeDocument(.demandLetter, for: other, config: Config(), playbook: .standard, language: .french, today: today)
    #expect(try String(contentsOfFile: letter.file, encoding: .utf8).contains("Dupont"))
    try StoreFixture.pay(store, id, 3000)  // settles: closed as recovered
    var config = Config()
    config.purgePaidAfterDays = 2
    let closedAt = try #require(store.incident(id)?.incident.closedAt?.day)
    let purged = store.purgeExpiredIdentities(policy: RetentionPolicy(config: config), today: closedAt.adding(days: 3))
    #expect(purged.map(\.id) == [id])
    #expect(try purged[0].outcome.get().summary?(.english) == "2 documents deleted")
    #expect(try purged[0].outcome.get().summary?(.french) == "2 documents supprimés")

    #expect(!FileManager.default.fileExists(atPath: letter.file))
    #expect(!FileManager.default.fileExists(atPath: reminder.file))
    let left = (POSIXFile.listDirectory(fixture.directory.documentsPath) ?? []).joined()
    #expect(!left.contains(id.rawValue))
    #expect(FileManager.default.fileExists(atPath: kept.file), "another case's document stays")
    let log = try String(contentsOfFile: fixture.directory.logPath(id), encoding: .utf8)
    #expect(!log.contains("Dupont") && !log.contains("Lilas"))
    #expect(log.contains("documents removed: documents/\(id.rawValue)-demand-letter-fr.md"))
  }

  /// `documents/` replaced by a symbolic link: a purge never deletes through it. The case keeps
  /// its identity (the next purge tries again) and the error names the path refused.
  @Test func aSymlinkedDocumentsFolderIsRefusedAndNothingElsewhereIsRemoved() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts(amount: 3000)).id
    try store.identify(id, as: CustomerIdentity(name: "Jean Dupont", kind: .consumer))
    let elsewhere = fixture.temporary.child("elsewhere")
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
    let victim = elsewhere + "/" + id.rawValue + "-reminder-fr.md"
    _ = FileManager.default.createFile(atPath: victim, contents: Data("not ardoise's".utf8))
    try? FileManager.default.removeItem(atPath: fixture.directory.documentsPath)  // made by the first document, if any
    try FileManager.default.createSymbolicLink(atPath: fixture.directory.documentsPath, withDestinationPath: elsewhere)
    try StoreFixture.pay(store, id, 3000)
    var config = Config()
    config.purgePaidAfterDays = 2
    let closedAt = try #require(store.incident(id)?.incident.closedAt?.day)

    let outcomes = store.purgeExpiredIdentities(policy: RetentionPolicy(config: config), today: closedAt.adding(days: 3))

    #expect(outcomes.map(\.id) == [id])
    #expect(throws: StoreError.symbolicLink(path: fixture.directory.documentsPath)) { try outcomes[0].outcome.get() }
    #expect(FileManager.default.fileExists(atPath: victim), "the link's target is never touched")
    #expect(store.customer(of: id) != nil, "the identity stays until the purge can finish")
  }

  @Test func documentsWrittenElsewhereAreNamedNotRemoved() throws {
    let fixture = try StoreFixture()
    let store = try fixture.openStore()
    let id = try store.create(StoreFixture.facts(amount: 3000)).id
    let outside = fixture.temporary.child("lettre.md")
    let today = CalendarDay(year: 2026, month: 11, day: 30)
    _ = try store.writeDocument(.reminder, for: id, config: Config(), playbook: .standard, language: .french, today: today, to: outside)
    _ = try store.writeDocument(.reminder, for: id, config: Config(), playbook: .standard, language: .french, today: today)
    let incident = try #require(store.incident(id)?.incident)
    #expect(DocumentFiles.documentsOutside(incident) == [outside])
  }
}
