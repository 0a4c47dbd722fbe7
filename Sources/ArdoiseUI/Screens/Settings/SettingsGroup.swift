import ArdoiseCore

/// How the settings screen groups the keys `ardoise config` knows. A key no group names (added
/// to ``Config/keys`` later) shows under ``other``, so every key is on the screen.
public enum SettingsGroup: Sendable, CaseIterable {
  case identity, lawAndLanguage, recovery, privacy, mailAndPrint, figures, theme, other

  public var title: LocalizedText {
    switch self {
    case .identity: L("Identité du restaurant", "Restaurant identity")
    case .lawAndLanguage: L("Droit applicable et langue", "Jurisdiction and language")
    case .recovery: L("Recouvrement", "Recovery")
    case .privacy: L("Données personnelles", "Privacy")
    case .mailAndPrint: L("E-mail et impression", "Mail and print")
    case .figures: L("Chiffres", "Figures")
    case .theme: L("Thème", "Theme")
    case .other: L("Autres", "Other")
    }
  }

  /// The group of `key`.
  public static func of(_ key: String) -> SettingsGroup {
    switch key {
    case "restaurant.jurisdiction", "ardoise.language", "ardoise.currency": .lawAndLanguage
    case "ardoise.theme": .theme
    case "ardoise.user": .recovery
    default:
      switch key.split(separator: ".").first.map(String.init) ?? "" {
      case "restaurant": .identity
      case "recovery": .recovery
      case "privacy": .privacy
      case "mail", "print": .mailAndPrint
      case "stats": .figures
      default: .other
      }
    }
  }
}
