import Foundation

/// What to build an email from, besides the case: the settings, the recipient override, the
/// follow-up day, and whether to attach the letter as a PDF.
public struct EmailRequest: Sendable {
  public var config: Config
  public var playbook: Playbook
  public var language: Language
  public var today: CalendarDay
  /// `--to`: send here instead of the customer's recorded email.
  public var recipient: String?
  /// The follow-up day to record; nil: the proposed one.
  public var followUp: CalendarDay?
  public var attachesPDF: Bool
  /// Where to find the typesetter (for the PDF attachment).
  public var environment: [String: String]

  public init(config: Config, playbook: Playbook, language: Language, today: CalendarDay, recipient: String? = nil,
              followUp: CalendarDay? = nil, attachesPDF: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.config = config
    self.playbook = playbook
    self.language = language
    self.today = today
    self.recipient = recipient
    self.followUp = followUp
    self.attachesPDF = attachesPDF
    self.environment = environment
  }
}

extension Store {
  /// Builds the email of a reminder, final reminder or formal demand for case `id`: from
  /// `restaurant.email`, to the customer's email (this case's only) or the request's recipient,
  /// subject and text in the request's language. Writes nothing.
  /// - Throws: ``EmailError`` naming what is missing (the setting, the customer's email, an
  ///   invalid address, a follow-up day in the past, the typesetter for the PDF).
  public func draftEmail(_ kind: DocumentKind, for id: IncidentID, request: EmailRequest) throws -> EmailDraft {
    let config = request.config
    guard EmailDraft.sendableKinds.contains(kind) else {
      throw EmailError(LocalizedText("seuls reminder, final-reminder et demand-letter s’envoient par e-mail",
                         "only reminder, final-reminder and demand-letter can be emailed"))
    }
    let sender = try senderAddress(config)
    if let reason = incident(id)?.readOnlyReason { throw EmailError(Self.localized(StoreError.readOnly(id, reason: reason))) }
    let prepared: (document: GeneratedDocument, request: DocumentRequest)
    do {
      prepared = try prepareDocument(kind, variant: .email, for: id, config: config, playbook: request.playbook,
                                     language: request.language, today: request.today)
    } catch let error as StoreError {
      throw EmailError(Self.localized(error))
    } catch let error as DocumentWriteError {
      throw EmailError(error.reason)
    }
    let recipient = try recipientAddress(prepared.request.customer, caseID: id, override: request.recipient)
    let followUp: CalendarDay
    if let chosen = request.followUp {
      guard chosen >= request.today else {
        throw EmailError(LocalizedText("--follow-up : la date de relance est passée", "--follow-up: the follow-up day is in the past"))
      }
      followUp = chosen
    } else {
      followUp = EmailDraft.proposedFollowUp(kind, debtor: customer(of: id)?.kind ?? .consumer, config: config, today: request.today)
    }
    let content = MailMessage.subjectAndBody(of: prepared.document, kind: kind, restaurantName: config.restaurantName,
                                               jurisdiction: config.jurisdiction, language: request.language)
    var attachments: [MailAttachment] = []
    if request.attachesPDF {
      let page = LetterPage(prepared.document, kind: kind, config: config, customer: prepared.request.customer,
                            language: request.language, today: request.today)
      do {
        let bytes = try Typesetter(environment: request.environment).pdf(page)
        let name = String(prepared.document.suggestedFileName.dropLast(3)) + ".pdf"
        attachments.append(MailAttachment(fileName: name, contentType: "application/pdf", bytes: bytes))
      } catch let error as TypesetterError {
        throw EmailError(LocalizedText(french: error.message(.french), english: error.message(.english)))
      }
    }
    let message = MailMessage(from: sender, to: recipient, subject: content.subject, date: now(), timeZone: timeZone,
                              body: content.body, attachments: attachments)
    return EmailDraft(caseID: id, kind: kind, jurisdiction: config.jurisdiction, message: message, followUp: followUp, warnings: prepared.document.warnings)
  }

  /// `restaurant.email`, or the error that names the setting.
  private func senderAddress(_ config: Config) throws -> MailAddress {
    guard let email = config.email, !email.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw EmailError(LocalizedText("l’envoi d’e-mails demande l’adresse du restaurant : ardoise config set restaurant.email ADRESSE",
                         "sending email needs the restaurant's address: ardoise config set restaurant.email ADDRESS"))
    }
    do { return try MailAddress(email, displayName: config.restaurantName) } catch let error as MailAddressError {
      throw EmailError(LocalizedText(french: "restaurant.email : " + error.message(.french), english: "restaurant.email: " + error.message(.english)))
    }
  }

  /// `override`, else the customer's recorded email (this case's only).
  private func recipientAddress(_ customer: CustomerIdentity?, caseID: IncidentID, override: String?) throws -> MailAddress {
    do {
      if let override { return try MailAddress(override) }
      guard let email = customer?.email, !email.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw EmailError(LocalizedText("aucun e-mail connu pour ce client : ardoise identify \(caseID) --email … ou --to ADRESSE",
                           "no email known for this customer: ardoise identify \(caseID) --email … or --to ADDRESS"))
      }
      return try MailAddress(email, displayName: customer?.kind == .business ? (customer?.companyName ?? customer?.name) : customer?.name)
    } catch let error as MailAddressError {
      throw EmailError(LocalizedText(french: error.message(.french), english: error.message(.english)))
    }
  }

  private static func localized(_ error: StoreError) -> LocalizedText {
    LocalizedText(french: error.message(.french), english: error.message(.english))
  }
}
