import Foundation
import Testing

/// `ardoise send` against a real mail transport: msmtp delivering to an aiosmtpd server on
/// loopback, started by the test. Skipped without those tools, failing under ARDOISE_REQUIRE_E2E=1.
@Suite(.serialized) struct SendCommandTests {
  /// A data directory with the restaurant's settings and one identified customer.
  static func restaurant(_ language: String) throws -> (ArdoiseProcess, String) {
    let ardoise = try ArdoiseProcess()
    let settings: [(String, String)] = [
      ("restaurant.name", "Le Petit Zinc"), ("restaurant.legal_name", "SARL Le Petit Zinc"),
      ("restaurant.address", "12 rue des Halles, 69001 Lyon"), ("restaurant.city", "Lyon"),
      ("restaurant.company_number", "732 829 320 00074"), ("restaurant.phone", "04 78 00 00 00"),
      ("restaurant.email", "contact@petitzinc.example"), ("restaurant.payment_link", "https://pay.example/pz"),
      ("restaurant.representative", "Claire Martin, gérante"), ("ardoise.language", language),
    ]
    for (key, value) in settings { _ = try ardoise.succeed(["config", "set", key, value]) }
    let id = try ardoise.succeed(["new", "--amount", "86,50", "--at", "2026-01-10 21:30", "--bill", "A-1042"])
    _ = try ardoise.succeed(["identify", id, "--name", "Julien Moreau", "--email", "j.moreau@example.org",
                             "--address", "8 avenue Jean Jaurès, 69007 Lyon", "--source", "réservation en ligne"])
    return (ardoise, id)
  }

  @Test(.needsTools(["msmtp", "weasyprint", "pdfinfo"], smtpServer: true), arguments: ["fr", "en"]) func sendsAReminderWithItsPDFThroughTheMailTransport(language: String) throws {
    guard let python = ExternalTools.pythonWithAiosmtpd(),
      try ExternalTools.available(["msmtp", "weasyprint", "pdfinfo"], needsSMTPServer: true)
    else { return }
    let sink = try SMTPSink(python: python)
    defer { sink.stop() }
    let (ardoise, id) = try Self.restaurant(language)
    defer { ardoise.removeData() }
    // Another case, another customer: nothing of theirs may leave with this email.
    let other = try ardoise.succeed(["new", "--amount", "12"])
    _ = try ardoise.succeed(["identify", other, "--name", "Zoé Autre", "--email", "zoe@example.net"])
    _ = try ardoise.succeed(["config", "set", "mail.sendmail", sink.sendmailSetting])

    let result = try ardoise.run(["send", id, "reminder", "--attach-pdf"])
    #expect(result.status == 0, "\(result.stderr)")
    let messages = try sink.received()
    try #require(messages.count == 1)
    let message = messages[0]
    let headers = try #require(message["headers"] as? [String: String])
    let french = language == "fr"
    #expect(headers["From"] == "Le Petit Zinc <contact@petitzinc.example>")
    #expect(headers["To"] == "Julien Moreau <j.moreau@example.org>")
    #expect(message["rcpt_tos"] as? [String] == ["j.moreau@example.org"])
    #expect(headers["Subject"] == (french ? "Le Petit Zinc — votre addition du 10 janvier 2026" : "Le Petit Zinc — your bill of 10 January 2026"))
    #expect(headers["MIME-Version"] == "1.0")
    let messageID = try #require(headers["Message-ID"])
    #expect(messageID.hasPrefix("<") && messageID.hasSuffix("@petitzinc.example>"))
    #expect(headers["Date"].map { $0.range(of: #"^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$"#, options: .regularExpression) != nil } == true)
    let raw = try #require(message["raw_headers"] as? String)
    #expect(raw.contains("Subject: Le Petit Zinc =?UTF-8?Q?=E2=80=94?="), "the subject is RFC 2047-encoded on the wire")
    #expect(raw.split(separator: "\n").allSatisfy { $0.count <= 78 })
    #expect(message["content_type"] as? String == "multipart/mixed")
    let body = try #require(message["body"] as? String).replacingOccurrences(of: "\r\n", with: "\n")
    #expect(body.contains(french ? "Bonjour Julien Moreau," : "Dear Julien Moreau,"))
    let spaced = body.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    #expect(spaced.contains(french ? "86,50 €" : "€86.50"), "\(body)")
    #expect(!body.contains("**") && !body.hasPrefix("Objet") && !body.hasPrefix("Subject"))
    let attachments = try #require(message["attachments"] as? [[String: Any]])
    try #require(attachments.count == 1)
    #expect(attachments[0]["filename"] as? String == "\(id)-reminder-\(language).pdf")
    #expect(attachments[0]["content_type"] as? String == "application/pdf")
    let pdfPath = try #require(attachments[0]["path"] as? String)
    #expect(try Data(contentsOf: URL(fileURLWithPath: pdfPath)).starts(with: Array("%PDF".utf8)))
    #expect(try ExternalTools.pageCount(pdfPath) == 1)
    let everything = try String(contentsOf: sink.directory.appendingPathComponent("received/1.eml"), encoding: .utf8) + body
    #expect(!everything.contains("zoe@example.net") && !everything.contains("Zo=C3=A9") && !everything.contains("Zoé"))

    #expect(result.stdout.contains(messageID.dropFirst().dropLast()))
    let shown = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(shown.contains("email") && shown.contains("sent"), "\(shown)")
    #expect(shown.contains(String(messageID.dropFirst().dropLast())))
    #expect(!(try ardoise.succeed(["show", other, "--lang", "en"])).contains("sent"))
  }

