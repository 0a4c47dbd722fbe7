import ArdoiseCore
import ArdoiseCurses
import ArdoiseUI
import ArgumentParser
import Foundation

/// `ardoise` with no command: opens the terminal, the store and the theme, and runs the UI.
struct TerminalSession {
  let global: GlobalOptions
  let themeArgument: String?
  let noColor: Bool
  /// `--group`: the screen over every site of the group, the others read-only.
  var showsGroup = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    // The terminal is checked before anything is created on disk: an unusable terminal changes nothing.
    let directory = DataDirectory.resolve(flag: global.dataDir, environment: environment)
    // Read on another thread while this one reads the settings and opens the terminal.
    let prefetch = SummaryCachePrefetch(directory: directory)
    let (config, _) = Config.load(from: directory)
    let language = config.language(flag: global.languageFlag, environment: environment)
    // The group is read before the terminal opens, so that what is wrong with it is one line on stderr.
    if showsGroup, try Ardoise.Group.load(directory, language: language).sites.isEmpty {
      throw Console.reportFailure(LocalizedText("aucun autre site dans le groupe\u{202F}: «\u{202F}ardoise group add NOM DOSSIER\u{202F}» d’abord",
                                                "no other site in the group: “ardoise group add NAME DIR” first")(language))
    }
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal.open(environment: environment, noColor: noColor)
    } catch let error as TerminalUnavailable {
      throw Console.reportFailure(error.message(language), code: 2)
    }
    var closed = false
    let closeTerminal = {
      if !closed { terminal.close(); closed = true }
    }
    defer { closeTerminal() }

    let context: CommandContext
    do {
      context = try CommandContext(global, environment: environment, reportsProblems: false)
      try context.prepareDataDirectory()
    } catch {
      closeTerminal()
      throw error
    }
    let catalog = ThemeCatalog(environment: environment)
    let forcedMonochrome = noColor || terminal.colorDepth == .monochrome
    let requested = forcedMonochrome ? ThemeCatalog.monochromeThemeName
      : (themeArgument ?? context.config.theme ?? catalog.preferredThemeName)
    let loaded = catalog.load(requested)
    terminal.setPalette(loaded.theme.palette(for: terminal.colorDepth))
    // Every case is read now, the terminal already open: a cold start (no summary cache: every
    // log read and replayed, seconds at ten thousand cases) shows its progress instead of a blank
    // screen; a warm one is over before anything is drawn.
    let loading = LoadingProgress(terminal: terminal, language: context.language,
                                  showsAfter: LoadingProgress.showsAfter(environment: environment))
    context.store.loadProgress = loading.handler
    // The first frame trusts the summary cache; each log is checked against it right after, off
    // the screen's thread (``Runtime/checkCachedCasesInBackground()``), and a changed case redrawn.
    context.store.checksCacheAfterLoad = true
    context.store.prefetchedSummaryCache = prefetch
    context.store.loadEveryCaseIfNeeded()
    context.store.loadProgress = nil

    var state = AppState(
      language: context.language, size: terminal.size, playbook: context.playbook, clock: context.store.now(),
      timeZone: context.store.timeZone, restaurantName: context.config.restaurantName, currency: context.config.currency,
      demandDays: context.config.demandDays(for: context.config.jurisdiction), themeName: loaded.theme.name)
    state.settings = context.config
    state.jurisdiction = context.config.jurisdiction
    // Looked for once: the document menu offers Print… only where the spooler's program is there.
    let spooler = PrintSpooler(lpSetting: context.config.lpCommand, printer: context.config.printer)
    if !spooler.isInstalled(environment: context.environment) { state.printUnavailableReason = spooler.notInstalledReason }
    var warnings = context.startupWarnings
    // Privacy by default: identities the retention rules no longer allow keeping go at start.
    // A case that cannot be purged (say `outbox/` is a symbolic link) is said, and the others go.
    let outcomes = context.store.purgeExpiredIdentities(policy: RetentionPolicy(config: context.config), today: context.today)
    let purgedCount = outcomes.filter { if case .success = $0.outcome { true } else { false } }.count
    if purgedCount > 0 {
      warnings.append(LocalizedText("\(purgedCount) identité(s) de client effacée(s) selon les règles de conservation",
                        "\(purgedCount) customer identit(ies) purged under the retention rules")(context.language))
    }
    for case (let id, _, .failure(let error)) in outcomes {
      warnings.append(id.rawValue + LocalizedText(" : ", ": ")(context.language) + error.message(context.language))
    }
    if let error = loaded.error { warnings.append(error(context.language)) }
    let otherSites = showsGroup ? try GroupViews.otherSites(context, warn: { warnings.append($0) }) : []
    if showsGroup {
      state.group = GroupSites(here: GroupViews.hereName(context), others: otherSites.map(\.name))
      for site in otherSites { state.group?.jurisdictions[site.name] = site.jurisdiction }
    }
    if !warnings.isEmpty { state.status = StatusMessage(warnings.joined(separator: " · "), .warning) }

    var lastGoodSettings = context
    let runtime = Runtime(
      state: state, terminal: terminal, store: context.store,
      writeDocument: { id, kind, asPDF, paymentNumber in
        // The settings as they are on disk now (another terminal, `ardoise config set`, an
        // editor, the settings screen may have changed them); a broken file keeps the last good.
        let (read, errors) = Config.load(from: context.directory)
        if errors.isEmpty {
          // A new jurisdiction brings its playbook, as on the screen (the dossier lists its steps).
          if read.jurisdiction != lastGoodSettings.config.jurisdiction {
            lastGoodSettings.playbook = Playbook.load(dataDirectory: URL(fileURLWithPath: context.directory.path), jurisdiction: read.jurisdiction).playbook
          }
          lastGoodSettings.config = read
        }
        return DocumentBridge.write(kind: kind, asPDF: asPDF, paymentNumber: paymentNumber, for: id, context: lastGoodSettings)
      },
      switchTheme: { current in
        guard !forcedMonochrome else {
          return (current, LocalizedText("Sans couleurs (NO_COLOR ou --no-color) : thème monochrome.", "No colours (NO_COLOR or --no-color): monochrome theme.")(context.language))
        }
        let name = catalog.cycle(after: current)
        let next = catalog.load(name)
        terminal.setPalette(next.theme.palette(for: terminal.colorDepth))
        let loaded = Config.load(from: context.directory)
        var config = loaded.config
        // Saving over a file that could not be read in full would lose the settings it holds.
        if let first = loaded.errors.first {
          return (next.theme.name, LocalizedText("thème non enregistré : ", "theme not saved: ")(context.language) + first.message(context.language))
        }
        config.theme = next.theme.name
        do { try config.save(to: context.directory) } catch let error as StoreError {
          return (next.theme.name, error.message(context.language))
        } catch {
          return (next.theme.name, "\(error)")
        }
        return (next.theme.name, next.error.map { $0(context.language) })
      },
      agendaRules: AgendaRules(clocks: AgendaClocks(config: context.config)),
      adviceMinimumCases: context.config.adviceMinimumCases,
      services: ScreenServices.make(context))
    runtime.showGroup(otherSites)
    // A new snapshot of the summary cache is written off the screen's thread: no key waits for it.
    context.store.writesSummaryCacheInBackground = true
    runtime.run()
    // The process ends here, without tearing anything down: freeing every case's summary and row
    // one by one made quitting slow at a hundred thousand cases, and the system takes the memory
    // back whole. Every write the screen acknowledged was fsynced before it said so; the terminal
    // is restored first, then standard output is flushed. `_exit`, not `exit`: a snapshot of the
    // summary cache may still be written on another thread (never waited for: it is only a temp
    // file until renamed into place), and `exit` would run the process's destructors under it.
    closeTerminal()
    fflush(nil)
    _exit(EXIT_SUCCESS)
  }
}
