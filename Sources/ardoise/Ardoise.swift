import ArdoiseCore
import ArgumentParser
import Foundation

/// `ardoise`: with no arguments, the terminal UI; otherwise one of the commands.
@main
struct Ardoise: ParsableCommand {
  /// The version `ardoise --version` prints, with the data formats it reads and writes.
  static let releaseVersion = "0.5.0"

  static let configuration = CommandConfiguration(
    commandName: "ardoise",
    abstract: LocalizedText("Recouvrer l’addition d’un client parti sans payer (grivèlerie).", "Recover the bill of a customer who left without paying (grivèlerie, dine-and-dash).").inCommandLanguage,
    discussion: LocalizedText("""
      Sans commande, ouvre l’interface plein écran : la liste des dossiers et la liste guidée des étapes de \
      recouvrement.
      Les données sont dans des fichiers texte : --data-dir, sinon ARDOISE_DATA_DIR, sinon \
      $XDG_DATA_HOME/ardoise, sinon ~/.local/share/ardoise.
      """, """
      With no command, opens the terminal UI: the case list and the guided recovery checklist.
      Data lives in plain files: --data-dir, else ARDOISE_DATA_DIR, else $XDG_DATA_HOME/ardoise, else ~/.local/share/ardoise.
      """).inCommandLanguage,
    version: "ardoise \(Ardoise.releaseVersion) (data: \(DataDirectory.formatLine), log lines v\(Event.formatVersion))",
    subcommands: [
      New.self, List.self, Show.self, Step.self, Pay.self, Contact.self, Note.self, Close.self, Reopen.self,
      Demo.self, Check.self, Doc.self, Send.self, Export.self, ConfigCommand.self, Identify.self, Purge.self, Stats.self, AgendaCommand.self, EvidenceCommand.self, Amend.self, ThemesCommand.self, Legal.self, Sync.self, Group.self, CourtOrder.self,
      Print.self, Plan.self, Measure.self,
    ]
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: .localized(LocalizedText("Thème de couleurs : un nom (voir `ardoise themes`) ou le chemin d’un fichier de thème.", "Colour theme: a name (see `ardoise themes`) or a path to a theme file."), valueName: ValueName.theme))
  var theme: String?

  @Flag(help: .localized(LocalizedText("Afficher sans couleurs (comme NO_COLOR).", "Draw without colours (as NO_COLOR does).")))
  var noColor = false

  /// `--group`: the screen over every site of the group (shared with `list`, `stats`, `agenda`).
  @OptionGroup var groupOption: GroupOption

  /// Parses the command line and runs the command. A usage error is one line on stderr
  /// (`ardoise: missing value for --amount <amount> (see --help)`), with what was typed written
  /// escaped, instead of the parser's message, usage and help on several lines; help and
  /// `--version` print as usual. Both follow the command line's language (``CommandLanguage``).
  static func main() {
    do {
      let arguments = Array(CommandLine.arguments.dropFirst())
      var command = try parseAsRoot(arguments)
      try GroupOption.validate(arguments, command: command)
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let language = CommandLanguage.current
      // An `ExitCode` was already reported by the command.
      if error is ExitCode { exit(withError: error) }
      // Help and version requests exit cleanly, help in the command line's language.
      if code == .success {
        Swift.print(UsageMessage.help(message(for: error), language: language))
        Foundation.exit(code.rawValue)
      }
      let parsed = message(for: error)
      guard !parsed.isEmpty else { Foundation.exit(code.rawValue) }
      var text = UsageMessage.error(parsed, language: language)
      // A negative number is read as an option (`pay ID -5`): say how to pass it as a value.
      if let number = CommandLine.arguments.dropFirst().first(where: { $0.count > 1 && $0.hasPrefix("-") && $0.dropFirst().first?.isNumber == true }) {
        text += UsageMessage.negativeNumberHint(number, language: language)
      }
      Console.warn(text + UsageMessage.seeHelp(language))
      Foundation.exit(code.rawValue)
    }
  }

  func run() throws {
    try TerminalSession(global: global, themeArgument: theme, noColor: noColor, showsGroup: groupOption.group).run()
  }
}
