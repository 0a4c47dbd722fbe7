import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise note ID TEXT`.
  struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Ajouter une note à l’historique d’un dossier.", "Add a note to a case's timeline.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Argument(help: .localized(LocalizedText("La note.", "The note."), valueName: ValueName.text)) var text: String

    func run() throws {
      let context = try CommandContext(global)
      try context.perform(.addNote(text), on: try context.resolve(id))
    }
  }
}
