import ArdoiseCore
import ArgumentParser

/// `--group`: every site of the group (`ardoise group`). One type shared by the root command (the
/// screen) and `list`, `stats` and `agenda`: the parser reads the root's options from the whole
/// command line, and hands what it read to a command's option group of the same type, so
/// `ardoise list --group` reaches `list` as `ardoise --group` reaches the screen.
struct GroupOption: ParsableArguments {
  @Flag(help: .localized(LocalizedText("Tous les sites du groupe (voir `ardoise group`) : sans commande, l’écran sur tous les sites ; avec list, stats et agenda, une colonne du site et des chiffres par site.",
                                       "Every site of the group (see `ardoise group`): with no command, the screen over every site; with list, stats and agenda, a site column and figures per site.")))
  var group = false

  /// Refuses `--group` given to a command that does not take it (the root would take it silently).
  static func validate(_ arguments: [String], command: ParsableCommand) throws {
    let options = arguments.prefix { $0 != "--" }
    let takesIt = command is Ardoise || command is Ardoise.List || command is Ardoise.Stats || command is Ardoise.AgendaCommand
    guard options.contains("--group"), !takesIt else { return }
    throw ValidationError(LocalizedText("--group va avec list, stats, agenda, ou sans commande (l’écran)",
                                        "--group goes with list, stats, agenda, or no command (the screen)").inCommandLanguage)
  }
}
