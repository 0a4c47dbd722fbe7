import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise send ID reminder|final-reminder|demand-letter`: emails a letter to the customer
  /// through the system's mail transport, and records it as a contact attempt.
  struct Send: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: L("Envoyer au client, par e-mail, une relance, une dernière relance ou une mise en demeure, par la messagerie du système.", "Email a reminder, final reminder or formal demand to the customer, through the system's mail transport.").inCommandLanguage,
      discussion: L("""
        Prépare l’e-mail (de restaurant.email, à l’e-mail du client ou à --to ; objet et texte dans la langue du \
        dossier) et le confie à `sendmail -t -i` (mail.sendmail dans les réglages, par défaut \
        /usr/sbin/sendmail ; msmtp, Postfix ou Exim le fournissent). Un e-mail envoyé est enregistré comme prise \
        de contact (email, sent, avec son Message-ID), la relance fixée après le délai que donne la lettre. Si \
        l’envoi échoue, rien n’est enregistré et le message est gardé dans <data>/outbox/ : renvoyez-le avec \
        --resend FICHIER. --dry-run affiche le message et n’envoie rien.
        """, """
        Builds the email (from restaurant.email, to the customer's email or --to; subject and text in the case's language) \
        and hands it to `sendmail -t -i` (mail.sendmail in the settings, default /usr/sbin/sendmail; msmtp, Postfix or Exim \
        provide it). A sent email is recorded as a contact attempt (email, sent, with its Message-ID) with the follow-up day \
        after the deadline the letter gives. If the transport fails, nothing is recorded and the message is kept in \
        <data>/outbox/: send it again with --resend FILE. --dry-run prints the message and sends nothing.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(L("Identifiant du dossier, ou une partie qui n’appartient qu’à lui.", "Case id, or a unique part of it."))) var id: String?
    @Argument(help: .localized(L("Le document à envoyer.", "The document to send."), valueName: L("type", "kind"))) var kind: MailKind?
    @Option(help: .localized(L("Envoyer à cette adresse plutôt qu’à l’e-mail enregistré du client.", "Send to this address instead of the customer's recorded email."))) var to: String?
    @Flag(help: .localized(L("Afficher le message au lieu de l’envoyer ; rien n’est enregistré.", "Print the message instead of sending it; nothing is recorded."))) var dryRun = false
    @Flag(help: .localized(L("Joindre la lettre en PDF (demande WeasyPrint).", "Attach the letter as a PDF (needs WeasyPrint)."))) var attachPdf = false
    @Option(help: .localized(L("Le jour de relance à enregistrer (par défaut : le lendemain du délai donné par la lettre).", "The follow-up day to record (default: the day after the letter's deadline)."))) var followUp: String?
    @Option(help: .localized(L("Renvoyer un message gardé dans <data>/outbox/.", "Send again a message kept in <data>/outbox/."))) var resend: String?

    static let sendableKinds: [DocumentKind] = MailKind.allCases.map(\.documentKind)

    func run() throws {
      let context = try CommandContext(global)
      if let resend {
        guard id == nil, kind == nil else {
          throw Console.reportFailure(L("--resend FICHIER s’emploie seul", "--resend FILE takes no case or document")(context.language))
        }
        return try resendKept(resend, context: context)
      }
      let language = context.language
      guard let id, let kind else {
        throw Console.reportFailure(L("indiquez le dossier et le document : ardoise send ID reminder", "give the case and the document: ardoise send ID reminder")(language))
      }
      let documentKind = kind.documentKind
      let sender = try senderAddress(context)
      let caseID = try context.resolve(id)
      if let reason = context.store.incident(caseID)?.readOnlyReason {
        throw Console.reportFailure(StoreError.readOnly(caseID, reason: reason).message(language))
      }
      let prepared: (document: GeneratedDocument, request: DocumentRequest)
      do {
        prepared = try context.store.prepareDocument(documentKind, variant: .email, for: caseID, config: context.config,
                                                     playbook: context.playbook, language: language, today: context.today)
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(language))
      } catch let error as DocumentWriteError {
        throw Console.reportFailure(error.message(language))
      }
      let recipient = try recipientAddress(prepared.request.customer, caseID: caseID, context: context)
      let followUpDay = try followUpDay(documentKind, for: caseID, context: context)
      let content = MailMessage.subjectAndBody(of: prepared.document, kind: documentKind, restaurantName: context.config.restaurantName,
                                               language: language)
      var attachments: [MailAttachment] = []
      if attachPdf {
        let page = LetterPage(prepared.document, kind: documentKind, config: context.config, customer: prepared.request.customer,
                              language: language, today: context.today)
        do {
          let bytes = try Typesetter(environment: context.environment).pdf(page)
          let name = String(prepared.document.suggestedFileName.dropLast(3)) + ".pdf"
          attachments.append(MailAttachment(fileName: name, contentType: "application/pdf", bytes: bytes))
        } catch let error as TypesetterError {
          throw Console.reportFailure(error.message(language))
        }
      }
      let message = MailMessage(from: sender, to: recipient, subject: content.subject, date: context.store.now(),
                                timeZone: context.store.timeZone, body: content.body, attachments: attachments)
      for warning in prepared.document.warnings { Console.warn(warning(language)) }
      if dryRun {
        print(message.text, terminator: "")
        return
      }
      if let blank = Self.firstBlank(in: content.subject + "\n" + content.body) {
        throw Console.reportFailure(L("le message contient encore « \(blank) » : complétez-le (voir ci-dessus), ou --dry-run pour le voir",
                                "the message still holds “\(blank)”: fill it in (see above), or --dry-run to see it")(language))
      }
      try deliver(message.text, messageID: message.messageID, caseID: caseID, kind: documentKind, followUp: followUpDay,
                  keptFile: nil, context: context)
    }

    /// `restaurant.email`, or the error that names the setting.
    private func senderAddress(_ context: CommandContext) throws -> MailAddress {
      let language = context.language
      guard let email = context.config.email, !email.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw Console.reportFailure(L("l’envoi d’e-mails demande l’adresse du restaurant : ardoise config set restaurant.email ADRESSE",
                                "sending email needs the restaurant's address: ardoise config set restaurant.email ADDRESS")(language))
      }
      do { return try MailAddress(email, displayName: context.config.restaurantName) } catch let error as MailAddressError {
        throw Console.reportFailure("restaurant.email" + L(" : ", ": ")(language) + error.message(language))
      }
    }

    /// --to, else the customer's recorded email (this case's only).
    private func recipientAddress(_ customer: CustomerIdentity?, caseID: IncidentID, context: CommandContext) throws -> MailAddress {
      let language = context.language
      do {
        if let to { return try MailAddress(to) }
        guard let email = customer?.email, !email.trimmingCharacters(in: .whitespaces).isEmpty else {
          throw Console.reportFailure(L("aucun e-mail connu pour ce client : ardoise identify \(caseID) --email … ou --to ADRESSE",
                                  "no email known for this customer: ardoise identify \(caseID) --email … or --to ADDRESS")(language))
        }
        return try MailAddress(email, displayName: customer?.kind == .business ? (customer?.companyName ?? customer?.name) : customer?.name)
      } catch let error as MailAddressError {
        throw Console.reportFailure(error.message(language))
      }
    }

    /// --follow-up, checked before anything is sent (a day in the past would be refused once the
    /// email had gone), else the proposed day.
    private func followUpDay(_ kind: DocumentKind, for id: IncidentID, context: CommandContext) throws -> CalendarDay {
      guard let followUp else { return proposedFollowUp(kind, for: id, context: context) }
      let day = try context.day(followUp, option: "--follow-up")
      if day < context.today {
        throw Console.reportFailure("--follow-up" + L(" : la date de relance est passée", ": the follow-up day is in the past")(context.language))
      }
      return day
    }

    /// The day after the deadline the letter gives: 7 days for a reminder, the formal demand's days.
    private func proposedFollowUp(_ kind: DocumentKind, for id: IncidentID, context: CommandContext) -> CalendarDay {
      let debtor = context.store.customer(of: id)?.kind ?? .consumer
      let days = kind == .demandLetter ? context.config.demandDays(for: context.config.jurisdiction, debtor: debtor) : 7
      return context.today.adding(days: days + 1)
    }

    /// A `[BLANK TO FILL]` the document still shows, if any.
    static func firstBlank(in text: String) -> String? {
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

    /// Hands `message` to the transport; on success records the contact attempt (and removes
    /// `keptFile`), on failure keeps the message in the outbox and fails with one line.
    private func deliver(_ message: String, messageID: String, caseID: IncidentID, kind: DocumentKind, followUp: CalendarDay,
                         keptFile: String?, context: CommandContext) throws {
      let language = context.language
      let transport = SendmailTransport(setting: context.config.sendmail)
      do {
        try transport.send(message)
      } catch let error as MailTransportError {
        var kept = keptFile
        if kept == nil {
          do {
            try context.prepareDataDirectory()
            kept = try Outbox(directory: context.directory).keep(message, caseID: caseID, kind: kind, at: context.store.now())
          } catch let error as StoreError {
            throw Console.reportFailure(L("non envoyé ; ", "not sent; ")(language) + error.message(language))
          }
        }
        let file = kept ?? ""
        throw Console.reportFailure(error.message(language) + L(" — non envoyé, gardé dans ", " — not sent, kept in ")(language)
                              + context.directory.relative(file) + L(" (ardoise send --resend ", " (ardoise send --resend ")(language) + file + ")")
      }
      let note = kind.label(language) + " — Message-ID <" + messageID + ">"
      let attempt = ContactAttempt(channel: .email, outcome: .sent, note: note, followUp: followUp)
      let incident = try context.perform(.recordContact(attempt), on: caseID)
      if let keptFile { Outbox.remove(keptFile) }
      Console.print(L("envoyé (Message-ID <\(messageID)>)", "sent (Message-ID <\(messageID)>)")(language))
      Console.print(L("relance proposée : ", "follow-up: ")(language) + (incident.followUp?.formatted(language) ?? followUp.formatted(language)))
    }

    /// `--resend FILE`: sends a message kept in the outbox, as it was written.
    private func resendKept(_ file: String, context: CommandContext) throws {
      let language = context.language
      let kept: (message: String, caseID: IncidentID, kind: DocumentKind)
      do { kept = try Outbox.read(file) } catch let error as OutboxError { throw Console.reportFailure(error.message(language)) }
      let messageID = kept.message.split(separator: "\n").first { $0.hasPrefix("Message-ID: <") }
        .map { String($0.dropFirst("Message-ID: <".count).prefix { $0 != ">" }) } ?? "?"
      let followUpDay = try followUpDay(kept.kind, for: kept.caseID, context: context)
      try deliver(kept.message, messageID: messageID, caseID: kept.caseID, kind: kept.kind, followUp: followUpDay,
                  keptFile: file, context: context)
    }
  }
}
