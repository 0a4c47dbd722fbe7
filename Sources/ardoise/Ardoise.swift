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
      Demo.self, Check.self, Doc.self, Export.self, ConfigCommand.self, Identify.self, Purge.self, Stats.self, EvidenceCommand.self, Amend.self, ThemesCommand.self, Sync.self, Group.self,
    ]
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: "Colour theme: a name (see `ardoise themes`) or a path to a theme file.")
  var theme: String?

  @Flag(help: "Draw without colours (as NO_COLOR does).")
  var noColor = false

  func run() throws {
    try TerminalSession(global: global, themeArgument: theme, noColor: noColor).run()
  }
}
