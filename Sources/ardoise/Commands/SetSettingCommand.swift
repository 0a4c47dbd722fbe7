import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise config set KEY VALUE`.
  struct SetSetting: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Check and save one setting.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The key, e.g. restaurant.legal_name (see `ardoise config`).") var key: String
    @Argument(help: "The value.") var value: String

    func run() throws {
      try SettingsFile.change(key, to: value, global: global)
    }
  }
}
