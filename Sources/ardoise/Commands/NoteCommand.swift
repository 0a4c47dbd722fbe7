import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise note ID TEXT`.
  struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a note to a case's timeline.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Argument(help: "The note.") var text: String

    func run() throws {
      let context = try CommandContext(global)
      try context.perform(.addNote(text), on: try context.resolve(id))
    }
  }
}
