import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise evidence ID --kind K --location WHERE`.
  struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "evidence",
      abstract: LocalizedText("Enregistrer une preuve et l’endroit où elle est conservée (jamais le fichier lui-même).", "Record a piece of evidence and where it is kept (never the file itself).").inCommandLanguage,
      discussion: LocalizedText("Les images de vidéosurveillance se gardent un mois au plus : exportez l’extrait tôt et indiquez où il se trouve.", "CCTV recordings may be kept one month at most: export the clip early and say where it is.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Option(help: .localized(LocalizedText("Le type de preuve.", "The kind of evidence."), valueName: ValueName.kind)) var kind: EvidenceKind
    @Option(help: .localized(LocalizedText("Où elle est conservée ou qui la détient, p. ex. « clé USB dans le coffre du bureau ».", "Where it is kept or who holds it, e.g. \"USB key in the office safe\"."), valueName: ValueName.location)) var location: String
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une note.", "A note."))) var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      try context.perform(.addEvidence(Evidence(kind: kind, location: location, note: note.clean)), on: caseID)
    }
  }
}
