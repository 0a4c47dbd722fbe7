import Foundation

/// A letter made into an email for one case, ready to hand to the transport: what `ardoise send`
/// and the screen's document menu both build (``Store/draftEmail(_:for:request:)``), show, and
/// send (``EmailDraft/deliver(transport:outbox:keptFile:)``).
public struct EmailDraft: Sendable, Equatable {
  public var caseID: IncidentID
  public var kind: DocumentKind
  /// The restaurant's law, which names the letter in the contact it records.
  public var jurisdiction: Jurisdiction
  public var message: MailMessage
  /// The day the contact attempt proposes for the follow-up.
  public var followUp: CalendarDay
  /// What the letter still lacks (a blank to fill, a setting to give).
  public var warnings: [LocalizedText]

  public init(caseID: IncidentID, kind: DocumentKind, jurisdiction: Jurisdiction, message: MailMessage, followUp: CalendarDay,
              warnings: [LocalizedText] = []) {
    self.caseID = caseID
    self.kind = kind
    self.jurisdiction = jurisdiction
    self.message = message
    self.followUp = followUp
    self.warnings = warnings
  }

  /// The kinds of letter that can be emailed.
  public static let sendableKinds: [DocumentKind] = [.reminder, .finalReminder, .demandLetter]

  /// The message as handed to the transport.
  public var text: String { message.text }
  public var messageID: String { message.messageID }

  /// A `[BLANK TO FILL]` the subject or body still shows, if any: such a message must not leave.
  public var firstBlank: String? { Self.firstBlank(in: message.subject + "\n" + message.body) }

  /// The refusal to send while ``firstBlank`` is set.
  public var blankRefusal: EmailError? {
    firstBlank.map { blank in
      EmailError(LocalizedText("le message contient encore « \(blank) » : complétez-le", "the message still holds “\(blank)”: fill it in"))
    }
  }

  /// The contact attempt a sent email records: by email, sent, with its Message-ID.
  public func contactAttempt(language: Language) -> ContactAttempt {
    ContactAttempt(channel: .email, outcome: .sent, note: Self.note(kind: kind, under: jurisdiction, messageID: messageID, language: language), followUp: followUp)
  }

  /// The note of a sent email's contact attempt (in the language the case is read in), naming the
  /// letter as `jurisdiction`'s law does.
  public static func note(kind: DocumentKind, under jurisdiction: Jurisdiction, messageID: String, language: Language) -> String {
    kind.label(under: jurisdiction)(language) + " — Message-ID <" + messageID + ">"
  }

  /// A `[BLANK TO FILL]` in `text`, if any.
  public static func firstBlank(in text: String) -> String? {
    var rest = text[...]
    while let open = rest.firstIndex(of: "[") {
      guard let close = rest[open...].firstIndex(of: "]") else { return nil }
      let inside = rest[rest.index(after: open)..<close]
      if inside.count > 3, inside.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "’" || $0 == "'" || $0 == "-" }) {
        return String(rest[open...close])
      }
      rest = rest[rest.index(after: open)...]
    }
    return nil
  }

  /// The proposed follow-up: the day after the deadline the letter gives (7 days for a reminder,
  /// the formal demand's days for the debtor).
  public static func proposedFollowUp(_ kind: DocumentKind, debtor: DebtorKind, config: Config, today: CalendarDay) -> CalendarDay {
    let days = kind == .demandLetter ? config.demandDays(for: config.jurisdiction, debtor: debtor) : 7
    return today.adding(days: days + 1)
  }

  /// The first `count` lines of the body with text, for a confirmation.
  public func firstLines(_ count: Int) -> [String] {
    Array(message.body.split(separator: "\n", omittingEmptySubsequences: true).map(String.init).prefix(count))
  }

  /// Hands `text` (this draft's, or a kept message's) to `transport`. On failure the message is
  /// kept in the outbox (unless it already comes from there: `keptFile`) and the error says
  /// where; nothing is recorded either way: the caller records the contact attempt on success.
  public static func deliver(_ text: String, caseID: IncidentID, kind: DocumentKind, transport: SendmailTransport, outbox: Outbox,
                             directory: DataDirectory, keptFile: String?, at date: Date) -> Result<Void, EmailError> {
    do {
      try transport.send(text)
    } catch let error as MailTransportError {
      var kept = keptFile
      if kept == nil {
        do { kept = try outbox.keep(text, caseID: caseID, kind: kind, at: date) } catch let storeError as StoreError {
          return .failure(EmailError(LocalizedText(french: error.message(.french) + " — non envoyé ; " + storeError.message(.french),
                                                   english: error.message(.english) + " — not sent; " + storeError.message(.english))))
        } catch {
          return .failure(EmailError(LocalizedText("non envoyé : \(error)", "not sent: \(error)")))
        }
      }
      let file = kept ?? ""
      let shown = directory.relative(file)
      return .failure(EmailError(LocalizedText(
        french: error.message(.french) + " — non envoyé, gardé dans " + shown + " (ardoise send --resend " + file + ")",
        english: error.message(.english) + " — not sent, kept in " + shown + " (ardoise send --resend " + file + ")"),
        keptFile: file))
    } catch {
      return .failure(EmailError(LocalizedText("non envoyé : \(error)", "not sent: \(error)")))
    }
    if let keptFile { Outbox.remove(keptFile) }
    return .success(())
  }

  /// Sends this draft: see ``deliver(_:caseID:kind:transport:outbox:directory:keptFile:at:)``.
  public func deliver(transport: SendmailTransport, directory: DataDirectory, at date: Date) -> Result<Void, EmailError> {
    Self.deliver(text, caseID: caseID, kind: kind, transport: transport, outbox: Outbox(directory: directory), directory: directory,
                 keptFile: nil, at: date)
  }
}

/// Why an email was not made or not sent: one line in both languages.
public struct EmailError: Error, Sendable, Equatable {
  public var reason: LocalizedText
  /// Where the unsent message was kept, if it was.
  public var keptFile: String?

  public init(_ reason: LocalizedText, keptFile: String? = nil) {
    self.reason = reason
    self.keptFile = keptFile
  }

  public func message(_ language: Language) -> String { reason(language) }
}
