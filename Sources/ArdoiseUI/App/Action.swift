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
  /// The customers' names and phones of identified cases, for the filter (held in memory only).
  case customersLoaded([IncidentID: String])
  case themeChanged(name: String, warning: String?)
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
  case writeDocument(IncidentID, kind: DocumentKind, asPDF: Bool = false)
  case cycleTheme
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
