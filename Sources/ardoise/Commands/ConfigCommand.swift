import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise config`: show, set and unset the restaurant's settings.
  struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "config",
      abstract: "Show the settings, or change one (config set KEY VALUE, config unset KEY).",
      subcommands: [ShowSettings.self, SetSetting.self, UnsetSetting.self],
      defaultSubcommand: ShowSettings.self)
  }

  /// `ardoise config [show]`: every key, its value or "(unset)", and what it is for.
  struct ShowSettings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "List every key with its value and description.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let context = try CommandContext(global)
      let unset = L("(non défini)", "(unset)")(context.language)
      let rows = Config.keys.map { entry in
        [entry.key, context.config.value(for: entry.key) ?? unset, entry.help(context.language)]
      }
      Console.print(Output.table(rows))
    }
  }

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

/// Changing `config.toml` safely: the whole file is checked first, and written only if the change is valid.
enum SettingsFile {
  static func change(_ key: String, to value: String, global: GlobalOptions) throws {
    let context = try CommandContext(global)
    let language = context.language
    let (loaded, errors) = Config.load(from: context.directory)
    // Saving would drop the bad entries: refuse while another line of the file is wrong.
    let others = errors.filter { $0.key != key }
    if let first = others.first {
      throw Console.failure(L("corrigez d’abord config.toml : ", "fix config.toml first: ")(language) + first.message(language))
    }
    var config = loaded
    do {
      if value.isEmpty, key == "ardoise.currency" || key == "privacy.purge_paid_after_days" {
        try config.set(key, to: Config().value(for: key) ?? "")
      } else {
        try config.set(key, to: value)
      }
      try context.prepareDataDirectory()
      try config.save(to: context.directory)
    } catch let error as ConfigError {
      throw Console.failure(error.message(language))
    } catch let error as StoreError {
      throw Console.failure(error.message(language))
    }
  }
}
