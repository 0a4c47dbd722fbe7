import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise close ID --resolution R`.
  struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Clore un dossier avec son issue.", "Close a case with a resolution.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Option(help: .localized(LocalizedText("L’issue du dossier.", "How the case ends."), valueName: ValueName.resolution)) var resolution: Resolution
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une note.", "A note."))) var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let incident = try context.perform(.close(resolution, note: note), on: caseID)
      Console.print(incident.statusLabel(context.language))
    }
  }
}
