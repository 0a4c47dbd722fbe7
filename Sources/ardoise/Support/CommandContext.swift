import ArdoiseCore
import ArgumentParser
import Foundation

/// What a command needs: the store, the config, the language, the playbook and the policy.
struct CommandContext {
  let environment: [String: String]
  let directory: DataDirectory
  /// The settings read at start; the terminal UI replaces them when `config.toml` changes.
  var config: Config
  let language: Language
  /// The playbook read at start; the terminal UI replaces it when `restaurant.jurisdiction` changes.
  var playbook: Playbook
  let store: Store
  /// Config and playbook problems found at start (their defaults are used).
  let startupWarnings: [String]

  /// Opens the data directory (creating it on first use) and reads the config and playbook.
  /// Config and playbook problems are reported on stderr (unless `reportsProblems` is false, for
  /// the terminal UI, which shows them in its status line); their defaults are used.
  init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment,
       reportsProblems: Bool = true) throws {
    self.environment = environment
    MallocTuning.returnLargeBuffers()
    directory = DataDirectory.resolve(flag: options.dataDir, environment: environment)
    let (config, configErrors) = Config.load(from: directory)
    self.config = config
    language = config.language(flag: options.languageFlag, environment: environment)
    let loaded = Playbook.load(dataDirectory: URL(fileURLWithPath: directory.path), jurisdiction: config.jurisdiction)
    playbook = loaded.playbook
    let language = language
    do {
      // A data directory is created only by what writes (`new`, `demo`, the UI, `config set`),
      // and only once its input is valid: see ``prepareDataDirectory()``.
      // Opened on demand: a command that names one case reads that case's log only; one that
      // needs them all (`list`, `stats`, `export`, the screen) loads them when it asks.
      store = try Store(directory: directory, actor: config.actor(environment: environment),
                        preparing: directory.isInitialized, loading: .onDemand)
      // Never torn down: the process ends with the command, and freeing a hundred thousand
      // summaries one by one at exit only made quitting slower.
      _ = Unmanaged.passRetained(store)
    } catch let error as StoreError {
      throw Console.reportFailure(error.message(language))
    }
    startupWarnings = configErrors.map { $0.message(language) } + loaded.errors.map { $0.message(language) }
      + (config.jurisdictionNotice(environment: environment).map { [$0(language)] } ?? []) + store.notices.map { $0(language) }
    if reportsProblems { for warning in startupWarnings { Console.warn(warning) } }
  }

  /// Creates the data directory's layout if needed (0700/0600), just before the first write.
  func prepareDataDirectory() throws {
    do {
      for notice in try directory.prepare() { Console.warn(notice(language)) }
    } catch let error as StoreError { throw Console.reportFailure(error.message(language)) }
  }

  /// The rules for a debtor of `kind` under the restaurant's jurisdiction.
  func policy(debtor kind: DebtorKind = .consumer) -> RecoveryPolicy {
    RecoveryPolicy(demandDays: config.demandDays(for: config.jurisdiction, debtor: kind),
                   today: Timestamp(store.now(), in: store.timeZone).day,
                   demandTimeRunsFromReceipt: config.jurisdiction.demandTimeRunsFromReceipt)
  }

  var policy: RecoveryPolicy { policy() }

  var today: CalendarDay { policy.today }

  /// Finds the case a person named, or fails with a message.
  func resolve(_ text: String) throws -> IncidentID {
    do { return try store.resolve(text) } catch let error as StoreError { throw Console.reportFailure(error.message(language)) }
  }

  /// Decides and records `intent` on case `id`, or fails with a message (nothing written).
  @discardableResult
  func perform(_ intent: Intent, on id: IncidentID, occurredAt: Timestamp? = nil) throws -> Incident {
    do {
      let incident = try store.record(on: id, occurredAt: occurredAt) { incident in
        incident.decide(intent, playbook: playbook, policy: policy(debtor: store.customer(of: id)?.kind ?? .consumer))
      }
      // The write journaled the case's summary; this adds anything else found stale on the way.
      store.saveSummaryCache()
      return incident
    } catch let error as StoreError {
      throw Console.reportFailure(error.message(language))
    }
  }

  /// Parses an amount typed on the command line, or fails with what was wrong.
  func money(_ text: String, option: String) throws -> Money {
    do { return try Money.parse(text, currency: config.currency) } catch let error as MoneyParsingError {
      throw Console.reportFailure(option + LocalizedText(" : ", ": ")(language) + error.message(language))
    }
  }

  func covers(_ text: String, option: String) throws -> Int {
    switch IncidentFacts.parseCovers(text) {
    case .success(let count): return count
    case .failure(let refusal): throw Console.reportFailure(option + LocalizedText(" : ", ": ")(language) + refusal.message(language))
    }
  }

  func day(_ text: String, option: String) throws -> CalendarDay {
    do { return try CalendarDay.parse(text, today: today) } catch let error as DateParsingError {
      throw Console.reportFailure(option + LocalizedText(" : ", ": ")(language) + error.message(language))
    }
  }

  func timestamp(_ text: String, option: String) throws -> Timestamp {
    do { return try Timestamp.parse(text, now: store.now(), timeZone: store.timeZone) } catch let error as DateParsingError {
      throw Console.reportFailure(option + LocalizedText(" : ", ": ")(language) + error.message(language))
    }
  }
}

/// Writing to the terminal. Everything a command prints goes through here, so nothing from user
/// data reaches the terminal raw: messages are one line with controls written as escapes
/// (`String.escaped`), output keeps its lines with controls, bidirectional and invisible
/// characters replaced (`String.inertLines`).
enum Console {
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data(("ardoise: " + message.escaped + "\n").utf8))
  }

  /// Prints a one-line error on stderr and returns the exit code to throw:
  /// `throw Console.reportFailure(…)`.
  static func reportFailure(_ message: String, code: Int32 = 1) -> ExitCode {
    warn(message)
    return ExitCode(code)
  }

  static func print(_ text: String, terminator: String = "\n") {
    Swift.print(text.inertLines, terminator: terminator)
  }
}
