import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise evidence ID --kind K --location WHERE`.
  struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "evidence",
      abstract: "Record a piece of evidence and where it is kept (never the file itself).",
      discussion: "CCTV recordings may be kept one month at most: export the clip early and say where it is.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "bill, cctv, witness, reservation, declined-card, item-left, licence-plate, letter, receipt or other.") var kind: String
    @Option(help: "Where it is kept or who holds it, e.g. \"USB key in the office safe\".") var location: String
    @Option(parsing: .unconditional, help: "A note.") var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let evidenceKind = try context.choice(kind, EvidenceKind.self, option: "--kind")
      try context.perform(.addEvidence(Evidence(kind: evidenceKind, location: location, note: note.clean)), on: caseID)
    }
  }
}
