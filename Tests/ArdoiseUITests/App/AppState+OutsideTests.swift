import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// An email made, confirmed, sent and recorded; a print; a sync from the screen — as the state
/// sees them: actions in, effects out, text on screen.
@Suite struct AppStateOutsideTests {
  static func draft(_ id: IncidentID, body: String = "Dear Julien Moreau,\n\nOn 29 November you left without paying €42.50.\nPay here: https://pay.example/pz\nKind regards")
    throws -> EmailDraft {
    let message = MailMessage(from: try MailAddress("contact@petitzinc.example", displayName: "Le Petit Zinc"),
                              to: try MailAddress("j.moreau@example.org", displayName: "Julien Moreau"),
                              subject: "Le Petit Zinc — your bill of 29 November 2026", date: Fixtures.now, timeZone: Fixtures.utc,
                              messageID: "abc.123@petitzinc.example", body: body)
    return EmailDraft(caseID: id, kind: .reminder, jurisdiction: .france, message: message, followUp: Fixtures.today.adding(days: 8))
  }

  @Test func anEmailIsShownThenSentOnlyAfterYesThenRecordedAsAContactAttempt() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let id = try #require(state.openIncident?.incident.id)
    let draft = try Self.draft(id)
    #expect(state.update(.emailDrafted(draft)).isEmpty)
    let screen = state.render().grid.text
    #expect(screen.contains("│ From: Le Petit Zinc <contact@petitzinc.example>"), "\(screen)")
    #expect(screen.contains("│ To: Julien Moreau <j.moreau@example.org>"))
    #expect(screen.contains("│ Subject: Le Petit Zinc — your bill of 29 November 2026"))
    #expect(screen.contains("│ Dear Julien Moreau,"))
    #expect(screen.contains("│ On 29 November you left without paying €42.50."))
    #expect(screen.contains("│ Send this email now?"))
    // Three lines of the text at most: the fourth is not shown.
    #expect(!screen.contains("Kind regards"))

    // No: nothing leaves.
    #expect(state.press(.character("n")).isEmpty)
    #expect(state.overlay == nil)
    _ = state.update(.emailDrafted(draft))
    #expect(state.press(.character("y")) == [.sendEmail(draft)])
    #expect(state.status == StatusMessage("Sending…", .info))
    #expect(state.render().grid.text.contains("Sending…"))

