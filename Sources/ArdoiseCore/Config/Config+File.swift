import Foundation

extension Config {
  /// Reads `config.toml` from `directory`. A missing file gives the defaults. Each bad entry is
  /// reported with its line and left at its default; the rest of the file still counts. A file
  /// that cannot be read (permissions, a folder, a FIFO, a symbolic link, over 1 MiB) is an error
  /// with its reason, never silently the defaults.
  public static func load(from directory: DataDirectory) -> (config: Config, errors: [ConfigError]) {
    let path = directory.configPath
    let file = "config.toml"
    let read: [UInt8]?
    do { read = try POSIXFile.readFile(path, limit: FileLimits.settings) } catch {
      return (Config(), [ConfigError(file: file, line: nil, key: nil,
                                     reason: Store.describe(error, file: file) + LocalizedText(" (réglages par défaut utilisés)", " (default settings used)"))])
    }
    guard let bytes = read else { return (Config(), []) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return (Config(), [ConfigError(file: file, line: nil, key: nil, reason: LocalizedText("pas en UTF-8", "not UTF-8"))])
    }
    return parse(text, file: file)
  }

  /// Parses the text of a config file.
  public static func parse(_ text: String, file: String) -> (config: Config, errors: [ConfigError]) {
    var config = Config()
    var errors: [ConfigError] = []
    let table: TOMLTable
    do {
      table = try TOMLDocument.parse(text)
    } catch {
      return (config, [ConfigError(file: file, line: error.line, key: nil, reason: LocalizedText("TOML invalide : ", "invalid TOML: ") + error.detail)])
    }
    let locator = TOMLKeyLocator(text: text)
    func line(of section: String, _ key: String?) -> Int? {
      locator.line(of: key.map { [section, $0] } ?? [section])
    }
    for (section, value) in table {
      guard let inner = value.table else {
        errors.append(ConfigError(file: file, line: line(of: section, nil), key: section,
                                  reason: LocalizedText("section attendue ([\(section)])", "a section was expected ([\(section)])")))
        continue
      }
      for (key, entry) in inner {
        let fullKey = section + "." + key
        let text: String
        if let string = entry.string { text = string }
        else if let number = entry.int { text = String(number) }
        else if let number = entry.double { text = String(number) }
        else {
          errors.append(ConfigError(file: file, line: line(of: section, key), key: fullKey,
                                    reason: LocalizedText("valeur texte ou nombre attendue", "a text or number value was expected")))
          continue
        }
        do {
          try config.set(fullKey, to: text)
        } catch var error as ConfigError {
          error.file = file
          error.line = line(of: section, key)
          errors.append(error)
        } catch {
          errors.append(ConfigError(file: file, line: line(of: section, key), key: fullKey, reason: LocalizedText("valeur invalide", "invalid value")))
        }
      }
    }
    return (config, errors)
  }

  /// The config as TOML text, sections in a fixed order, unset keys left out.
  public var tomlText: String {
    var output = "# ardoise settings — `ardoise config` lists the keys, `ardoise config set KEY VALUE` changes one.\n"
    var currentSection = ""
    for (key, _) in Config.keys {
      guard let value = storedValue(for: key) else { continue }
      let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
      if parts[0] != currentSection {
        output += "\n[\(parts[0])]\n"
        currentSection = parts[0]
      }
      let isNumber = key == "recovery.demand_days" || key == "privacy.purge_paid_after_days" || key == "stats.advice_min_cases"
      output += (isNumber ? "\(parts[1]) = " + value : tomlLine(parts[1], value)) + "\n"
    }
    return output
  }

  /// The value the file holds for `key`: ``value(for:)``, except that a jurisdiction or a
  /// currency left at its default is not written, so the file says whether it was chosen.
  func storedValue(for key: String) -> String? {
    if key == "restaurant.jurisdiction" && !jurisdictionIsSet { return nil }
    if key == "ardoise.currency" && !currencyIsSet { return nil }
    return value(for: key)
  }

  /// Writes the config through a temp file, fsync, rename and directory fsync, keeping the
  /// file's comments, blank lines and order of keys (``fileText(over:)``).
  public func save(to directory: DataDirectory) throws {
    let existing = try POSIXFile.readFile(directory.configPath, limit: FileLimits.settings)
    try POSIXFile.replace(directory.configPath, with: Array(fileText(over: existing.flatMap { String(validating: $0, as: UTF8.self) }).utf8))
  }

  /// `key = "value"` with TOML's own quoting.
  private func tomlLine(_ key: String, _ value: String) -> String {
    TOMLValue.line(key, value)
  }
}