  /// The contact a sent letter records names it as the restaurant's law does: under England and
  /// Wales a letter before claim, never a « mise en demeure ».
  @Test(.needsTools(["msmtp"], smtpServer: true)) func theSentLetterIsNamedAsTheLawNamesIt() throws {
    guard let python = ExternalTools.pythonWithAiosmtpd(), try ExternalTools.available(["msmtp"], needsSMTPServer: true) else { return }
    let sink = try SMTPSink(python: python)
    defer { sink.stop() }
    let (ardoise, id) = try Self.restaurant("fr")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["config", "set", "restaurant.jurisdiction", "gb-eng"])
    _ = try ardoise.succeed(["config", "set", "mail.sendmail", sink.sendmailSetting])
    let result = try ardoise.run(["send", id, "demand-letter"])
    #expect(result.status == 0, "\(result.stderr)")
    try #require(try sink.received().count == 1)
    let french = try ardoise.succeed(["show", id, "--lang", "fr"])
    #expect(french.contains("envoyé — lettre avant poursuites (letter before claim) — Message-ID <"), "\(french)")
    #expect(!french.contains("mise en demeure"))
    // The note is written once, in the language the letter was sent in; the other stays clean too.
    let english = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(!english.contains("mise en demeure") && !english.contains("formal demand"), "\(english)")
  }

  @Test(.needsTools(["msmtp"], smtpServer: true)) func aTransportFailureRecordsNothingAndKeepsTheMessageToResend() throws {
    let (ardoise, id) = try Self.restaurant("en")
    defer { ardoise.removeData() }
    _ = try ardoise.succeed(["config", "set", "mail.sendmail", "/bin/false"])
    let failed = try ardoise.run(["send", id, "reminder"])
    #expect(failed.status == 1)
    let errorLines = failed.stderr.split(separator: "\n").filter { !$0.contains("not set") && !$0.contains("unknown") }
    #expect(errorLines.count == 1, "\(failed.stderr)")
    #expect(failed.stderr.contains("/bin/false failed (exit 1)") && failed.stderr.contains("not sent, kept in outbox/"))
    #expect(!(try ardoise.succeed(["show", id, "--lang", "en"])).contains("sent"))
    let outbox = ardoise.dataDirectory.appendingPathComponent("outbox")
    let kept = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
    try #require(kept.count == 1)
    #expect(kept[0].hasPrefix("\(id)-reminder-"))
    let keptPath = outbox.appendingPathComponent(kept[0]).path
    #expect(try FileManager.default.attributesOfItem(atPath: keptPath)[.posixPermissions] as? Int == 0o600)
    #expect(try FileManager.default.attributesOfItem(atPath: outbox.path)[.posixPermissions] as? Int == 0o700)
    #expect(try String(contentsOfFile: outbox.appendingPathComponent(".gitignore").path, encoding: .utf8).contains("*"))
    #expect(try String(contentsOfFile: keptPath, encoding: .utf8).contains("To: Julien Moreau <j.moreau@example.org>"))

    _ = try ardoise.succeed(["config", "set", "mail.sendmail", "/nonexistent/sendmail"])
    let missing = try ardoise.run(["send", id, "reminder"])
    #expect(missing.status == 1 && missing.stderr.contains("/nonexistent/sendmail not found"))

    // Sent again once the transport works: recorded, and gone from the outbox.
    guard let python = ExternalTools.pythonWithAiosmtpd(), try ExternalTools.available(["msmtp"], needsSMTPServer: true) else { return }
    let sink = try SMTPSink(python: python)
    defer { sink.stop() }
    _ = try ardoise.succeed(["config", "set", "mail.sendmail", sink.sendmailSetting])
    let resent = try ardoise.run(["send", "--resend", keptPath])
    #expect(resent.status == 0, "\(resent.stderr)")
    #expect(try sink.received().count == 1)
    #expect(!FileManager.default.fileExists(atPath: keptPath))
    #expect((try ardoise.succeed(["show", id, "--lang", "en"])).contains("sent"))
  }

  @Test func sendingNeedsTheRestaurantsEmailAndTheCustomers() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "20"])
    let noSender = try ardoise.run(["send", id, "reminder", "--lang", "en"])
    #expect(noSender.status == 1 && noSender.stderr.contains("ardoise config set restaurant.email"))
    _ = try ardoise.succeed(["config", "set", "restaurant.email", "contact@petitzinc.example"])
    let noRecipient = try ardoise.run(["send", id, "reminder", "--lang", "en"])
    #expect(noRecipient.status == 1 && noRecipient.stderr.contains("--email"))
    let injected = try ardoise.run(["send", id, "reminder", "--lang", "en", "--to", "a@b.example\nBcc: c@d.example"])
    #expect(injected.status == 1 && injected.stderr.contains("invalid email address"))
    let complaint = try ardoise.run(["send", id, "complaint", "--lang", "en", "--to", "a@b.example"])
    #expect(complaint.status == 64 && complaint.stderr.contains("valid: reminder, final-reminder, demand-letter"), "\(complaint.stderr)")
    let past = try ardoise.run(["send", id, "reminder", "--lang", "en", "--to", "a@b.example", "--follow-up", "2020-01-01"])
    #expect(past.status == 1 && past.stderr.contains("the follow-up day is in the past"), "\(past.stderr)")
    // The letter still shows blanks (no restaurant name, phone…): it does not leave.
    _ = try ardoise.succeed(["config", "set", "mail.sendmail", "/bin/true"])
    let blanks = try ardoise.run(["send", id, "reminder", "--lang", "en", "--to", "a@b.example"])
    #expect(blanks.status == 1 && blanks.stderr.contains("the message still holds “["), "\(blanks.stderr)")
    #expect(!(try ardoise.succeed(["show", id, "--lang", "en"])).contains("sent"))
  }

  @Test func dryRunPrintsTheMessageAndRecordsNothing() throws {
    let (ardoise, id) = try Self.restaurant("fr")
    defer { ardoise.removeData() }
    let result = try ardoise.run(["send", id, "final-reminder", "--dry-run", "--to", "autre@example.org"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\nTo: autre@example.org\n"))
    #expect(result.stdout.contains("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n"))
    #expect(result.stdout.contains("Subject: Le Petit Zinc =?UTF-8?Q?"))
    #expect(!(try ardoise.succeed(["show", id, "--lang", "en"])).contains("sent"))
    #expect(!FileManager.default.fileExists(atPath: ardoise.dataDirectory.appendingPathComponent("outbox").path))
  }
}
