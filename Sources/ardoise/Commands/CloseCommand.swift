import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise close ID --resolution R`.
  struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Close a case with a resolution.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "recovered, partly-recovered, honest-mistake, written-off or police-or-court.") var resolution: String
    @Option(parsing: .unconditional, help: "A note.") var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let chosen = try context.choice(resolution, Resolution.self, option: "--resolution")
      let incident = try context.perform(.close(chosen, note: note), on: caseID)
      Console.print(incident.statusLabel(context.language))
    }
  }
}
