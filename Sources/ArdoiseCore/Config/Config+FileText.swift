extension Config {
  /// What to write to `config.toml` for these settings over `existing` (the file as it is on
  /// disk; nil when there is none): the existing text with only the lines of the keys whose value
  /// changed rewritten, a key now unset taken out, a new key added at the end of its table (the
  /// table added at the end of the file when it has none). Comments, blank lines and the order of
  /// keys stay as they were.
  ///
  /// The whole file as ``tomlText`` writes it when there is none, or when the text could not be
  /// changed in place so that it reads back as exactly these settings (a shape the edit does not
  /// follow, a broken entry elsewhere).
  public func fileText(over existing: String?) -> String {
    let whole = tomlText
    guard let existing else { return whole }
    let onDisk = Config.parse(existing, file: "config.toml").config
    var bytes = Array(existing.utf8)
    for (key, _) in Config.keys where onDisk.storedValue(for: key) != storedValue(for: key) {
      var line: String? = nil
      if let value = storedValue(for: key) {
        // A number as the whole file writes it (bare); text always as a basic string.
        guard let written = Self.valueText(of: key, in: whole) else { return whole }
        line = written.hasPrefix("\"") || written.hasPrefix("'") ? TOMLValue.quoted(value) : written
      }
      guard let edited = Self.setting(key, to: line, in: bytes) else { return whole }
      bytes = edited
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let reread = Config.parse(text, file: "config.toml")
    guard reread.errors.isEmpty, reread.config == self else { return whole }
    return text
  }

  /// The value as ``tomlText`` spells it (`"Le Petit Zinc"`, `8`): whether a key is written as
  /// a number has one answer.
  static func valueText(of key: String, in whole: String) -> String? {
    let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return nil }
    var section = ""
    for line in whole.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("[") {
        section = String(line.dropFirst().dropLast())
      } else if section == parts[0], line.hasPrefix(parts[1] + " = ") {
        return String(line.dropFirst(parts[1].count + 3))
      }
    }
    return nil
  }

  /// `bytes` with `key`'s value replaced by `value` (TOML text), its entry taken out when `value`
  /// is nil, or the entry added; nil when the text's shape is not understood.
  static func setting(_ key: String, to value: String?, in bytes: [UInt8]) -> [UInt8]? {
    guard let scanner = TOMLEntryScanner(bytes) else { return nil }
    let path = key.split(separator: ".", maxSplits: 1).map(String.init)
    guard path.count == 2 else { return nil }
    let matching = scanner.entries.filter { $0.path == path }
    var edited = bytes
    if let entry = matching.first {
      // Two entries for one key is a broken file: not the writer's to choose between them.
      guard matching.count == 1 else { return nil }
      if let value {
        edited.replaceSubrange(entry.value, with: Array(value.utf8))
      } else {
        edited.removeSubrange(entry.lines)
      }
      return edited
    }
    guard let value else { return bytes }
    let line = Array((path[1] + " = " + value + "\n").utf8)
    let table = [path[0]]
    if let header = scanner.headers.last(where: { $0.path == table && !$0.isArray }) {
      // After the table's last entry, so a comment that heads the next table stays with it.
      let after = scanner.entries.filter { $0.table == table && $0.lines.lowerBound >= header.lines.lowerBound }
        .map(\.lines.upperBound).max() ?? header.lines.upperBound
      edited.insert(contentsOf: (after > 0 && edited[after - 1] != UInt8(ascii: "\n") ? [UInt8(ascii: "\n")] : []) + line, at: after)
      return edited
    }
    if !edited.isEmpty {
      if edited.last != UInt8(ascii: "\n") { edited.append(UInt8(ascii: "\n")) }
      edited.append(UInt8(ascii: "\n"))
    }
    edited += Array(("[" + path[0] + "]\n").utf8) + line
    return edited
  }
}
