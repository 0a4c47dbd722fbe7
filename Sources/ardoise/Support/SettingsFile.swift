import ArdoiseCore

/// Changing `config.toml` safely: the whole file is checked first, and written only if the change is valid.
enum SettingsFile {
  static func change(_ key: String, to value: String, global: GlobalOptions) throws {
    let context = try CommandContext(global)
    let language = context.language
    let (loaded, errors) = Config.load(from: context.directory)
    // Saving would drop the bad entries: refuse while another line of the file is wrong.
    let others = errors.filter { $0.key != key }
    if let first = others.first {
      throw Console.reportFailure(LocalizedText("corrigez d’abord config.toml : ", "fix config.toml first: ")(language) + first.message(language))
    }
    var config = loaded
    // The settings screen's rules (a SIRET's checksum, an IBAN's, an email's shape, a URL's scheme).
    if !value.isEmpty, let problem = config.problem(setting: key, to: value) {
      throw Console.reportFailure(key + LocalizedText("\u{202F}: ", ": ")(language) + problem(language))
    }
    do {
      if value.isEmpty, key == "privacy.purge_paid_after_days" {
        try config.set(key, to: Config().value(for: key) ?? "")
      } else {
        try config.set(key, to: value)
      }
      try context.prepareDataDirectory()
      try config.save(to: context.directory)
    } catch let error as ConfigError {
      throw Console.reportFailure(error.message(language))
    } catch let error as StoreError {
      throw Console.reportFailure(error.message(language))
    }
  }
}
