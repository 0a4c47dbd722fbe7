import Foundation
import Testing
@testable import ArdoiseCore

/// The email of a letter as both the command line and the screen use it.
@Suite struct EmailDraftTests {
  static func draft(body: String) throws -> EmailDraft {
    let message = MailMessage(from: try MailAddress("contact@petitzinc.example", displayName: "Le Petit Zinc"),
                              to: try MailAddress("j.moreau@example.org"), subject: "Le Petit Zinc — your bill",
                              date: Date(timeIntervalSince1970: 1_795_995_600), timeZone: TimeZone(identifier: "UTC") ?? .current,
                              messageID: "abc@petitzinc.example", body: body)
    return EmailDraft(caseID: IncidentID(rawValue: "261129-K7QF"), kind: .finalReminder, jurisdiction: .france, message: message,
                      followUp: CalendarDay(year: 2026, month: 12, day: 7))
  }

  @Test func aBlankStopsTheMessageAndTheFirstLinesSkipEmptyOnes() throws {
    let filled = try Self.draft(body: "Dear Julien,\n\nYou left.\nPay here.\nRegards")
    #expect(filled.firstBlank == nil && filled.blankRefusal == nil)
    #expect(filled.firstLines(3) == ["Dear Julien,", "You left.", "Pay here."])
    let blank = try Self.draft(body: "Dear [CUSTOMER NAME],\n[sic] is fine")
    #expect(blank.firstBlank == "[CUSTOMER NAME]")
    #expect(blank.blankRefusal?.message(.english) == "the message still holds “[CUSTOMER NAME]”: fill it in")
    #expect(EmailDraft.firstBlank(in: "see [1] and [ab]") == nil)
  }

  @Test func theContactAttemptIsByEmailSentWithTheMessageID() throws {
    let attempt = try Self.draft(body: "x").contactAttempt(language: .english)
    #expect(attempt == ContactAttempt(channel: .email, outcome: .sent, note: "final reminder — Message-ID <abc@petitzinc.example>",
                                      followUp: CalendarDay(year: 2026, month: 12, day: 7)))
  }

  @Test func theFollowUpIsTheDayAfterTheLettersDeadline() {
    let today = CalendarDay(year: 2026, month: 11, day: 29)
    var config = Config()
    #expect(EmailDraft.proposedFollowUp(.reminder, debtor: .consumer, config: config, today: today) == today.adding(days: 8))
    config.demandDays = 10
    #expect(EmailDraft.proposedFollowUp(.demandLetter, debtor: .consumer, config: config, today: today) == today.adding(days: 11))
  }

  /// A transport that fails keeps the message in the outbox and says where, in one line.
  @Test func aFailedDeliveryKeepsTheMessage() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-draft-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }  // Only this test's temp folder.
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let directory = DataDirectory(path: root.path)
    let draft = try Self.draft(body: "Dear Julien,")
    let outcome = draft.deliver(transport: SendmailTransport(setting: "/bin/false"), directory: directory, at: Date(timeIntervalSince1970: 1_795_995_600))
    guard case .failure(let error) = outcome, let kept = error.keptFile else {
      Issue.record("expected a failure with the kept file, got \(outcome)")
      return
    }
    #expect(error.message(.english) == "/bin/false failed (exit 1) — not sent, kept in " + directory.relative(kept) + " (ardoise send --resend " + kept + ")")
    #expect(try String(contentsOfFile: kept, encoding: .utf8) == draft.text)
  }
}
