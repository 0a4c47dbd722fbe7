import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise note ID TEXT`.
  struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: L("Ajouter une note à l’historique d’un dossier.", "Add a note to a case's timeline.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(L("Identifiant du dossier.", "Case id."))) var id: String
    @Argument(help: .localized(L("La note.", "The note."))) var text: String

    func run() throws {
      let context = try CommandContext(global)
      try context.perform(.addNote(text), on: try context.resolve(id))
    }
  }
}
