/// A document written for a case, and where it went.
public struct WrittenDocument: Sendable {
  public var document: GeneratedDocument
  /// The file written, or `-` when the caller prints the text itself.
  public var file: String
  /// The earlier document at the default name, kept when this one went to a numbered name
  /// (`…-2.md`); nil otherwise.
  public var keptEarlier: String?

  /// What to tell the user when an earlier file was kept (“written as …-2.md: the earlier file is kept”).
  public var keptEarlierNote: LocalizedText? {
    keptEarlier.map { DocumentFiles.keptEarlierNote(written: file, earlier: $0) }
  }
}

/// Why a document could not be written.
public struct DocumentWriteError: Error, Sendable {
  public var reason: LocalizedText
  public func message(_ language: Language) -> String { reason(language) }
}

extension Store {
  /// Generates a document for case `id` (with the restaurant's own template when it has one),
  /// writes it (0600) unless `out` is `-`, and records the generation in the case's timeline.
  /// Written again, a document never replaces the earlier one (which may have been completed by
  /// hand): it goes to `…-2.md`, `…-3.md`, and ``WrittenDocument/keptEarlier`` says so.
  ///
  /// - Parameter out: the file to write (replaced if it exists: the user named it); nil for
  ///   `<data>/documents/<suggested name>`; `-` to write nothing (the caller prints the text).
  /// - Parameter format: Markdown, or plain text (`.txt`); for a PDF the Markdown is written and
  ///   the caller typesets it.
  public func writeDocument(_ kind: DocumentKind, variant: DocumentVariant = .email, for id: IncidentID, config: Config,
                            playbook: Playbook, language: Language, today: CalendarDay, to out: String? = nil,
                            format: DocumentFormat = .markdown, paymentNumber: Int? = nil) throws -> WrittenDocument {
    if let reason = incident(id)?.readOnlyReason { throw StoreError.readOnly(id, reason: reason) }
    let prepared = try prepareDocument(kind, variant: variant, for: id, config: config, playbook: playbook, language: language, today: today,
                                       paymentNumber: paymentNumber)
    let document = format.converting(prepared.document)
    // Written to a temp file first, renamed into place only once its event is in the log: a
    // failure at any step leaves neither the document nor the event.
    let staged = out == "-" ? nil : try DocumentFiles.stage(document, to: out, in: directory)
    var file = staged?.target ?? "-"
    // At the default name, the document takes the first free name before its event is written,
    // so the event names the very file; if the event fails, that name is given up again.
    let placesByName = staged != nil && out == nil
    if let staged, placesByName {
      do { file = try DocumentFiles.placeWithoutReplacing(staged.temporary, at: staged.target) } catch {
        staged.discard()
        throw error
      }
    }
    do {
      try record(on: id) { _ in .success(.documentGenerated(kind: kind.rawValue, file: file == "-" ? "-" : directory.relative(file))) }
    } catch {
      if placesByName { try? POSIXFile.remove(file) }  // The event's error is the one to report; a leftover is only an unrecorded copy.
      staged?.discard()
      throw error
    }
    if let staged, placesByName {
      try DocumentFiles.finishPlacing(staged.temporary, at: file)
    } else {
      try staged?.commit()
    }
    let keptEarlier = placesByName && file != staged?.target ? staged?.target : nil
    return WrittenDocument(document: document, file: file, keptEarlier: keptEarlier)
  }
}

extension Store {
  /// Generates a document for case `id` (with the restaurant's own template when it has one),
  /// without writing or recording anything: what `ardoise send --dry-run` shows.
  /// - Returns: the document and the request it was made from (the customer, the config…).
  public func prepareDocument(_ kind: DocumentKind, variant: DocumentVariant = .email, for id: IncidentID, config: Config,
                              playbook: Playbook, language: Language, today: CalendarDay,
                              paymentNumber: Int? = nil) throws -> (document: GeneratedDocument, request: DocumentRequest) {
    guard let stored = incident(id) else { throw StoreError.notFound(id.rawValue) }
    guard kind.applies(to: config.jurisdiction) else {
      throw DocumentWriteError(reason: LocalizedText("« \(kind.rawValue) » n’existe pas pour la juridiction \(config.jurisdiction.name.french) (restaurant.jurisdiction)",
                                         "“\(kind.rawValue)” does not exist for the jurisdiction \(config.jurisdiction.name.english) (restaurant.jurisdiction)"))
    }
    // A receipt is for a payment: none recorded (or not the one asked for), nothing is written.
    if kind == .receipt, let refusal = stored.incident.receiptRefusal(paymentNumber: paymentNumber ?? stored.incident.payments.count) {
      throw DocumentWriteError(reason: refusal)
    }
    // A damaged people/<id>.toml never reads as an unknown customer: no letter without the name in silence.
    let customer: CustomerIdentity?
    switch readCustomer(of: id) {
    case .none: customer = nil
    case .identity(let identity): customer = identity
    case .unreadable(let reason):
      throw DocumentWriteError(reason: reason + LocalizedText(" — corrigez ce fichier (ardoise check) ou retirez-le avant d’écrire un document",
                                                              " — fix this file (ardoise check) or remove it before writing a document"))
    }
    var request = DocumentRequest(kind: kind, incident: stored.incident, customer: customer, config: config,
                                  playbook: playbook, language: language, today: today, variant: variant, paymentNumber: paymentNumber)
    do {
      request.templateOverride = try DocumentFiles.overrideTemplate(for: request, in: directory)
      return (try DocumentGenerator.generate(request), request)
    } catch let error as DocumentTemplateError {
      throw DocumentWriteError(reason: LocalizedText(french: request.templateFileName + " : " + error.message(.french),
                                                     english: request.templateFileName + ": " + error.message(.english)))
    }
  }
}
