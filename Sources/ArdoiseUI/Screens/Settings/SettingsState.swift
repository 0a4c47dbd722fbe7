import ArdoiseCore

/// The restaurant's settings screen: every key of ``Config/keys``, grouped, each with its
/// explanation; ⏎ edits the selected one, checked as typed, and saves `config.toml` atomically.
public struct SettingsState: Sendable, Equatable {
  /// The keys in screen order: by group, then in ``Config/keys`` order.
  public static var orderedKeys: [String] {
    SettingsGroup.allCases.flatMap { group in Config.keys.map(\.key).filter { SettingsGroup.of($0) == group } }
  }

  /// The selected key's index in ``orderedKeys``.
  public var selected = 0
  /// The value being typed, while editing.
  public var editing: TextInput?
  /// Why the value typed is refused.
  public var error: String?
  /// Keys a document said are missing, marked until set.
  public var highlighted: [String] = []
  /// The first line shown.
  public var scroll = 0

  public init(highlighting keys: [String] = []) {
    highlighted = keys
    if let first = keys.first, let index = Self.orderedKeys.firstIndex(of: first) { selected = index }
  }

  public var selectedKey: String { Self.orderedKeys[selected] }

  /// The restaurant's keys still unset, as a document that lacks them asks for them.
  public static func restaurantKeysToComplete(in config: Config) -> [String] {
    Config.keys.map(\.key).filter { SettingsGroup.of($0) == .identity && ($0 != "ardoise.user") && config.value(for: $0) == nil }
  }

  /// After a save: editing ends, and the key is no longer one to complete.
  mutating func didSave(_ key: String) {
    guard key == selectedKey else { return }
    editing = nil
    error = nil
    highlighted.removeAll { $0 == key }
  }
}
