import ArdoiseCore
import ArgumentParser
import Foundation

extension SyncSide: ExpressibleByArgument {}

extension Ardoise {
  /// `ardoise sync`: shares the data directory with the group's other sites through git.
  struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Partager les dossiers avec les autres sites du groupe par git : commit, fetch, merge, push.", "Share the cases with the group's other sites through git: commit, fetch, merge, push.").inCommandLanguage,
      discussion: LocalizedText("""
        ardoise sync --init URL      fait de ce dossier de données celui du groupe (toute URL que git accepte), \
        et pousse
        ardoise sync --clone URL DIR démarre un nouveau site depuis le dépôt du groupe (DIR : sinon le dossier de \
        données)
        ardoise sync                 envoie les changements de ce site et reçoit ceux des autres
        ardoise sync --status        ce qui n’est pas encore envoyé, l’avance, le retard, et la dernière \
        synchronisation
        ardoise sync --resolve ours|theirs FICHIER   tranche un fichier modifié par deux sites (config.toml, \
        playbook.toml)
        Les données personnelles (people/, documents/) ne quittent jamais la machine : une synchronisation qui \
        les enverrait est refusée.
        """, """
        ardoise sync --init URL      make this data directory the group's (any URL git takes), and push
        ardoise sync --clone URL DIR start a new site from the group's remote (DIR: else the data directory)
        ardoise sync                 send this site's changes and receive the others'
        ardoise sync --status        what is not sent yet, ahead, behind, and when the last sync was
        ardoise sync --resolve ours|theirs FILE   settle a file two sites changed (config.toml, playbook.toml)
        Personal data (people/, documents/) never leaves the machine: a sync that would send it is refused.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("init"), help: ArgumentHelp(LocalizedText("Mettre en place la synchronisation avec le dépôt distant du groupe.", "Set up syncing with the group's remote.").inCommandLanguage, valueName: "URL"))
    var initURL: String?

    @Option(help: ArgumentHelp(LocalizedText("Démarrer un nouveau site depuis le dépôt distant du groupe.", "Start a new site from the group's remote.").inCommandLanguage, valueName: "URL"))
    var clone: String?

    @Flag(help: .localized(LocalizedText("Dire ce qui n’est pas encore envoyé, et quand a eu lieu la dernière synchronisation.", "Say what is not sent yet, and when the last sync was.")))
    var status = false

    @Option(help: ArgumentHelp(LocalizedText("Trancher un conflit en gardant la version de ce site (ours) ou celle de l’autre (theirs).", "Settle a conflict keeping this site's version (ours) or the other's (theirs).").inCommandLanguage, valueName: "ours|theirs"))
    var resolve: SyncSide?

    @Argument(help: .localized(LocalizedText("Le fichier à trancher (--resolve), ou le dossier où cloner (--clone).", "The file to settle (--resolve), or the folder to clone into (--clone)."), valueName: ValueName.syncPath))
    var path: String?

    func validate() throws {
      let modes = [initURL != nil, clone != nil, status, resolve != nil].filter { $0 }.count
      guard modes <= 1 else { throw ValidationError(LocalizedText("choisissez une seule de ces options : --init, --clone, --status, --resolve",
                                                                "choose one of --init, --clone, --status, --resolve")) }
      if resolve != nil && path == nil { throw ValidationError(LocalizedText("--resolve demande le FICHIER à trancher, par exemple config.toml",
                                                                                 "--resolve needs the FILE to settle, e.g. config.toml")) }
      if path != nil && resolve == nil && clone == nil { throw ValidationError(LocalizedText("un CHEMIN ne va qu’avec --resolve ou --clone",
                                                                                                 "a PATH goes with --resolve or --clone only")) }
    }

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      var directory = DataDirectory.resolve(flag: global.dataDir, environment: environment)
      if clone != nil, let path { directory = DataDirectory.resolve(flag: path, environment: environment) }
      let language = Config.load(from: directory).config.language(flag: global.languageFlag, environment: environment)
      let progress = Progress(language: language)
      defer { progress.finish() }
      do {
        if let clone {
          progress.update(ProgressReport(phase: LocalizedText("copie de \(clone)", "cloning \(clone)"), done: 0, total: 0))
          _ = try Synchronizer.clone(url: clone, into: directory, environment: environment)
          progress.finish()
          Console.print(LocalizedText("\(directory.path) est prêt : ce site reçoit et envoie avec « ardoise sync --data-dir \(directory.path) »",
                          "\(directory.path) is ready: this site sends and receives with “ardoise sync --data-dir \(directory.path)”")(language))
          return
        }
        let synchronizer = Synchronizer(directory: directory, environment: environment)
        synchronizer.progress = progress.handler
        if status {
          Console.print(Sync.describe(try synchronizer.status(), language: language))
          return
        }
        let report: SyncReport
        if let initURL {
          report = try synchronizer.initialize(remote: initURL)
        } else if let resolve, let path {
          report = try synchronizer.resolve(resolve, file: path)
        } else {
          report = try synchronizer.sync()
        }
        progress.finish()
        for cleared in report.recovered {
          Console.warn(LocalizedText("reste d’une synchronisation interrompue, levé : \(cleared)", "left by an interrupted sync, cleared: \(cleared)")(language))
        }
        Console.print(Sync.describe(report, remote: synchronizer.remoteURL ?? "?", language: language))
        if report.problemCount > 0 {
          Console.warn(LocalizedText("\(report.problemCount) problème(s) après la fusion : voir « ardoise check »",
                         "\(report.problemCount) problem(s) after the merge: see “ardoise check”")(language))
        }
      } catch let error as SyncError {
        progress.finish()
        throw Console.reportFailure(error.message(language))
      }
    }

    /// One line: what was sent and received.
    static func describe(_ report: SyncReport, remote: String, language: Language) -> String {
      if report.isNothingToDo { return LocalizedText("Déjà à jour avec \(remote).", "Up to date with \(remote).")(language) }
      var parts: [String] = []
      if report.sentEvents + report.sentFiles > 0 {
        parts.append(LocalizedText("envoyé ", "sent ")(language) + amount(events: report.sentEvents, cases: report.sentCases, files: report.sentFiles, language))
      }
      if report.receivedEvents + report.receivedFiles > 0 {
        parts.append(LocalizedText("reçu ", "received ")(language) + amount(events: report.receivedEvents, cases: report.receivedCases, files: report.receivedFiles, language))
      }
      if parts.isEmpty { parts.append(LocalizedText("commits précédents envoyés", "earlier commits sent")(language)) }
      let text = parts.joined(separator: " ; ")
      return text.prefix(1).uppercased() + text.dropFirst() + LocalizedText(" (\(remote)).", " (\(remote)).")(language)
    }

    private static func amount(events: Int, cases: Int, files: Int, _ language: Language) -> String {
      var parts: [String] = []
      if events > 0 {
        parts.append(LocalizedText.counting(events, french: ("événement", "événements"), english: ("event", "events"))(language) + " ("
          + LocalizedText.counting(cases, french: ("dossier", "dossiers"), english: ("case", "cases"))(language) + ")")
      }
      if files > 0 { parts.append(LocalizedText.counting(files, french: ("autre fichier", "autres fichiers"), english: ("other file", "other files"))(language)) }
      return parts.joined(separator: LocalizedText(" et ", " and ")(language))
    }

    static func describe(_ status: SyncStatus, language: Language) -> String {
      var lines = [LocalizedText("Dépôt du groupe : ", "Group remote: ")(language) + status.remote]
      if let last = status.lastSync {
        let minutes = max(0, Int(Date().timeIntervalSince(last) / 60))
        let ago = minutes < 1 ? LocalizedText("à l’instant", "just now")(language)
          : minutes < 120 ? LocalizedText("il y a \(minutes) min", "\(minutes) min ago")(language)
          : LocalizedText("il y a \(minutes / 60) h", "\(minutes / 60) h ago")(language)
        lines.append(LocalizedText("Dernière synchronisation : ", "Last sync: ")(language) + ago)
      } else {
        lines.append(LocalizedText("Dernière synchronisation : jamais", "Last sync: never")(language))
      }
      if status.unsentEvents + status.unsentFiles == 0 && status.ahead == 0 {
        lines.append(LocalizedText("Rien à envoyer.", "Nothing to send.")(language))
      } else {
        var unsent: [String] = []
        if status.unsentEvents > 0 { unsent.append(LocalizedText.counting(status.unsentEvents, french: ("événement", "événements"), english: ("event", "events"))(language)) }
        if status.unsentFiles > 0 { unsent.append(LocalizedText.counting(status.unsentFiles, french: ("autre fichier", "autres fichiers"), english: ("other file", "other files"))(language)) }
        if unsent.isEmpty { unsent.append(LocalizedText.counting(status.ahead, french: ("commit", "commits"), english: ("commit", "commits"))(language)) }
        lines.append(LocalizedText("Pas encore envoyé : ", "Not sent yet: ")(language) + unsent.joined(separator: ", "))
      }
      lines.append(LocalizedText("En avance : \(status.ahead) commit(s) · en retard : \(status.behind) (au dernier contact avec le dépôt)",
                     "Ahead: \(status.ahead) commit(s) · behind: \(status.behind) (as of the last contact with the remote)")(language))
      if !status.conflicts.isEmpty {
        lines.append(LocalizedText("En conflit : ", "In conflict: ")(language) + status.conflicts.joined(separator: ", ")
          + LocalizedText(" — ardoise sync --resolve ours|theirs FICHIER", " — ardoise sync --resolve ours|theirs FILE")(language))
      }
      return lines.joined(separator: "\n")
    }
  }
}
