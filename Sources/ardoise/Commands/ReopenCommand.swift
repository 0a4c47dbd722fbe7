import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise reopen ID`.
  struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Rouvrir un dossier clos.", "Reopen a closed case.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une note : pourquoi il est rouvert.", "A note: why it is reopened."))) var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let incident = try context.perform(.reopen(note: note), on: try context.resolve(id))
      Console.print(incident.statusLabel(context.language))
    }
  }
}
