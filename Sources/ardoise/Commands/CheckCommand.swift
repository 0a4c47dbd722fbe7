import ArdoiseCore
import ArdoiseUI
import ArgumentParser

extension Ardoise {
  /// `ardoise check`: reads every file and reports each problem with file and line.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Lire chaque fichier et signaler chaque problème avec son fichier et sa ligne.", "Read every file and report each problem with its file and line.").inCommandLanguage,
      discussion: LocalizedText("""
        Ne change rien, sauf qu’un journal de dossier sans aucune ligne complète (un `new` interrompu en pleine \
        écriture) est déplacé dans quarantine/, et le dit. Code de sortie 0 quand rien ne va mal (avertissements \
        permis), 1 dès qu’une erreur est signalée.
        """, """
        Changes nothing, except that a case log with no complete line (a `new` killed mid-write) is moved to \
        quarantine/, and says so. Exit status 0 when nothing is wrong (warnings allowed), 1 when any error is reported.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let options = global
      let environment = ProcessInfo.processInfo.environment
      let directory = DataDirectory.resolve(flag: options.dataDir, environment: environment)
      let (config, configErrors) = Config.load(from: directory)
      let language = config.language(flag: options.languageFlag, environment: environment)
      guard directory.isInitialized else {
        throw Console.reportFailure(LocalizedText("\(directory.path) n’est pas (encore) un dossier de données ardoise",
                                "\(directory.path) is not (yet) an ardoise data directory")(language))
      }
      let errorLabel = LocalizedText("erreur : ", "error: ")(language)
      var lines = configErrors.map { errorLabel + $0.message(language) }
      let playbook = Playbook.load(dataDirectory: URL(fileURLWithPath: directory.path))
      lines += playbook.errors.map { errorLabel + $0.message(language) }
      // A read-only pass: nothing is created, repaired or cleaned.
      let store: Store
      let progress = Progress(language: language)
      do {
        // Opened empty, then read with n of N on a terminal.
        store = try Store(directory: directory, actor: "check", preparing: false, usesSummaryCache: false, loading: .onDemand)
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(language))
      }
      store.loadProgress = progress.handler
      store.loadAll()
      store.loadProgress = nil
      progress.finish()
      // A `new` killed mid-write leaves a log with no complete line: moved to quarantine/ (and said).
      var repairFailure: [String] = []
      do { try store.repairInterruptedCreations() } catch let error as StoreError {
        repairFailure = [errorLabel + error.message(language)]
      }
      let problems = store.layoutProblems() + store.allProblems
      lines += repairFailure
      lines += problems.map {
        ($0.severity == .error ? errorLabel : LocalizedText("avertissement : ", "warning: ")(language)) + $0.formatted(language)
      }
      // The user's theme folders: a FIFO or a link there, or a theme that does not parse, is a
      // warning (the default theme is used instead); nothing there is opened but regular files.
      let themeProblems = ThemeCatalog(environment: environment).folderProblems()
      lines += themeProblems.map { LocalizedText("avertissement : ", "warning: ")(language) + $0.message(language) }
      let errorCount = problems.filter { $0.severity == .error }.count + configErrors.count + playbook.errors.count + repairFailure.count
      for line in lines { Console.print(line) }
      let warningCount = problems.count - problems.filter { $0.severity == .error }.count + themeProblems.count
      let counts = [LocalizedText.counting(store.count, french: ("dossier lu", "dossiers lus"), english: ("case read", "cases read")),
                    .counting(errorCount, french: ("erreur", "erreurs"), english: ("error", "errors")),
                    .counting(warningCount, french: ("avertissement", "avertissements"), english: ("warning", "warnings"))]
      Console.print(counts.map { $0(language) }.joined(separator: ", "))
      if errorCount > 0 { throw ExitCode(1) }
    }
  }
}

import Foundation
