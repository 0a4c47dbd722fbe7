import ArdoiseCore
import Foundation

/// The one-threaded loop: terminal event → key table → action → pure update → effects (append an
/// event, fsync) → results back as actions → render into the grid → the terminal draws the
/// difference.
public final class Runtime {
  /// Writes a document for a case; returns its path and warnings, or why it failed.
  /// Writes a document of a kind for a case, typeset as a PDF when the flag says so; a receipt for
  /// the payment numbered (from 1), or the latest when nil.
  public typealias DocumentWriter = (IncidentID, DocumentKind, Bool, Int?) -> Result<DocumentWritten, Refusal>
  /// Switches to the theme after `name`; returns the new name and a warning if it is broken.
  public typealias ThemeSwitcher = (String) -> (name: String, warning: String?)

  public private(set) var state: AppState
  let terminal: any Terminal
  let store: Store
  let clock: () -> Date
  let writeDocument: DocumentWriter
  let switchTheme: ThemeSwitcher
  /// The clocks of the restaurant's jurisdiction, for the agenda (its playbook's change brings
  /// the new jurisdiction's clocks).
  var agendaRules: AgendaRules
  /// Cases needed before the advice rules say anything (`stats.advice_min_cases`).
  let adviceMinimumCases: Int
  /// The mail transport, the print spooler, git.
  let services: RuntimeServices
  /// Results of work running off the screen's thread (a send, a sync), waiting to be dispatched.
  private let inbox = BackgroundInbox()
  /// Work started off the screen's thread and not yet back.
  private var backgroundJobs = 0
  /// Whether a reading of the sync state is under way (one at a time).
  private var readingSyncState = false
  /// Whether the filter's index is kept built ahead, off the screen's thread (from the first
  /// frame on), and whether a build is under way (one at a time).
  public var preparesSearchAhead = false
  private var preparingSearch = false
  /// How often to look for changes made elsewhere.
  let tickInterval: Duration
  private var nextTick: ContinuousClock.Instant
  /// `config.toml` as last read, to notice a change made elsewhere at the next tick.
  var configStamp: ConfigFileStamp
  /// The customers' files in `people/` as last looked at, to notice a change made elsewhere.
  var customerStamps: CustomerFileStamps
  /// The group's other sites, read-only (`ardoise --group`; Runtime+Group.swift).
  var otherSites: [OtherSite] = []
  /// The open case's log as last looked at, to notice it replaced (a sync run elsewhere).
  var openLog: (id: IncidentID, identity: LogFileIdentity?)?
  /// The open case's site's repository as last looked at, and whether the open case was read
  /// again at the last look (a sync elsewhere may move HEAD just after writing the log).
  var openRepository: (stamp: RepositoryStamp?, caseChangedAtLastLook: Bool) = (nil, false)
  /// Each site's repository as last looked at, by data directory: when it moved, every log is
  /// looked at (a merge rewrites logs without the store's lock).
  var repositoryStamps: [String: RepositoryStamp] = [:]

  public init(state: AppState, terminal: any Terminal, store: Store, clock: @escaping () -> Date = Date.init,
              tickInterval: Duration = .seconds(1), writeDocument: @escaping DocumentWriter, switchTheme: @escaping ThemeSwitcher,
              agendaRules: AgendaRules = AgendaRules(clocks: .forJurisdiction(.unsupported(""), config: Config())),
              adviceMinimumCases: Int = 10,
              services: RuntimeServices = RuntimeServices()) {
    self.adviceMinimumCases = adviceMinimumCases
    self.services = services
    self.state = state
    self.agendaRules = agendaRules
    self.terminal = terminal
    self.store = store
    self.clock = clock
    self.tickInterval = tickInterval
    self.writeDocument = writeDocument
    self.switchTheme = switchTheme
    nextTick = ContinuousClock.now + tickInterval
    configStamp = Config.fileStamp(in: store.directory)
    customerStamps = CustomerFileStamps.read(in: store.directory)
    self.state.size = terminal.size
    dispatch(.casesChanged(store.summaries, removed: []))
    let problems = store.allProblems
    let errors = store.damagedFileCount
    dispatch(.damagedCasesCounted(errors, notice: store.damagedCasesNotice))
    if errors == 0, !problems.isEmpty, self.state.status == nil {
      let warnings = LocalizedText.counting(problems.count, french: ("avertissement", "avertissements"), english: ("data warning", "data warnings"))
      self.state.status = StatusMessage((warnings + LocalizedText(" sur les données — voir « ardoise check »", " — see “ardoise check”"))(self.state.language), .warning)
    }
    readSyncStateInBackground()
  }

