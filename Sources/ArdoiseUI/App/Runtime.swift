import ArdoiseCore
import Foundation

/// The one-threaded loop: terminal event → key table → action → pure update → effects (append an
/// event, fsync) → results back as actions → render into the grid → the terminal draws the
/// difference.
public final class Runtime {
  /// Writes a document for a case; returns its path and warnings, or why it failed.
  /// Writes a document of a kind for a case, typeset as a PDF when the flag says so.
  public typealias DocumentWriter = (IncidentID, DocumentKind, Bool) -> Result<DocumentWritten, Refusal>
  /// Switches to the theme after `name`; returns the new name and a warning if it is broken.
  public typealias ThemeSwitcher = (String) -> (name: String, warning: String?)

  public private(set) var state: AppState
  let terminal: any Terminal
  let store: Store
  let clock: () -> Date
  let writeDocument: DocumentWriter
  let switchTheme: ThemeSwitcher
  /// How often to look for changes made elsewhere.
  let tickInterval: Duration
  private var nextTick: ContinuousClock.Instant

  public init(state: AppState, terminal: any Terminal, store: Store, clock: @escaping () -> Date = Date.init,
              tickInterval: Duration = .seconds(1), writeDocument: @escaping DocumentWriter, switchTheme: @escaping ThemeSwitcher) {
    self.state = state
    self.terminal = terminal
    self.store = store
    self.clock = clock
    self.tickInterval = tickInterval
    self.writeDocument = writeDocument
    self.switchTheme = switchTheme
    nextTick = ContinuousClock.now + tickInterval
    self.state.size = terminal.size
    dispatch(.casesChanged(store.summaries, removed: []))
    let problems = store.allProblems
    let errors = store.damagedFileCount
    dispatch(.damagedCasesCounted(errors))
    if errors == 0, !problems.isEmpty, self.state.status == nil {
      let warnings = LocalizedText.counting(problems.count, french: ("avertissement", "avertissements"), english: ("data warning", "data warnings"))
      self.state.status = StatusMessage((warnings + L(" sur les données — voir « ardoise check »", " — see “ardoise check”"))(self.state.language), .warning)
    }
  }

  /// Runs until the user quits or the process is asked to stop.
  public func run() {
    present()
    store.saveSummaryCache()
    while !state.isFinished {
      let remaining = nextTick - ContinuousClock.now
      let milliseconds = max(0, Int(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000))
      let event = terminal.nextEvent(timeoutMilliseconds: milliseconds)
      handle(event)
      present()
    }
    store.saveSummaryCache()
  }

  /// Handles one terminal event (nil: the tick came). Tests call this directly.
  public func handle(_ event: TerminalEvent?) {
    switch event {
    case .key(let key)?: dispatch(.key(key))
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
  }

  /// Carries out one effect against the store; its results come back as actions, never as direct
  /// changes to the state.
  private func perform(_ effect: Effect) -> [Action] {
    switch effect {
    case .record(let request):
      let policy = RecoveryPolicy(demandDays: state.demandDays, today: state.today)
      let playbook = state.playbook
      do {
        try store.record(on: request.incident, occurredAt: request.occurredAt) { incident in
          incident.decide(request.intent, playbook: playbook, policy: policy)
        }
        return store.incident(request.incident).map { [.recorded($0, request)] } ?? []
      } catch let error as StoreError {
        return [.failed(StoreErrorText.localized(error), current: store.incident(request.incident))]
      } catch {
        return [.failed(L("erreur inattendue : \(error)", "unexpected error: \(error)"), current: store.incident(request.incident))]
      }
    case .create(let facts):
      do {
        let incident = try store.create(facts)
        return store.incident(incident.id).map { [.created($0)] } ?? []
      } catch let error as StoreError {
        return [.failed(StoreErrorText.localized(error), current: nil)]
      } catch {
        return [.failed(L("erreur inattendue : \(error)", "unexpected error: \(error)"), current: nil)]
      }
    case .refresh:
      let changed = store.refresh()
      guard !changed.isEmpty else { return [] }
      // Cases read in full stay in full, so an open checklist shows the change at once.
      let reloaded: [Action] = changed.filter { state.cases[$0] != nil }.compactMap { id in store.incident(id).map(Action.caseLoaded) }
      let present = changed.compactMap { store.summary($0) }
      let removed = changed.filter { store.summary($0) == nil }
      return [.casesChanged(present, removed: Array(removed))] + reloaded + [.damagedCasesCounted(store.damagedFileCount)]
    case .loadCase(let id):
      guard let stored = store.incident(id) else {
        return [.failed(L("ce dossier ne se lit plus : voir « ardoise check »", "this case can no longer be read: see “ardoise check”"),
                        current: nil)]
      }
      return [.caseLoaded(stored)]
    case .writeDocument(let id, let kind, let asPDF):
      switch writeDocument(id, kind, asPDF) {
      case .success(let written):
        // The generation is in the case's timeline now: show it.
        let reloaded = store.incident(id).map { [Action.caseLoaded($0)] } ?? []
        return reloaded + [.documentWritten(path: written.path, warnings: written.warnings)]
      case .failure(let refusal):
        return [.failed(refusal.reason, current: store.incident(id))]
      }
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
    case .quit:
      return []
    }
  }
}

/// Where a document was written, and what it lacks.
public struct DocumentWritten: Sendable {
  public var path: String
  public var warnings: [LocalizedText]
  public init(path: String, warnings: [LocalizedText]) {
    self.path = path
    self.warnings = warnings
  }
}

/// A store error in both languages.
enum StoreErrorText {
  static func localized(_ error: StoreError) -> LocalizedText {
    LocalizedText(french: error.message(.french), english: error.message(.english))
  }
}
