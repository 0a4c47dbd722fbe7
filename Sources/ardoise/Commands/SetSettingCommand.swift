import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise config set KEY VALUE`.
  struct SetSetting: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: LocalizedText("Vérifier et enregistrer un réglage.", "Check and save one setting.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("La clé, p. ex. restaurant.legal_name (voir `ardoise config`).", "The key, e.g. restaurant.legal_name (see `ardoise config`)."), valueName: ValueName.key)) var key: String
    @Argument(help: .localized(LocalizedText("La valeur.", "The value."), valueName: ValueName.value)) var value: String

    func run() throws {
      try SettingsFile.change(key, to: value, global: global)
    }
  }
}
