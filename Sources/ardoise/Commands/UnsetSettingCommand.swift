import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise config unset KEY`.
  struct UnsetSetting: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: LocalizedText("Retirer un réglage (retour à sa valeur par défaut).", "Remove one setting (back to its default).").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("La clé.", "The key."), valueName: ValueName.key)) var key: String

    func run() throws {
      try SettingsFile.change(key, to: "", global: global)
    }
  }
}
