import ArdoiseCore
import Foundation

/// What every screen reads and none changes: the language, the playbook, the day, the open case.
/// ``AppState`` builds it for each key and each frame and hands it to the screen that has the
/// keyboard (to ``CaseListState``, ``ChecklistState``, ``FormState``…).
struct ScreenContext {
  let language: Language
  let playbook: Playbook
  /// The terminal's size.
  let size: Size
  /// The current time and the time zone it is read in.
  let clock: Date
  let timeZone: TimeZone
  let today: CalendarDay
  let currency: Currency
  let restaurantName: String?
  let themeName: String
  /// The case open in the checklist, read in full; nil on the case list.
  let openCase: StoredIncident?
  /// The restaurant's settings in use, and why the file on disk is not, when it is broken.
  let settings: Config
  let settingsProblem: LocalizedText?
  /// What `people/` holds for the open case; nil when not read (yet).
  let openCustomer: CustomerReading?
  /// The advice drawn from the restaurant's own cases, once read (nil until then).
  var advice: PreventionAdviceResult? = nil
  /// The data directory's sync state, for the case list's title line (nil: not synced).
  var syncState: SyncState? = nil
  /// The restaurant's law (nil: not known to the screens), for the documents that exist under it.
  var jurisdiction: Jurisdiction? = nil
  /// Why the document menu cannot print (`lp` not found); nil when it can.
  var printUnavailableReason: LocalizedText? = nil
  /// The group's sites, when the screen shows them all (`ardoise --group`).
  var group: GroupSites? = nil

  var now: Timestamp { Timestamp(clock, in: timeZone) }

  /// The law the screens follow: the loaded playbook's, else the one the settings name (never
  /// another country's by default, so a document menu drawn before the playbook loads is right too).
  var law: Jurisdiction { jurisdiction ?? settings.jurisdiction }

  /// Where screens draw: everything above the status line and the hint bar.
  var contentArea: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height - 2) }

  /// `text` in the user's language.
  func localized(_ text: LocalizedText) -> String { text(language) }
}
