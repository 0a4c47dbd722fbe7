import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise config`: show, set and unset the restaurant's settings.
  struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "config",
      abstract: LocalizedText("Afficher les réglages, ou en changer un (config set CLÉ VALEUR, config unset CLÉ).", "Show the settings, or change one (config set KEY VALUE, config unset KEY).").inCommandLanguage,
      subcommands: [ShowSettings.self, SetSetting.self, UnsetSetting.self],
      defaultSubcommand: ShowSettings.self)
  }
}
