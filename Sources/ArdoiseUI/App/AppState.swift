import ArdoiseCore
import Foundation

/// A message in the status line.
public struct StatusMessage: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case info, success, warning, error }
  public var text: String
  public var kind: Kind
  public init(_ text: String, _ kind: Kind) {
    self.text = text
    self.kind = kind
  }
}

/// What is drawn over the main screen.
public enum Overlay: Sendable, Equatable {
  case help(scroll: Int)
  /// The open case in full: the selected step's whole guidance and guardrails, then the timeline.
  case details(scroll: Int)
  /// The figures that prevent the next walkout.
  case statistics(scroll: Int)
  case form(FormState)
  case menu(MenuState)
  case confirm(ConfirmState)
  /// A result to read: closed by Esc, ⏎ or q.
  case notice(Notice)
}

/// The whole state of the terminal UI. Changed only by ``update(_:)``, which is pure: it
/// returns effects for the runtime to carry out instead of doing I/O.
public struct AppState: Sendable {
  /// Below this size the screen says the terminal is too small and ignores keys but quit.
  public static let minimumSize = Size(width: 72, height: 20)

  public var language: Language
  public var size: Size
  public var playbook: Playbook
  /// The current time, advanced by ticks.
  public var clock: Date
  public var timeZone: TimeZone
  public var restaurantName: String?
  public var currency: Currency
  public var demandDays: Int

  /// What the list and the figures need of every case, by id.
  public var summaries: [IncidentID: IncidentSummary] = [:]
  /// Cases read in full (the open one, and those opened before), by id.
  public var cases: [IncidentID: StoredIncident] = [:]
  /// A case whose checklist opens once it is read.
  public var pendingOpen: IncidentID?
  /// What the list shows of each case.
  public var rows: [IncidentID: CaseRow] = [:]
  /// Every id in list order (open first, newest first).
  public var order: [IncidentID] = []
  /// What the filter searches, per case, built the first time a filter is typed.
  var searchTexts: [IncidentID: SearchText] = [:]
  /// The figures screen's numbers, computed when it opens and when cases change while it is open,
  /// not at every frame (ten thousand cases take tens of milliseconds).
  var figures: WalkoutStatistics?

  public var list = CaseListState()
  /// The open case's checklist, when one is open.
  public var checklist: ChecklistState?
  public var overlay: Overlay?
  public var status: StatusMessage?
  public var themeName: String
  /// Case logs with an unreadable line; the title line says so while there are any, since a
  /// case whose first line is damaged cannot even be listed.
  public var damagedCaseCount = 0
  /// Set when the user asked to quit.
  public var isFinished = false

  public init(language: Language, size: Size, playbook: Playbook, clock: Date, timeZone: TimeZone = .current,
              restaurantName: String? = nil, currency: Currency = .euro, demandDays: Int = 8, themeName: String = "default") {
    self.language = language
    self.size = size
    self.playbook = playbook
    self.clock = clock
    self.timeZone = timeZone
    self.restaurantName = restaurantName
    self.currency = currency
    self.demandDays = demandDays
    self.themeName = themeName
  }

  public var today: CalendarDay { Timestamp(clock, in: timeZone).day }
  public var now: Timestamp { Timestamp(clock, in: timeZone) }
  public var isTooSmall: Bool { size.width < AppState.minimumSize.width || size.height < AppState.minimumSize.height }

  /// The text in the current language.
  func t(_ text: LocalizedText) -> String { text(language) }

  /// The key context that has the keyboard now.
  public var keyContext: KeyContext {
    if isTooSmall { return .tooSmall }
    switch overlay {
    case .help?, .details?, .statistics?, .notice?: return .help
    case .form?: return .form
    case .menu?: return .menu
    case .confirm?: return .confirm
    case nil: break
    }
    if checklist != nil { return .checklist }
    return list.isEditingFilter ? .filter : .caseList
  }

  /// The case open in the checklist.
  public var openIncident: StoredIncident? { checklist.flatMap { cases[$0.incident] } }

  /// Open cases, how many are due for a follow-up, and the total still owed on them.
  /// Kept up to date when cases change, so drawing a frame never walks every case.
  public internal(set) var openSummary: (count: Int, due: Int, outstanding: Money) = (0, 0, .zero(.euro))

  /// Recounts the open cases and what they owe (after cases changed).
  mutating func recountOpenCases() {
    var count = 0
    var due = 0
    var total = Money.zero(currency)
    for row in rows.values where row.isOpen {
      count += 1
      if row.isDue { due += 1 }
      if row.outstanding.currency == currency { total = total + row.outstanding }
    }
    openSummary = (count, due, total)
  }
}