  /// Runs until the user quits or the process is asked to stop.
  public func run() {
    present()
    checkCachedCasesInBackground()
    showStartLine()
    present()
    store.saveSummaryCache()
    preparesSearchAhead = true
    prepareSearchInBackground()
    while !state.isFinished {
      let remaining = nextTick - ContinuousClock.now
      var milliseconds = max(0, Int(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000))
      // Work off the thread (a send, a sync) is looked for often, so its result shows at once.
      if backgroundJobs > 0 { milliseconds = min(milliseconds, 50) }
      let event = terminal.nextEvent(timeoutMilliseconds: milliseconds)
      if event == nil, backgroundJobs > 0, ContinuousClock.now < nextTick {
        // Only looking for work that came back: not the clock's tick yet.
        dispatchBackgroundResults()
      } else {
        handle(event)
      }
      present()
    }
    // Never waits for a snapshot of the summary cache still being written: the process ends
    // right after this, and an unfinished snapshot is a temp file nobody reads.
    store.saveSummaryCacheOnQuit()
  }

  /// Reads what is due once, after the first frame and off the screen's thread (at a hundred
  /// thousand cases it reads every open case's log), for the line that says what is due today
  /// until a key is pressed; a key pressed before it is ready means it is not shown. Only the two
  /// counts are kept: the agenda screen reads its own items when opened.
  public func showStartLine() {
    let summaries = store.summaries
    let directory = store.directory
    let rules = agendaRules
    let today = state.today
    startInBackground { [.startLineCounted(Store.startLineCounts(of: summaries, directory: directory, rules: rules, today: today))] }
  }

  /// Looks at the logs of the cases the first frame took from the summary cache unchecked
  /// (``Store/checksCacheAfterLoad``), off the screen's thread and on both cores; a case whose log
  /// changed since the cache was written is read again and its row redrawn when the result
  /// comes back (the loop looks for it every 50 ms).
  public func checkCachedCasesInBackground() {
    guard let check = store.cachedCaseCheck() else { return }
    startInBackground { [.cachedCasesChecked(check.run())] }
  }

  /// Every case's dated items, today.
  func agenda() -> Agenda {
    guard otherSites.isEmpty else { return groupAgenda() }
    return Agenda(store.agendaCases(), rules: agendaRules, today: state.today)
  }

  /// Handles one terminal event (nil: the tick came). Tests call this directly.
  public func handle(_ event: TerminalEvent?) {
    dispatchBackgroundResults()
    switch event {
    case .key(let key)?: dispatch(.key(key))
    case .paste(let text)?: dispatch(.paste(text))
    case .resize(let size)?: dispatch(.resize(size))
    case .terminate?: dispatch(.terminate)
    case nil: break
    }
    // Quitting does not look for changes first: at a hundred thousand cases a full look (every
    // log's status) would hold the exit.
    if !state.isFinished, event == nil || ContinuousClock.now >= nextTick {
      nextTick = ContinuousClock.now + tickInterval
      dispatch(.tick(clock()))
    }
    prepareSearchInBackground()
  }

  /// Renders the state and hands the frame to the terminal.
  public func present() {
    let frame = state.render()
    terminal.present(frame.grid, cursor: frame.cursor)
  }

