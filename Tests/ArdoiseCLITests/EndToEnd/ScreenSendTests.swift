import Foundation
import Testing

/// Sending a reminder from the checklist's document menu, through the built binary in tmux, to a
/// real mail transport: msmtp delivering to an aiosmtpd server on loopback (as SendCommandTests).
@Suite(.serialized) struct ScreenSendTests {
  static func session(_ ardoise: ArdoiseProcess, width: Int = 100, height: Int = 30) throws -> TmuxSession {
    let binary = try Binaries.ardoise()
    return try TmuxSession(command: "'\(binary.path)' --data-dir '\(ardoise.dataDirectory.path)' --lang en", width: width, height: height,
                           environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
  }

  @Test(.needsTmux, .needsTools(["msmtp"], smtpServer: true)) func theMenuShowsTheEmailSendsItAfterYesAndRecordsTheAttempt() throws {
    try requireTmux()
    guard let python = ExternalTools.pythonWithAiosmtpd(), try ExternalTools.available(["msmtp"], needsSMTPServer: true) else { return }
    let sink = try SMTPSink(python: python)
    defer { sink.stop() }
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["config", "set", "mail.sendmail", sink.sendmailSetting])
    let session = try Self.session(ardoise, width: 160)
    defer { session.kill() }
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    try session.sendKeys("w")
    try session.waitFor("Send by email…")
    try session.sendKeys("9")
    try session.waitFor("Friendly reminder")
    try session.sendKeys("1")
    let shown = try session.waitFor("Send this email now?")
    #expect(shown.contains("From: Le Petit Zinc <contact@petitzinc.example>"), "\(shown)")
    #expect(shown.contains("To: Julien Moreau <j.moreau@example.org>"))
    #expect(shown.contains("Subject: Le Petit Zinc — your bill of 10 January 2026"))
    #expect(shown.contains("Dear Julien Moreau,"))
    // No: nothing leaves.
    try session.sendKeys("n")
    try session.waitForAbsence(of: "Send this email now?")
    #expect(try sink.received().isEmpty)
    try session.sendKeys("w")
    try session.waitFor("Send by email…")
    try session.sendKeys("9")
    try session.waitFor("Friendly reminder")
    try session.sendKeys("1")
    try session.waitFor("Send this email now?")
    try session.sendKeys("y")
    let done = try session.waitFor("✓ Saved — email sent, follow-up proposed on ", timeout: .seconds(30))
    #expect(done.contains("(Message-ID <"), "\(done)")
    let messages = try sink.received()
    try #require(messages.count == 1)
    let headers = try #require(messages[0]["headers"] as? [String: String])
    #expect(headers["To"] == "Julien Moreau <j.moreau@example.org>")
    #expect(headers["Subject"] == "Le Petit Zinc — your bill of 10 January 2026")
    let messageID = try #require(headers["Message-ID"])
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
    let recorded = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(recorded.contains("email") && recorded.contains("sent") && recorded.contains(String(messageID.dropFirst().dropLast())), "\(recorded)")
  }

  @Test(.needsTmux) func aTransportFailureIsOneLineRecordsNothingAndKeepsTheMessage() throws {
    try requireTmux()
    let (ardoise, id) = try SendCommandTests.restaurant("en")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["config", "set", "mail.sendmail", "/bin/false"])
    let session = try Self.session(ardoise)
    defer { session.kill() }
    try session.waitFor(id)
    try session.sendKeys("Enter")
    try session.waitFor("Step 1/7")
    try session.sendKeys("w")
    try session.waitFor("Send by email…")
    try session.sendKeys("9")
    try session.waitFor("Final reminder")
    try session.sendKeys("2")
    try session.waitFor("Send this email now?")
    try session.sendKeys("y")
    let failed = try session.waitFor("✗ /bin/false failed (exit 1) — not sent, kept in outbox/", timeout: .seconds(30))
    #expect(failed.contains("outbox/\(id)-final-reminder-"), "\(failed)")
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 0)
    #expect(!(try ardoise.succeed(["show", id, "--lang", "en"])).contains("sent"))
    let kept = try FileManager.default.contentsOfDirectory(atPath: ardoise.dataDirectory.appendingPathComponent("outbox").path)
    #expect(kept.filter { $0.hasSuffix(".eml") }.count == 1)
  }
}
