import ArdoiseCore
import Foundation

/// The whole state of the terminal UI: the settings every screen reads, the cases read in full,
/// and the screens themselves — the case list, the open checklist, what is drawn over them.
/// Changed only by ``update(_:)``, which is pure: it routes each action to the screen it concerns
/// and returns effects for the runtime to carry out instead of doing I/O.
///
/// A keystroke's path: ``update(_:)`` → `handle(_:)` (AppState+Keys.swift) finds the command in
/// the ``Keymap`` and hands it to the screen with the keyboard (`CaseListState+Update.swift`,
/// `ChecklistState+Update.swift`, `FormState+Update.swift`…), which changes its own state and
/// returns ``ScreenEffect``s; `perform(_:)` (AppState+ScreenEffects.swift) carries those out.
/// ``render()`` then draws each screen with its own `render(into:area:context:)`.
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
  /// The restaurant's law, for the documents that exist under it only; nil lists them all.
  public var jurisdiction: Jurisdiction?
  public var demandDays: Int

  /// Cases read in full (the open one, and those opened before), by id.
  public var cases: [IncidentID: StoredIncident] = [:]
  /// A case whose checklist opens once it is read.
  public var pendingOpen: IncidentID?

  /// The case list, with what it shows of every case.
  public var list = CaseListState()
  /// The open case's checklist, when one is open.
  public var checklist: ChecklistState?
  public var overlay: Overlay?
  /// The agenda to go back to when help or a case opened from it is closed.
  public var agendaBehind: AgendaState?
  public var status: StatusMessage?
  /// The line shown at start (`3 actions à faire aujourd’hui, 1 en retard`) until a key is pressed.
  public var startLine: String?
  /// No key pressed yet: the start line, read off the screen's thread, is still wanted.
  public var startLineIsDue = true
  /// The advice drawn from every case, once read (for the prevention step).
  public var advice: PreventionAdviceResult?
  /// The advice is being read.
  var isLoadingAdvice = false
  /// The step to open the checklist on once the pending case is read.
  var pendingStep: StepID?
  public var themeName: String
  /// The restaurant's settings in use: the last good `config.toml` (a broken file keeps them).
  public var settings = Config()
  /// Why `config.toml` as it is on disk is not used (file and line), while it is broken.
  public var settingsProblem: LocalizedText?
  /// What `people/<id>.toml` holds, for the cases read in full.
  public var customers: [IncidentID: CustomerReading] = [:]
  /// The data directory's sync state for the title line; nil when it is not synced.
  public var syncState: SyncState?
  /// Whether a sync from the screen is under way.
  public var isSyncing = false
  /// Set while the changes a sync from the screen brought are read back (until the next tick).
  public var isReloadingAfterSync = false
  /// The case open on screen as it was when the sync started, to tell whether the sync changed it.
  public var openCaseBeforeSync: StoredIncident?
  /// Why the document menu's *Print…* cannot be chosen: the spooler's program (`lp`) was not
  /// found when the screen opened. Nil when it was, or was not looked for.
  public var printUnavailableReason: LocalizedText?
  /// The group's sites, when the screen is opened over them (`ardoise --group`); nil otherwise.
  public var group: GroupSites?
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

  /// What the list and the figures need of every case, by id.
  public var summaries: CaseSummaries { list.summaries }

  /// Open cases, how many are due for a follow-up, and the total still owed on them.
  public var openSummary: (count: Int, due: Int, outstanding: Money) { list.openSummary }

  /// Case logs with an unreadable line; the title line says so while there are any, since a
  /// case whose first line is damaged cannot even be listed.
  public var damagedCaseCount: Int {
    get { list.damagedCaseCount }
    set { list.damagedCaseCount = newValue }
  }

  /// The figures screen's numbers while it is open (nil otherwise).
  var figures: WalkoutStatistics? {
    if case .statistics(let statistics)? = overlay { return statistics.figures }
    return nil
  }

  /// The key context that has the keyboard now.
  public var keyContext: KeyContext {
    if isTooSmall { return .tooSmall }
    switch overlay {
    case .help?, .details?, .statistics?, .notice?: return .help
    case .form?: return .form
    case .menu?: return .menu
    case .confirm?: return .confirm
    case .customer?: return .customerCard
    case .settings?: return .settings
    case .agenda?: return .agenda
    case nil: break
    }
    if checklist != nil { return .checklist }
    return list.isEditingFilter ? .filter : .caseList
  }

  /// The case open in the checklist.
  public var openIncident: StoredIncident? { checklist.flatMap { cases[$0.incident] } }

  /// What the screens read: settings, the day, the open case.
  var screenContext: ScreenContext {
    var context = ScreenContext(language: language, playbook: playbook, size: size, clock: clock, timeZone: timeZone, today: today,
                                currency: currency, restaurantName: restaurantName, themeName: themeName, openCase: openIncident,
                                settings: settings, settingsProblem: settingsProblem, openCustomer: checklist.flatMap { customers[$0.incident] },
                                advice: advice, jurisdiction: jurisdiction)
    context.syncState = syncState
    context.printUnavailableReason = printUnavailableReason
    context.group = group
    return context
  }

  /// The other site the open case belongs to (read-only here); nil for this site's.
  var openCaseOtherSite: String? { checklist.flatMap { group?.otherSite(of: $0.incident) } }

  /// The text in the current language.
  func localized(_ text: LocalizedText) -> String { text(language) }
}
