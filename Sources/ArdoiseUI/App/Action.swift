import ArdoiseCore
import Foundation

/// Everything that can change the state: keys and resizes from the terminal, the clock, and the
/// results of effects coming back from the store.
public enum Action: Sendable {
  case key(Key)
  /// Text pasted whole (bracketed paste): it goes into the focused text field, never acts as keys.
  case paste(String)
  case resize(Size)
  /// The clock ticked (about once a second): time to look for changes made elsewhere.
  case tick(Date)
  /// Cases were read (at start) or changed on disk (another terminal, the command line).
  case casesChanged([IncidentSummary], removed: [IncidentID])
  /// Cases of another site of the group were read or changed on disk (read-only here).
  case siteCasesChanged(site: String, [IncidentSummary], removed: [IncidentID])
  /// The open case's log was replaced by another file (a sync or git run elsewhere, an editor)
  /// and read again.
  case caseReplaced(IncidentID)
  /// A case was read in full (to open its checklist, or because it changed while open).
  case caseLoaded(StoredIncident)
  /// A change was written and fsynced.
  case recorded(StoredIncident, RecordRequest)
  /// A new case was written and fsynced.
  case created(StoredIncident)
  /// A write failed or was refused; `current` is what is on disk now.
  case failed(LocalizedText, current: StoredIncident?)
  /// `note`: that it went to a numbered name, the earlier file kept.
  case documentWritten(path: String, warnings: [LocalizedText], note: LocalizedText? = nil)
  /// The store counted the case logs it cannot wholly read (at start, and after changes on
  /// disk): a damaged or hand-edited line, no readable “opened” line. `notice`: what to say,
  /// naming the file and line when there is one such file (``Store/damagedCasesNotice``).
  case damagedCasesCounted(Int, notice: LocalizedText? = nil)
  /// The customers' names and phones of identified cases, for the filter (held in memory only).
  case customersLoaded([IncidentID: String])
  case themeChanged(name: String, warning: String?)
  /// `people/<id>.toml` was read for a case read in full.
  case customerRead(IncidentID, CustomerReading)
  /// Customers' files in `people/` changed on disk (another terminal, an editor, a sync), read
  /// again for the cases whose name and phone are shown or searched.
  case customersChangedOnDisk([IncidentID: CustomerReading])
  /// The customer's details were saved or removed (and the change recorded in the log).
  case customerSaved(StoredIncident, CustomerReading, message: LocalizedText)
  /// `config.toml` was read again after a change on disk; `problem` (file and line) when it is
  /// broken, and then the settings in use stay the last good ones.
  case settingsRead(Config, problem: LocalizedText?)
  /// One setting was saved to `config.toml` (fsynced); `config` is the file's settings now.
  case settingSaved(key: String, Config)
  /// The playbook of the restaurant's new jurisdiction, with its `playbook.toml` applied as at
  /// start (`problem`: why that file was not used, the built-in steps then standing in).
  case playbookLoaded(Playbook, jurisdiction: Jurisdiction, problem: LocalizedText?)
  /// The agenda across cases was read, for the agenda screen.
  case agendaLoaded(Agenda)
  /// What is due today and overdue was counted at start, for the line that says so
  /// (``AppState/startLine``).
  case startLineCounted(AgendaCounts)
  /// The advice rules ran over every case, for the prevention step.
  case adviceLoaded(PreventionAdviceResult)
  /// The measures taken on every case were counted, for the figures screen.
  case measuresLoaded(MeasureTally)
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
  /// The filter's index was built ahead, off the screen's thread.
  case searchPrepared(PreparedSearch)
  /// The logs of the cases the first frame took from the summary cache were looked at, off the
  /// screen's thread: those that changed since the cache was written are to be read again.
  case cachedCasesChecked(CachedCaseCheckResult)
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
  /// Read every case with dates and count its clocks, for the agenda.
  case loadAgenda
  /// Read every case in full and run the advice rules, for the prevention step.
  case loadAdvice
  /// Read every case in full (off the screen's thread) and count the measures taken, for the
  /// figures screen.
  case loadMeasures
  /// Look at every log now (after a sync merged changes in).
  case refreshEverything
  /// Read again the cases whose logs changed since the summary cache was written.
  case readChangedCachedCases(CachedCaseCheckResult)
  case writeDocument(IncidentID, kind: DocumentKind, asPDF: Bool = false, paymentNumber: Int? = nil)
  /// Save the customer's details in `people/` and record the change (no personal data) in the log.
  case saveCustomer(IncidentID, CustomerIdentity)
  /// Remove the customer's details and record the removal.
  case removeCustomer(IncidentID)
  /// Set one key of `config.toml` (already checked) and save the file atomically.
  case saveSetting(key: String, value: String)
  /// Read the playbook for `restaurant.jurisdiction` as it now is (it changed while running).
  case loadPlaybook(Jurisdiction)
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
  /// Read the customers of identified cases, for the filter.
  case loadCustomers
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
