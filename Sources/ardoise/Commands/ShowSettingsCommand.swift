import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise config [show]`: every key, its value or "(unset)", and what it is for.
  struct ShowSettings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: LocalizedText("Lister chaque clé avec sa valeur et sa description.", "List every key with its value and description.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let context = try CommandContext(global)
      let unset = LocalizedText("(non défini)", "(unset)")(context.language)
      let rows = Config.keys.map { entry in
        [entry.key, context.config.value(for: entry.key) ?? unset, entry.help(context.language)]
      }
      Console.print(Output.table(rows))
    }
  }
}
