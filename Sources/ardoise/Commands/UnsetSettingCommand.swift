import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise config unset KEY`.
  struct UnsetSetting: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: "Remove one setting (back to its default).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The key.") var key: String

    func run() throws {
      try SettingsFile.change(key, to: "", global: global)
    }
  }
}