  /// Applies an action and carries out its effects, feeding their results back in.
  public func dispatch(_ action: Action) {
    var queue = [action]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      for effect in state.update(next) { queue += perform(effect) }
    }
    // A case just opened: its log and repository as they are now, so that a sync run elsewhere
    // before the next tick is noticed (Runtime+Group.swift).
    if let id = state.checklist?.incident, openLog?.id != id { rememberOpenLog(id) }
  }

  /// Carries out one effect against the store; its results come back as actions, never as direct
  /// changes to the state.
  private func perform(_ effect: Effect) -> [Action] {
    switch effect {
    case .record(let request):
      let policy = RecoveryPolicy(demandDays: state.demandDays, today: state.today,
                                  demandTimeRunsFromReceipt: (state.jurisdiction ?? state.settings.jurisdiction).demandTimeRunsFromReceipt)
      let playbook = state.playbook
      do {
        try store.record(on: request.incident, occurredAt: request.occurredAt) { incident in
          incident.decide(request.intent, playbook: playbook, policy: policy)
        }
        readSyncStateInBackground()
        return store.incident(request.incident).map { [.recorded($0, request)] } ?? []
      } catch let error as StoreError {
        return [.failed(StoreErrorText.localized(error), current: store.incident(request.incident))]
      } catch {
        return [.failed(LocalizedText("erreur inattendue : \(error)", "unexpected error: \(error)"), current: store.incident(request.incident))]
      }
    case .create(let facts):
      do {
        let incident = try store.create(facts)
        readSyncStateInBackground()
        return store.incident(incident.id).map { [.created($0)] } ?? []
      } catch let error as StoreError {
        return [.failed(StoreErrorText.localized(error), current: nil)]
      } catch {
        return [.failed(LocalizedText("erreur inattendue : \(error)", "unexpected error: \(error)"), current: nil)]
      }
    case .refresh, .refreshEverything:
      let settings = settingsChangedOnDisk()
      let changed = store.refresh(everything: effect == .refreshEverything || repositoryMoved(store.directory))
      let customers = customersChangedOnDisk()
      let others = refreshOtherSites(everything: effect == .refreshEverything)
      let replaced = noteReplacedOpenLog(changed: changed.union(others.changed))
      guard !changed.isEmpty else { return settings + customers + others.actions + replaced }
      // Files changed (here or by a sync elsewhere): what is not yet sent has changed too.
      readSyncStateInBackground()
      return settings + casesChanged(changed) + customers + others.actions + replaced
    case .readChangedCachedCases(let result):
      let changed = store.applyCachedCaseCheck(result)
      guard !changed.isEmpty else { return [] }
      readSyncStateInBackground()
      return casesChanged(changed)
    case .loadAgenda:
      return [.agendaLoaded(agenda())]
    case .loadMeasures:
      // Every case read in full: off the screen's thread, the figures show until it comes.
      let summaries = store.summaries
      let directory = store.directory
      startInBackground { [.measuresLoaded(MeasureTally(Store.measuresTaken(of: summaries, directory: directory)))] }
      return []
    case .loadAdvice:
      return [.adviceLoaded(PreventionAdvisor(minimumCases: adviceMinimumCases).advise(store.adviceCases(in: StatisticsPeriod())))]
    case .loadCase(let id):
      guard let stored = siteStore(of: id).incident(id) else {
        return [.failed(LocalizedText("ce dossier ne se lit plus : voir « ardoise check »", "this case can no longer be read: see “ardoise check”"),
                        current: nil)]
      }
      return loaded(stored)
    case .writeDocument(let id, let kind, let asPDF, let paymentNumber):
      switch writeDocument(id, kind, asPDF, paymentNumber) {
      case .success(let written):
        // The generation is in the case's timeline now: show it.
        let reloaded = store.incident(id).map(loaded) ?? []
        return reloaded + [.documentWritten(path: written.path, warnings: written.warnings, note: written.note)]
      case .failure(let refusal):
        return [.failed(refusal.reason, current: store.incident(id))]
      }
    case .saveCustomer(let id, let identity):
      return saveCustomer(id) {
        let change = try store.identify(id, as: identity)
        return change.map { LocalizedText("fiche client : ", "customer card: ") + $0.kindLabel } ?? LocalizedText("fiche client inchangée", "customer card unchanged")
      }
    case .removeCustomer(let id):
      return saveCustomer(id) {
        try store.removeCustomer(of: id)
        return LocalizedText("coordonnées du client retirées", "customer’s details removed")
      }
    case .saveSetting(let key, let value):
      return saveSetting(key, value)
    case .loadPlaybook(let jurisdiction):
      return loadPlaybook(for: jurisdiction)
    case .cycleTheme:
      let result = switchTheme(state.themeName)
      return [.themeChanged(name: result.name, warning: result.warning)]
    case .loadCustomers:
      // Read from people/ for identified cases only, and held by the list in memory only.
      var customers: [IncidentID: String] = [:]
      for (id, summary) in state.list.summaries where summary.hasIdentifiedCustomer {
        if let text = store.customer(of: id).flatMap(CaseRow.customerSearchText) { customers[id] = text }
      }
      return [.customersLoaded(customers)]
    case .repaint:
      terminal.invalidate()
      return []
    case .suspend:
      let before = terminal.size
      terminal.suspend()
      // Whatever was typed stays; the window may have changed size meanwhile.
      return terminal.size != before ? [.resize(terminal.size)] : []
    case .draftEmail(let id, let kind):
      guard let draft = services.draftEmail else { return [.failed(Self.unavailable, current: nil)] }
      switch draft(id, kind) {
      case .success(let made): return [.emailDrafted(made)]
      case .failure(let refusal): return [.failed(refusal.reason, current: nil)]
      }
    case .sendEmail(let draft):
      guard let send = services.sendEmail else { return [.failed(Self.unavailable, current: nil)] }
      startInBackground {
        switch send(draft) {
        case .success: [.emailSent(draft)]
        case .failure(let refusal): [.failed(refusal.reason, current: nil)]
        }
      }
      return []
    case .printDocument(let id, let kind):
      guard let printDocument = services.printDocument else { return [.failed(Self.unavailable, current: nil)] }
      // The PDF is written into the case's timeline: on this thread, after “Printing…” is drawn.
      present()
      switch printDocument(id, kind) {
      case .success(let printed):
        let reloaded = store.incident(id).map { [Action.caseLoaded($0)] } ?? []
        return reloaded + [.printed(path: printed.path, said: printed.said)]
      case .failure(let refusal):
        return [.failed(refusal.reason, current: store.incident(id))]
      }
    case .sync:
      guard let sync = services.sync else { return [.failed(Self.unavailable, current: nil)] }
      startInBackground { [.synced(sync())] }
      return []
    case .readSyncState:
      readSyncStateInBackground()
      return []
    case .quit:
      return []
    }
  }

  private static let unavailable = LocalizedText("indisponible ici", "not available here")

  /// Runs `work` on its own thread; its actions are dispatched by the loop once it is done.
  private func startInBackground(_ work: @escaping @Sendable () -> [Action]) {
    backgroundJobs += 1
    let inbox = self.inbox
    Thread.detachNewThread { inbox.post(work()) }
  }

  /// What the screen is told of cases changed in the store: their rows, the open ones read in
  /// full again (so an open checklist shows the change at once), and the count of damaged logs.
  private func casesChanged(_ changed: Set<IncidentID>) -> [Action] {
    let reloaded: [Action] = changed.filter { state.cases[$0] != nil }.compactMap { id in store.incident(id).map(loaded) }.flatMap { $0 }
    let present = changed.compactMap { store.summary($0) }
    let removed = changed.filter { store.summary($0) == nil }
    return [.casesChanged(present, removed: Array(removed))] + reloaded
      + [.damagedCasesCounted(store.damagedFileCount, notice: store.damagedCasesNotice)]
  }

  /// Reads the sync state off the thread, one reading at a time.
  private func readSyncStateInBackground() {
    guard let read = services.readSyncState, !readingSyncState else { return }
    readingSyncState = true
    startInBackground { [.syncStateRead(read())] }
  }

  /// Builds the filter's index off the thread when it is missing or cases changed since, so a
  /// letter typed after `/` does not wait for it (one build at a time; a build overtaken by a
  /// change is dropped and started again).
  private func prepareSearchInBackground() {
    guard preparesSearchAhead, !preparingSearch else { return }
    let directory = store.directory
    guard let work = state.searchPreparation(readCustomer: { id in directory.customer(of: id).flatMap(CaseRow.customerSearchText) })
    else { return }
    preparingSearch = true
    startInBackground { [.searchPrepared(work())] }
  }

  /// Dispatches what finished off the thread.
  private func dispatchBackgroundResults() {
    let results = inbox.take()
    for actions in results {
      backgroundJobs -= 1
      for action in actions {
        if case .syncStateRead = action { readingSyncState = false }
        if case .searchPrepared = action { preparingSearch = false }
        dispatch(action)
      }
    }
    if !results.isEmpty { prepareSearchInBackground() }
  }

  /// Waits until all work started off the thread is back and dispatched (for tests, and for a
  /// caller that must not leave work behind).
  public func waitForBackgroundWork() {
    while backgroundJobs > 0 {
      inbox.waitForResult()
      dispatchBackgroundResults()
    }
  }
}

/// Results posted by background threads, taken by the screen's thread.
final class BackgroundInbox: @unchecked Sendable {
  private let condition = NSCondition()
  private var results: [[Action]] = []

  func post(_ actions: [Action]) {
    condition.lock()
    results.append(actions)
    condition.signal()
    condition.unlock()
  }

  func take() -> [[Action]] {
    condition.lock()
    defer { condition.unlock() }
    let taken = results
    results = []
    return taken
  }

  func waitForResult() {
    condition.lock()
    while results.isEmpty { condition.wait() }
    condition.unlock()
  }
}

/// Where a document was written, and what it lacks.
public struct DocumentWritten: Sendable {
  public var path: String
  public var warnings: [LocalizedText]
  /// Said first: that it went to a numbered name and the earlier file is kept.
  public var note: LocalizedText?
  public init(path: String, warnings: [LocalizedText], note: LocalizedText? = nil) {
    self.path = path
    self.warnings = warnings
    self.note = note
  }
}

/// A store error in both languages.
enum StoreErrorText {
  static func localized(_ error: StoreError) -> LocalizedText {
    LocalizedText(french: error.message(.french), english: error.message(.english))
  }
}
