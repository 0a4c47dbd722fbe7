import ArdoiseCore
import ArdoiseUI
import ArgumentParser
import Foundation

/// `ardoise themes`: lists the themes ardoise can find, or checks one theme file.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: LocalizedText("Lister les thèmes de couleurs, ou vérifier un fichier de thème.", "List the colour themes, or check a theme file.").inCommandLanguage,
    discussion: LocalizedText("""
      Les thèmes sont cherchés dans $XDG_CONFIG_HOME/ardoise/themes (ou ~/.config/ardoise/themes), \
      $ARDOISE_THEMES_DIR, <prefix>/share/ardoise/themes, le dossier Themes/ du dépôt, puis les thèmes intégrés \
      default et monochrome, dans cet ordre.
      """, """
      Themes are looked up in $XDG_CONFIG_HOME/ardoise/themes (or ~/.config/ardoise/themes), \
      $ARDOISE_THEMES_DIR, <prefix>/share/ardoise/themes, the repository's Themes/ folder, \
      and the built-in default and monochrome themes, in that order.
      """).inCommandLanguage
  )

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: .localized(LocalizedText("Vérifier un fichier de thème : affiche ok, ou FICHIER:LIGNE: raison.", "Check one theme file: print ok, or FILE:LINE: reason."), valueName: ValueName.file))
  var check: String?

  func run() throws {
    // The same rule as every command: --lang, else ardoise.language in config.toml, else the locale.
    let language = CommandLanguage.current
    let catalog = ThemeCatalog()
    if let path = check {
      switch catalog.readTheme(atPath: path) {
      case .success(let theme):
        Console.print("ok")
        for shortfall in theme.contrastShortfalls() {
          let message = path + LocalizedText(" : attention : contraste faible : ", ": warning: low contrast: ")(language) + "\(shortfall)"
          FileHandle.standardError.write(Data((message.escaped + "\n").utf8))
        }
      case .failure(let error):
        FileHandle.standardError.write(Data((error.message(language).escaped + "\n").utf8))
        throw ExitCode.failure
      }
      return
    }
    let entries = catalog.list()
    let nameWidth = entries.map(\.name.count).max() ?? 0
    for entry in entries {
      let name = entry.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      let about = entry.error.map { LocalizedText("INUTILISABLE : ", "BROKEN: ")(language) + $0(language) } ?? entry.description(language)
      Console.print("\(name)  \(about.inert)  [\(entry.source.label(language))]")
    }
  }
}
