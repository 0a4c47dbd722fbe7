import Foundation
import Testing
@testable import ArdoiseCore

@Suite struct SendmailTransportTests {
  /// A stand-in transport: a shell script that records its arguments and input, then exits `status`.
  static func script(status: Int32, saying: String = "") throws -> (path: String, record: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-sendmail-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let record = folder.appendingPathComponent("record").path
    let path = folder.appendingPathComponent("sendmail").path
    try "#!/bin/sh\necho \"$@\" > '\(record)'\ncat >> '\(record)'\n\(saying.isEmpty ? "" : "echo '\(saying)' >&2\n")exit \(status)\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
    return (path, record)
  }

  @Test func theMessageGoesToSendmailDashTDashI() throws {
    let fake = try Self.script(status: 0)
    try SendmailTransport(setting: fake.path + " -C /etc/msmtprc").send("To: a@b.example\n\nhello\n")
    #expect(try String(contentsOfFile: fake.record, encoding: .utf8) == "-C /etc/msmtprc -t -i\nTo: a@b.example\n\nhello\n")
  }

  @Test func failuresSayWhatHappened() throws {
    let fake = try Self.script(status: 75, saying: "msmtp: cannot connect to 127.0.0.1")
    #expect(throws: MailTransportError.failed(program: fake.path, status: 75, said: "msmtp: cannot connect to 127.0.0.1")) {
      try SendmailTransport(setting: fake.path).send("To: a@b.example\n\nhello\n")
    }
    #expect(throws: MailTransportError.missing(program: "/nonexistent/sendmail")) {
      try SendmailTransport(setting: "/nonexistent/sendmail").send("x")
    }
    #expect(SendmailTransport(setting: nil).command == ["/usr/sbin/sendmail"])
    #expect(MailTransportError.failed(program: "/usr/sbin/sendmail", status: 1, said: nil).message(.french) == "/usr/sbin/sendmail a échoué (code 1)")
  }
}
