import ArdoiseCore
import Foundation

extension AppState {
  /// Results of the work that leaves the machine: an email made then sent, a document printed, a
  /// sync. Pure, as ``update(_:)``.
  mutating func updateFromOutside(_ action: Action) -> [Effect] {
    switch action {
    case .emailDrafted(let draft):
      if let refusal = draft.blankRefusal {
        status = StatusMessage("✗ " + localized(refusal.reason), .error)
        return []
      }
      overlay = .confirm(ConfirmState(question: Self.sendQuestion(draft, language: language), pending: .sendEmail(draft)))
      return []
    case .emailSent(let draft):
      // The follow-up day first: the Message-ID is long and the status line may cut it.
      let message = LocalizedText(french: "e-mail envoyé, relance proposée le " + draft.followUp.formatted(.french) + " (Message-ID <\(draft.messageID)>)",
                                  english: "email sent, follow-up proposed on " + draft.followUp.formatted(.english) + " (Message-ID <\(draft.messageID)>)")
      return [.record(RecordRequest(draft.caseID, .recordContact(draft.contactAttempt(language: language)), message: message))]
    case .printed(let path, let said):
      status = StatusMessage("✓ " + localized(LocalizedText("Envoyé à l’imprimante\u{202F}: ", "Sent to the printer: ")) + path
                             + (said.isEmpty ? "" : " — " + said.inert), .success)
      return []
    case .synced(let outcome):
      isSyncing = false
      switch outcome {
      case .synced(let receivedCases, let events, let sent):
        syncState?.failure = nil
        isReloadingAfterSync = receivedCases > 0 && openCaseBeforeSync != nil
        status = StatusMessage("✓ " + localized(LocalizedText("Synchronisé\u{202F}: \(events) événement(s) reçu(s) sur \(receivedCases) dossier(s), \(sent) envoyé(s)",
                                                  "Synced: \(events) event(s) received on \(receivedCases) case(s), \(sent) sent")), .success)
        // The files may already have been read again while git wrote them (the clock's look).
        if isReloadingAfterSync, let id = checklist?.incident, let now = cases[id] { noteReloadAfterSync(now) }
        return [.refreshEverything, .readSyncState]
      case .failed(let reason):
        openCaseBeforeSync = nil
        syncState?.failure = reason
        status = StatusMessage("✗ " + localized(reason), .error)
        return [.readSyncState]
      }
    case .syncStateRead(let read):
      // A failure stays said until a sync succeeds.
      let failure = syncState?.failure
      syncState = read
      if let failure { syncState?.failure = failure }
      return []
    default:
      return []
    }
  }

  /// `S`: syncs now, unless a sync is already under way or the directory is not synced.
  mutating func startSync() -> [Effect] {
    guard syncState != nil else {
      status = StatusMessage(localized(LocalizedText("Ce dossier de données n’est pas synchronisé\u{202F}: «\u{202F}ardoise sync --init URL\u{202F}» d’abord.",
                                         "This data directory is not synced: run “ardoise sync --init URL” first.")), .warning)
      return []
    }
    guard !isSyncing else { return [] }
    isSyncing = true
    openCaseBeforeSync = openIncident
    status = StatusMessage(localized(LocalizedText("Synchronisation…", "Syncing…")), .info)
    return [.sync]
  }

  /// A case open on screen that a sync from the screen changed is said to be read again.
  mutating func noteReloadAfterSync(_ stored: StoredIncident) {
    guard isReloadingAfterSync, let before = openCaseBeforeSync, before.incident.id == stored.incident.id,
      checklist?.incident == stored.incident.id, stored != before else { return }
    status = StatusMessage(localized(LocalizedText("Dossier remplacé par la synchronisation\u{202F}: rechargé", "File replaced by the sync: reloaded")), .warning)
  }

  /// The open case's log was replaced by another file and read again: by a sync or git run in
  /// another terminal (when the data directory is synced), else on disk (an editor, a copy).
  mutating func noteCaseReplaced(_ id: IncidentID) {
    guard checklist?.incident == id else { return }
    let text = syncState != nil || group?.otherSite(of: id) != nil
      ? LocalizedText("Dossier remplacé par la synchronisation\u{202F}: rechargé", "File replaced by the sync: reloaded")
      : LocalizedText("Dossier remplacé sur le disque\u{202F}: rechargé", "File replaced on disk: reloaded")
    status = StatusMessage(localized(text), .warning)
  }

  /// The confirmation before an email leaves: From, To, Subject, the first lines of the text.
  static func sendQuestion(_ draft: EmailDraft, language: Language) -> String {
    let message = draft.message
    func address(_ mail: MailAddress) -> String {
      (mail.displayName.map { $0 + " <" + mail.address + ">" } ?? mail.address).inert
    }
    var lines = [
      LocalizedText("De\u{202F}: ", "From: ")(language) + address(message.from),
      LocalizedText("À\u{202F}: ", "To: ")(language) + address(message.to),
      LocalizedText("Objet\u{202F}: ", "Subject: ")(language) + message.subject.inert,
      "",
    ]
    lines += draft.firstLines(3).map(\.inert)
    lines += ["", LocalizedText("Envoyer cet e-mail maintenant\u{202F}?", "Send this email now?")(language)]
    return lines.joined(separator: "\n")
  }
}
