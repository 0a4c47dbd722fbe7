import ArdoiseCore
import Foundation

/// Everything that can change the state: keys and resizes from the terminal, the clock, and the
/// results of effects coming back from the store.
public enum Action: Sendable {
  case key(Key)
  case resize(Size)
  /// The clock ticked (about once a second): time to look for changes made elsewhere.
  case tick(Date)
  /// Cases were read (at start) or changed on disk (another terminal, the command line).
  case casesChanged([IncidentSummary], removed: [IncidentID])
  /// A case was read in full (to open its checklist, or because it changed while open).
  case caseLoaded(StoredIncident)
  /// A change was written and fsynced.
  case recorded(StoredIncident, RecordRequest)
  /// A new case was written and fsynced.
  case created(StoredIncident)
  /// A write failed or was refused; `current` is what is on disk now.
  case failed(LocalizedText, current: StoredIncident?)
  case documentWritten(path: String, warnings: [LocalizedText])
  /// The store counted the case logs it cannot wholly read (at start, and after changes on
  /// disk): a damaged or hand-edited line, no readable “opened” line.
  case damagedCasesCounted(Int)
  case themeChanged(name: String, warning: String?)
  /// An email was made from a letter: the screen asks before it leaves.
  case emailDrafted(EmailDraft)
  /// The mail transport took the email (the contact attempt is not recorded yet).
  case emailSent(EmailDraft)
  /// A document was handed to the print spooler; `said` is what `lp` answered.
  case printed(path: String, said: String)
  /// A sync from the screen finished.
  case synced(SyncOutcome)
  /// The data directory's sync state was read (nil: not synced).
  case syncStateRead(SyncState?)
  /// The process was asked to stop.
  case terminate
}

/// Work for the runtime: each runs against the store (or the terminal) and comes back as an
/// ``Action``.
public enum Effect: Sendable, Equatable {
  case record(RecordRequest)
  case create(IncidentFacts)
  /// Read a case in full, to open its checklist.
  case loadCase(IncidentID)
  case refresh
  /// Look at every log now (after a sync merged changes in).
  case refreshEverything
  case writeDocument(IncidentID, kind: DocumentKind, asPDF: Bool = false)
  case cycleTheme
  /// Make the email of a letter, to show before sending it.
  case draftEmail(IncidentID, kind: DocumentKind)
  /// Hand an email to the mail transport (off the screen's thread).
  case sendEmail(EmailDraft)
  /// Write a document as a PDF and hand it to the print spooler.
  case printDocument(IncidentID, kind: DocumentKind)
  /// Sync the data directory with the group's remote (off the screen's thread).
  case sync
  /// Read the sync state for the title line (off the screen's thread).
  case readSyncState
  /// Clear the terminal and draw every cell at the next present.
  case repaint
  /// Stop until the shell continues the process (Ctrl-Z, then `fg`).
  case suspend
  case quit
}

/// A change to write to one case, and how the screen reacts once it is saved.
public struct RecordRequest: Sendable, Equatable {
  public var incident: IncidentID
  public var intent: Intent
  /// When it happened, if the user stated it.
  public var occurredAt: Timestamp?
  /// What the status line says once it is saved.
  public var message: LocalizedText
  /// Whether the checklist then moves to the step the guide suggests.
  public var advancesGuide: Bool

  public init(_ incident: IncidentID, _ intent: Intent, occurredAt: Timestamp? = nil, message: LocalizedText,
              advancesGuide: Bool = false) {
    self.incident = incident
    self.intent = intent
    self.occurredAt = occurredAt
    self.message = message
    self.advancesGuide = advancesGuide
  }
}
