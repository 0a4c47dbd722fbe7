import ArdoiseCore
import ArgumentParser
import Foundation

extension Ardoise {
  /// `ardoise demo`: fills an empty data directory with realistic cases.
  struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Remplir un dossier de données vide avec une trentaine de cas réalistes sur plusieurs mois.", "Fill an empty data directory with about 30 realistic cases over several months.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Flag(help: .localized(LocalizedText("Ajouter les cas de démonstration même si le dossier de données contient déjà des dossiers.", "Add the demo cases even if the directory already holds cases."))) var force = false
    @Option(help: .localized(LocalizedText("Nombre de dossiers.", "Number of cases."), valueName: ValueName.count)) var count: Int = 30

    func validate() throws {
      guard (1...20_000).contains(count) else { throw ValidationError(LocalizedText("--count doit être entre 1 et 20000", "--count must be between 1 and 20000")) }
    }

    func run() throws {
      let context = try CommandContext(global)
      guard context.directory.isEmpty || force else {
        throw Console.reportFailure(LocalizedText("\(context.directory.path) contient déjà des dossiers ; ajoutez --force pour y mettre quand même la démo",
                                "\(context.directory.path) already holds cases; add --force to add the demo anyway")(context.language))
      }
      try context.prepareDataDirectory()
      let generator = DemoGenerator(store: context.store, playbook: context.playbook, language: context.language)
      do {
        let progress = Progress(language: context.language)
        let made = try generator.generate(count: count, endingAt: context.store.now(), progress: progress.handler)
        progress.finish()
        Console.print(LocalizedText("\(made) dossiers de démonstration créés dans \(context.directory.path)",
                        "\(made) demo cases created in \(context.directory.path)")(context.language))
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(context.language))
      }
    }
  }
}
