import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise send ID reminder|final-reminder|demand-letter`: emails a letter to the customer
  /// through the system's mail transport, and records it as a contact attempt.
  struct Send: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Envoyer au client, par e-mail, une relance, une dernière relance ou une mise en demeure, par la messagerie du système.", "Email a reminder, final reminder or formal demand to the customer, through the system's mail transport.").inCommandLanguage,
      discussion: LocalizedText("""
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
    @Argument(help: .localized(LocalizedText("Identifiant du dossier, ou une partie qui n’appartient qu’à lui.", "Case id, or a unique part of it."), valueName: ValueName.caseID)) var id: String?
    @Argument(help: .localized(LocalizedText("Le document à envoyer.", "The document to send."), valueName: LocalizedText("type", "kind"))) var kind: MailKind?
    @Option(help: .localized(LocalizedText("Envoyer à cette adresse plutôt qu’à l’e-mail enregistré du client.", "Send to this address instead of the customer's recorded email."), valueName: ValueName.recipient)) var to: String?
    @Flag(help: .localized(LocalizedText("Afficher le message au lieu de l’envoyer ; rien n’est enregistré.", "Print the message instead of sending it; nothing is recorded."))) var dryRun = false
    @Flag(help: .localized(LocalizedText("Joindre la lettre en PDF (demande WeasyPrint).", "Attach the letter as a PDF (needs WeasyPrint)."))) var attachPdf = false
    @Option(help: .localized(LocalizedText("Le jour de relance à enregistrer (par défaut : le lendemain du délai donné par la lettre).", "The follow-up day to record (default: the day after the letter's deadline)."), valueName: ValueName.day("follow-up"))) var followUp: String?
    @Option(help: .localized(LocalizedText("Renvoyer un message gardé dans <data>/outbox/.", "Send again a message kept in <data>/outbox/."), valueName: ValueName.outboxFile)) var resend: String?

    static let sendableKinds = EmailDraft.sendableKinds

    func run() throws {
      let context = try CommandContext(global)
      if let resend {
        guard id == nil, kind == nil else {
          throw Console.reportFailure(LocalizedText("--resend FICHIER s’emploie seul", "--resend FILE takes no case or document")(context.language))
        }
        return try resendKept(resend, context: context)
      }
      let language = context.language
      guard let id, let kind else {
        throw Console.reportFailure(LocalizedText("indiquez le dossier et le document : ardoise send ID reminder", "give the case and the document: ardoise send ID reminder")(language))
      }
      let documentKind = kind.documentKind
      let caseID = try context.resolve(id)
      let chosenFollowUp = try followUp.map { try context.day($0, option: "--follow-up") }
      let request = EmailRequest(config: context.config, playbook: context.playbook, language: language, today: context.today,
                                 recipient: to, followUp: chosenFollowUp, attachesPDF: attachPdf, environment: context.environment)
      let draft: EmailDraft
      do { draft = try context.store.draftEmail(documentKind, for: caseID, request: request) } catch let error as EmailError {
        throw Console.reportFailure(error.message(language))
      }
      for warning in draft.warnings { Console.warn(warning(language)) }
      if dryRun {
        print(draft.text, terminator: "")
        return
      }
      if let blank = draft.firstBlank {
        throw Console.reportFailure(LocalizedText("le message contient encore « \(blank) » : complétez-le (voir ci-dessus), ou --dry-run pour le voir",
                                "the message still holds “\(blank)”: fill it in (see above), or --dry-run to see it")(language))
      }
      try deliver(draft.text, messageID: draft.messageID, caseID: caseID, kind: documentKind, followUp: draft.followUp,
                  keptFile: nil, context: context)
    }

    /// Hands `message` to the transport (``EmailDraft/deliver(_:caseID:kind:transport:outbox:directory:keptFile:at:)``);
    /// on success records the contact attempt, on failure fails with one line saying where the
    /// message is kept.
    private func deliver(_ message: String, messageID: String, caseID: IncidentID, kind: DocumentKind, followUp: CalendarDay,
                         keptFile: String?, context: CommandContext) throws {
      let language = context.language
      try context.prepareDataDirectory()
      let outcome = EmailDraft.deliver(message, caseID: caseID, kind: kind, transport: SendmailTransport(setting: context.config.sendmail),
                                       outbox: Outbox(directory: context.directory), directory: context.directory, keptFile: keptFile,
                                       at: context.store.now())
      if case .failure(let error) = outcome { throw Console.reportFailure(error.message(language)) }
      let attempt = ContactAttempt(channel: .email, outcome: .sent, note: EmailDraft.note(kind: kind, under: context.config.jurisdiction, messageID: messageID,
                                                                                           language: language),
                                   followUp: followUp)
      let incident = try context.perform(.recordContact(attempt), on: caseID)
      Console.print(LocalizedText("envoyé (Message-ID <\(messageID)>)", "sent (Message-ID <\(messageID)>)")(language))
      Console.print(LocalizedText("relance proposée : ", "follow-up: ")(language) + (incident.followUp?.formatted(language) ?? followUp.formatted(language)))
    }

    /// --follow-up, checked before anything is sent (a day in the past would be refused once the
    /// email had gone), else the proposed day.
    private func followUpDay(_ kind: DocumentKind, for id: IncidentID, context: CommandContext) throws -> CalendarDay {
      guard let followUp else {
        return EmailDraft.proposedFollowUp(kind, debtor: context.store.customer(of: id)?.kind ?? .consumer, config: context.config,
                                           today: context.today)
      }
      let day = try context.day(followUp, option: "--follow-up")
      if day < context.today {
        throw Console.reportFailure("--follow-up" + LocalizedText(" : la date de relance est passée", ": the follow-up day is in the past")(context.language))
      }
      return day
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
