@testable import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The screen with a log holding an absurd amount behind a valid checksum: the case is shown as
/// unreadable, and no sum on the list or the figures traps.
@Suite struct RuntimeHostileFileTests {
  /// Appends to `id`'s log a copy of its last line (a payment) with another event id and
  /// `amount`, checksummed as the store would.
  private func forgePayment(_ workspace: RuntimeTests.Workspace, _ id: IncidentID, amount: String) throws {
    let path = workspace.directory.logPath(id)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let last = try #require(text.split(separator: "\n").last)
    let json = String(last[..<last.lastIndex(of: "\t")!])
    let forged = json.replacingOccurrences(of: "\"amount\":\"10.00\"", with: "\"amount\":\"\(amount)\"")
      .replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"9")
    #expect(forged != json)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data((forged + "\t" + CRC32.hex(CRC32.checksum(forged.utf8)) + "\n").utf8))
    try handle.close()
  }

  @Test func absurdPaymentsMakeTheirCasesUnreadableAndTheFiguresDoNotTrap() throws {
    let workspace = RuntimeTests.Workspace()
    let store = try workspace.store()
    var ids: [IncidentID] = []
    for _ in 0..<2 {
      let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 5_000))).id
      try store.record(on: id) { incident in
        incident.decide(.recordPayment(Payment(amount: Money(minorUnits: 1_000), method: .card)), playbook: .standard,
                        policy: RecoveryPolicy(today: Timestamp(Fixtures.now, in: Fixtures.utc).day))
      }
      try forgePayment(workspace, id, amount: "92233720368547758.07")
      ids.append(id)
    }
    let terminal = MemoryTerminal()
    let runtime = RuntimeTests.runtime(try workspace.store(), terminal: terminal)
    runtime.present()
    #expect(terminal.presentedGrid?.text.contains("cannot be read") == true)
    RuntimeTests.press(runtime, .character("s"))
    #expect(terminal.presentedGrid != nil)
  }
}
