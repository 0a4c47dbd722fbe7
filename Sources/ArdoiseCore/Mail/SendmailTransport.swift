import Foundation

/// Hands a message to the system's mail transport through the sendmail interface, which msmtp,
/// Postfix, Exim and OpenSMTPD all provide: `sendmail -t -i` reads the recipients from the
/// headers (`-t`) and does not treat a line holding a single dot as the end (`-i`).
public struct SendmailTransport: Sendable {
  /// The default when `mail.sendmail` is not set.
  public static let defaultPath = "/usr/sbin/sendmail"

  /// The program, and any arguments of its own before `-t -i` (`/usr/bin/msmtp -C /etc/msmtprc`).
  public var command: [String]

  /// `setting` is `mail.sendmail`: a path, optionally followed by arguments separated by spaces.
  public init(setting: String?) {
    let words = (setting ?? "").split(separator: " ").map(String.init)
    command = words.isEmpty ? [Self.defaultPath] : words
  }

  /// Runs the transport with `message` on its standard input and waits for it.
  /// - Throws: ``MailTransportError`` when the program is missing or exits with a non-zero status.
  public func send(_ message: String) throws {
    let program = command[0]
    guard FileManager.default.isExecutableFile(atPath: program) else { throw MailTransportError.missing(program: program) }
    let outcome: ExternalProgram.Outcome
    do {
      outcome = try ExternalProgram.run(program, Array(command.dropFirst()) + ["-t", "-i"], input: Array(message.utf8))
    } catch {
      throw MailTransportError.missing(program: program)
    }
    guard outcome.succeeded else {
      throw MailTransportError.failed(program: program, status: outcome.status, said: outcome.firstErrorLine)
    }
  }
}

/// Why the transport did not take a message.
public enum MailTransportError: Error, Equatable, Sendable {
  case missing(program: String)
  case failed(program: String, status: Int32, said: String?)

  public func message(_ language: Language) -> String {
    switch self {
    case .missing(let program):
      LocalizedText("\(program) introuvable : installez un transport de courrier (msmtp-mta, postfix) ou réglez mail.sendmail",
        "\(program) not found: install a mail transport (msmtp-mta, postfix) or set mail.sendmail")(language)
    case .failed(let program, let status, let said):
      LocalizedText("\(program) a échoué (code \(status))", "\(program) failed (exit \(status))")(language) + (said.map { " : " + $0 } ?? "")
    }
  }
}
