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
    let purged = try store.purgeExpiredIdentities(policy: policy, today: closedAt.adding(days: 3))
    #expect(purged.map(\.id) == [paid])
    #expect(store.customer(of: paid) == nil)
    #expect(store.customer(of: unpaid) == identity)
    #expect(store.incident(paid)?.incident.isPurged == true)
    // The log keeps no personal data: not before (identity kept apart), not in the purge line.
    let log = try String(contentsOfFile: fixture.directory.logPath(paid), encoding: .utf8)
    #expect(!log.contains("Dupont") && !log.contains("06 12"))
    #expect(log.contains("\"type\":\"purged\""))
  }
}