    let effects = state.update(.emailSent(draft))
    let attempt = ContactAttempt(channel: .email, outcome: .sent, note: "friendly reminder — Message-ID <abc.123@petitzinc.example>",
                                 followUp: Fixtures.today.adding(days: 8))
    guard case .record(let request)? = effects.first, effects.count == 1 else {
      Issue.record("expected one record, got \(effects)")
      return
    }
    #expect(request.incident == id)
    #expect(request.intent == .recordContact(attempt))
    #expect(request.message(.english) == "email sent, follow-up proposed on " + Fixtures.today.adding(days: 8).formatted(.english)
      + " (Message-ID <abc.123@petitzinc.example>)")
  }

  @Test func aFailedSendIsOneLineAndRecordsNothing() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let reason = LocalizedText("/bin/false a échoué (code 1) — non envoyé, gardé dans outbox/x.eml", "/bin/false failed (exit 1) — not sent, kept in outbox/x.eml")
    #expect(state.update(.failed(reason, current: nil)).isEmpty)
    #expect(state.status == StatusMessage("✗ /bin/false failed (exit 1) — not sent, kept in outbox/x.eml", .error))
  }

  @Test func aLetterWithABlankIsNotOfferedForSending() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let id = try #require(state.openIncident?.incident.id)
    let draft = try Self.draft(id, body: "Dear [CUSTOMER NAME],\nPay.")
    #expect(state.update(.emailDrafted(draft)).isEmpty)
    #expect(state.overlay == nil)
    #expect(state.status == StatusMessage("✗ the message still holds “[CUSTOMER NAME]”: fill it in", .error))
  }

  @Test func printedSaysWhereAndWhatTheSpoolerSaid() {
    var state = Fixtures.state()
    _ = state.update(.printed(path: "/data/documents/x.pdf", said: "request id is office-3 (1 file(s))"))
    #expect(state.status == StatusMessage("✓ Sent to the printer: /data/documents/x.pdf — request id is office-3 (1 file(s))", .success))
  }

  @Test func theSyncKeyNeedsASyncedDirectoryAndRunsOneSyncAtATime() {
    var state = Fixtures.state()
    #expect(state.press(.character("S")).isEmpty)
    #expect(state.status?.text == "This data directory is not synced: run “ardoise sync --init URL” first.")
    _ = state.update(.syncStateRead(SyncState(lastSync: Fixtures.now.addingTimeInterval(-300))))
    #expect(state.press(.character("S")) == [.sync])
    #expect(state.status == StatusMessage("Syncing…", .info))
    #expect(state.press(.character("S")).isEmpty, "one sync at a time")
    #expect(state.update(.synced(.synced(receivedCases: 0, receivedEvents: 0, sentEvents: 2))) == [.refreshEverything, .readSyncState])
    #expect(state.status == StatusMessage("✓ Synced: 0 event(s) received on 0 case(s), 2 sent", .success))
  }

  @Test func aFailedSyncStaysInTheTitleLineUntilOneSucceeds() {
    var state = Fixtures.state(size: Size(width: 140, height: 24))
    _ = state.update(.syncStateRead(SyncState(lastSync: Fixtures.now.addingTimeInterval(-300))))
    _ = state.press(.character("S"))
    let reason = LocalizedText("origin injoignable", "cannot reach /srv/group.git (no such directory): nothing is lost")
    #expect(state.update(.synced(.failed(reason))) == [.readSyncState])
    _ = state.update(.syncStateRead(SyncState(lastSync: Fixtures.now.addingTimeInterval(-300))))
    let title = state.render().grid.text.split(separator: "\n")[0]
    #expect(title.contains("sync failed: cannot reach /srv/group.git"), "\(title)")
    _ = state.press(.character("S"))
    _ = state.update(.synced(.synced(receivedCases: 0, receivedEvents: 0, sentEvents: 0)))
    _ = state.update(.syncStateRead(SyncState(lastSync: Fixtures.now)))
    #expect(state.render().grid.text.split(separator: "\n")[0].hasSuffix("view: open · synced just now"))
  }

  /// A sync that brings changes to the case open on screen says it was read again.
  @Test func aCaseOpenOnScreenReplacedByASyncSaysItWasReloaded() throws {
    var state = Fixtures.state()
    state.press(.enter)
    let stored = try #require(state.openIncident)
    #expect(state.keyContext == .checklist)
    _ = state.update(.syncStateRead(SyncState(lastSync: Fixtures.now)))
    let incident = stored.incident
    let changed = Fixtures.incident(incident.id.rawValue, at: incident.facts.occurredAt, amount: incident.facts.amount.minorUnits,
                                    then: [.noteAdded("Seen at the bar on Friday")])
    // Read again by the sync: said.
    #expect(state.press(.character("S")) == [.sync])
    _ = state.update(.synced(.synced(receivedCases: 1, receivedEvents: 1, sentEvents: 0)))
    #expect(state.status == StatusMessage("✓ Synced: 1 event(s) received on 1 case(s), 0 sent", .success))
    _ = state.update(.caseLoaded(changed))
    #expect(state.status == StatusMessage("File replaced by the sync: reloaded", .warning))
    // Already read again by the clock's look while git wrote the files: said when the sync ends.
    _ = state.update(.tick(Fixtures.now))
    _ = state.press(.character("S"))
    _ = state.update(.caseLoaded(stored))
    _ = state.update(.synced(.synced(receivedCases: 1, receivedEvents: 1, sentEvents: 0)))
    #expect(state.status == StatusMessage("File replaced by the sync: reloaded", .warning))
    // A sync that did not change the open case, and a case read again later (another terminal),
    // say nothing of it.
    _ = state.update(.tick(Fixtures.now))
    _ = state.press(.character("S"))
    _ = state.update(.synced(.synced(receivedCases: 1, receivedEvents: 1, sentEvents: 0)))
    #expect(state.status == StatusMessage("✓ Synced: 1 event(s) received on 1 case(s), 0 sent", .success))
    _ = state.update(.tick(Fixtures.now))
    state.status = nil
    _ = state.update(.caseLoaded(changed))
    #expect(state.status == nil)
  }
}
