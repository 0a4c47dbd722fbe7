import ArdoiseCore

/// What the runtime asks of the world outside the store: the mail transport, the print spooler,
/// git. The command-line target provides them (TerminalSession.swift); tests give their own.
/// Each left nil says the feature is not available here. Those marked `@Sendable` run off the
/// screen's thread.
public struct RuntimeServices {
  /// Makes the email of a letter (no PDF attached), or says why not.
  public var draftEmail: ((IncidentID, DocumentKind) -> Result<EmailDraft, Refusal>)?
  /// Hands an email to the transport; on failure the message is kept in the outbox.
  public var sendEmail: (@Sendable (EmailDraft) -> Result<Void, Refusal>)?
  /// Writes a document as a PDF and prints it: its path and what the spooler said.
  public var printDocument: ((IncidentID, DocumentKind) -> Result<(path: String, said: String), Refusal>)?
  /// Syncs the data directory.
  public var sync: (@Sendable () -> SyncOutcome)?
  /// Reads the sync state (nil: not synced).
  public var readSyncState: (@Sendable () -> SyncState?)?

  public init(draftEmail: ((IncidentID, DocumentKind) -> Result<EmailDraft, Refusal>)? = nil,
              sendEmail: (@Sendable (EmailDraft) -> Result<Void, Refusal>)? = nil,
              printDocument: ((IncidentID, DocumentKind) -> Result<(path: String, said: String), Refusal>)? = nil,
              sync: (@Sendable () -> SyncOutcome)? = nil, readSyncState: (@Sendable () -> SyncState?)? = nil) {
    self.draftEmail = draftEmail
    self.sendEmail = sendEmail
    self.printDocument = printDocument
    self.sync = sync
    self.readSyncState = readSyncState
  }
}

/// How a sync from the screen ended.
public enum SyncOutcome: Sendable, Equatable {
  /// Done: cases and events received from the other sites.
  case synced(receivedCases: Int, receivedEvents: Int, sentEvents: Int)
  /// Stopped: one line saying why (for a conflict: the file and how to settle it).
  case failed(LocalizedText)
}
