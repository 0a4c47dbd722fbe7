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
    abstract: "Recover the bill of a customer who left without paying (grivèlerie, dine-and-dash).",
    discussion: """
      With no command, opens the terminal UI: the case list and the guided recovery checklist.
      Data lives in plain files: --data-dir, else ARDOISE_DATA_DIR, else $XDG_DATA_HOME/ardoise, else ~/.local/share/ardoise.
      """,
    version: "ardoise \(Ardoise.releaseVersion) (data: \(DataDirectory.formatLine), log lines v\(Event.formatVersion))",
    subcommands: [
      New.self, List.self, Show.self, Step.self, Pay.self, Contact.self, Note.self, Close.self, Reopen.self,
      Demo.self, Check.self, Doc.self, Send.self, Export.self, ConfigCommand.self, Identify.self, Purge.self, Stats.self, AgendaCommand.self, EvidenceCommand.self, Amend.self, ThemesCommand.self, Legal.self, Sync.self, Group.self, CourtOrder.self,
      Print.self, Plan.self,
    ]
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: "Colour theme: a name (see `ardoise themes`) or a path to a theme file.")
  var theme: String?

  @Flag(help: "Draw without colours (as NO_COLOR does).")
  var noColor = false

  /// Parses the command line and runs the command. A usage error is one line on stderr
  /// (`ardoise: Missing value for '--amount <amount>' (see --help)`), with what was typed written
  /// escaped, instead of the parser's message, usage and help on several lines; help and
  /// `--version` print as usual.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      // Help and version requests exit cleanly; an `ExitCode` was already reported by the command.
      if code == .success || error is ExitCode { exit(withError: error) }
      var text = message(for: error)
      // A negative number is read as an option (`pay ID -5`): say how to pass it as a value.
      if !text.isEmpty, let number = CommandLine.arguments.dropFirst().first(where: { $0.count > 1 && $0.hasPrefix("-") && $0.dropFirst().first?.isNumber == true }) {
        text += "; “\(number)” is read as an option: write -- before it"
      }
      if !text.isEmpty { Console.warn(text + " (see --help)") }
      Foundation.exit(code.rawValue)
    }
  }

  func run() throws {
    try TerminalSession(global: global, themeArgument: theme, noColor: noColor).run()
  }
}
