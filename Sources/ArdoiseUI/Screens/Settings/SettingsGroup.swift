import ArdoiseCore

/// How the settings screen groups the keys `ardoise config` knows. A key no group names (added
/// to ``Config/keys`` later) shows under ``other``, so every key is on the screen.
public enum SettingsGroup: Sendable, CaseIterable {
  case identity, lawAndLanguage, recovery, privacy, mailAndPrint, figures, theme, other

  public var title: LocalizedText {
    switch self {
    case .identity: LocalizedText("Identité du restaurant", "Restaurant identity")
    case .lawAndLanguage: LocalizedText("Droit applicable et langue", "Jurisdiction and language")
    case .recovery: LocalizedText("Recouvrement", "Recovery")
    case .privacy: LocalizedText("Données personnelles", "Privacy")
    case .mailAndPrint: LocalizedText("E-mail et impression", "Mail and print")
    case .figures: LocalizedText("Chiffres", "Figures")
    case .theme: LocalizedText("Thème", "Theme")
    case .other: LocalizedText("Autres", "Other")
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
