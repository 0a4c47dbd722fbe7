import ArdoiseCore
import Foundation
import Synchronization
import Testing
@testable import ArdoiseUI

/// The runtime's ways out (RuntimeServices) with a real store: the send runs off the screen's
/// thread, “Sending…” is drawn meanwhile, and the contact attempt is on disk once it is back.
@Suite struct RuntimeServicesTests {
  static func runtime(_ store: Store, terminal: MemoryTerminal, services: RuntimeServices) -> Runtime {
    let state = AppState(language: .english, size: terminal.size, playbook: .standard, clock: Fixtures.now, timeZone: Fixtures.utc)
    return Runtime(state: state, terminal: terminal, store: store, clock: { Fixtures.now }, tickInterval: .seconds(3600),
                   writeDocument: { _, _, _, _ in .failure(Refusal(LocalizedText("non", "no"))) }, switchTheme: { ($0, nil) }, services: services)
  }

  @Test func aConfirmedEmailIsSentOffTheThreadThenRecordedOnDisk() throws {
    let workspace = RuntimeTests.Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250))).id
    let draft = try AppStateOutsideTests.draft(id)
    // The transport waits until the test has seen “Sending…”: the screen is drawn meanwhile.
    let gate = DispatchSemaphore(value: 0)
    let handed = Mutex<[String]>([])
    let services = RuntimeServices(
      draftEmail: { asked, kind in asked == id && kind == .reminder ? .success(draft) : .failure(Refusal(LocalizedText("non", "no"))) },
      sendEmail: { sent in
        gate.wait()
        handed.withLock { $0.append(sent.text) }
        return .success(())
      })
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal, services: services)
    RuntimeTests.press(runtime, .enter, .character("w"), .character("9"), .character("1"))
    #expect(terminal.presentedGrid?.text.contains("Send this email now?") == true)
    RuntimeTests.press(runtime, .character("y"))
    #expect(terminal.presentedGrid?.text.contains("Sending…") == true)
    #expect(store.incident(id)?.incident.lastContact == nil)
    gate.signal()
    runtime.waitForBackgroundWork()
    runtime.present()
    #expect(handed.withLock { $0 } == [draft.text])
    #expect(terminal.presentedGrid?.text.contains("✓ Saved — email sent, follow-up proposed on") == true)
    // On disk, read by another store as another terminal would.
    let reader = try workspace.store()
    let contact = try #require(reader.incident(id)?.incident.lastContact?.attempt)
    #expect(contact.channel == .email && contact.outcome == .sent)
    #expect(contact.note?.contains("Message-ID <abc.123@petitzinc.example>") == true)
  }

  @Test func aFailedSendRecordsNothing() throws {
    let workspace = RuntimeTests.Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250))).id
    let draft = try AppStateOutsideTests.draft(id)
    let services = RuntimeServices(draftEmail: { _, _ in .success(draft) },
                                   sendEmail: { _ in .failure(Refusal(LocalizedText("échec", "/bin/false failed (exit 1) — not sent, kept in outbox/x.eml"))) })
    let terminal = MemoryTerminal()
    let runtime = Self.runtime(store, terminal: terminal, services: services)
    RuntimeTests.press(runtime, .enter, .character("w"), .character("9"), .character("1"), .character("y"))
    runtime.waitForBackgroundWork()
    runtime.present()
    #expect(terminal.presentedGrid?.text.contains("✗ /bin/false failed (exit 1) — not sent, kept in outbox/x.eml") == true)
    #expect(try workspace.store().incident(id)?.incident.lastContact == nil)
  }

  /// Print… draws “Printing…” before the PDF is written and handed to the spooler, then says
  /// where it went; a failure is one line.
  @Test func printingFromTheMenuSaysPrintingThenWhereItWent() throws {
    let workspace = RuntimeTests.Workspace()
    let store = try workspace.store()
    let id = try store.create(IncidentFacts(occurredAt: Timestamp(Fixtures.now, in: Fixtures.utc), amount: Money(minorUnits: 4250))).id
    let terminal = MemoryTerminal(size: Size(width: 130, height: 24))
    let shownWhilePrinting = Mutex<String?>(nil)
    let services = RuntimeServices(printDocument: { asked, kind in
      shownWhilePrinting.withLock { $0 = terminal.presentedGrid?.text }
      return asked == id && kind == .demandLetter
        ? .success((path: "/data/documents/\(id)-demand-letter-en.pdf", said: "request id is office-7 (1 file(s))"))
        : .failure(Refusal(LocalizedText("non", "lp: The printer or class does not exist.")))
    })
    let runtime = Self.runtime(store, terminal: terminal, services: services)
    RuntimeTests.press(runtime, .enter, .character("w"), .down, .down, .down, .down, .down, .down, .down, .down, .down, .enter)
    #expect(terminal.presentedGrid?.text.contains("Formal demand (mise en demeure)") == true)
    RuntimeTests.press(runtime, .character("2"))
    #expect(shownWhilePrinting.withLock { $0 }?.contains("Printing…") == true)
    #expect(terminal.presentedGrid?.text.contains("✓ Sent to the printer: /data/documents/\(id)-demand-letter-en.pdf — request id is office-7") == true)
    RuntimeTests.press(runtime, .character("w"), .down, .down, .down, .down, .down, .down, .down, .down, .down, .enter, .character("1"))
    #expect(terminal.presentedGrid?.text.contains("✗ lp: The printer or class does not exist.") == true)
  }

  /// The sync state is read at start off the thread; a sync from the screen reads it again.
  @Test func theSyncStateIsReadAtStartAndAfterASync() throws {
    let workspace = RuntimeTests.Workspace()
    let store = try workspace.store()
    let reads = Mutex(0)
    let services = RuntimeServices(
      sync: { .synced(receivedCases: 0, receivedEvents: 0, sentEvents: 1) },
      readSyncState: {
        let count = reads.withLock { $0 += 1; return $0 }
        return SyncState(lastSync: Fixtures.now.addingTimeInterval(-600), unsentChanges: count == 1 ? 1 : 0)
      })
    let terminal = MemoryTerminal(size: Size(width: 120, height: 24))
    let runtime = Self.runtime(store, terminal: terminal, services: services)
    runtime.waitForBackgroundWork()
    runtime.present()
    #expect(terminal.presentedGrid?.text.split(separator: "\n").first?.hasSuffix("1 change not synced") == true)
    RuntimeTests.press(runtime, .character("S"))
    runtime.waitForBackgroundWork()
    runtime.present()
    let screen = terminal.presentedGrid?.text ?? ""
    #expect(screen.split(separator: "\n").first?.hasSuffix("synced 10 min ago") == true, "\(screen)")
    #expect(screen.contains("✓ Synced: 0 event(s) received on 0 case(s), 1 sent"))
    #expect(reads.withLock { $0 } == 2)
  }
}
