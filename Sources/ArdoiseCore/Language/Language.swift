import Foundation

/// A language ardoise speaks: every word shown to a user comes in both.
public enum Language: String, Sendable, CaseIterable, Codable {
  case french = "fr"
  case english = "en"

  /// The language a locale environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`;
  /// a value starting with `fr` means French, anything else English.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("fr") ? .french : .english
    }
    return .english
  }

  /// Parses `fr`, `en`, `french`, `english`, `français`; nil for anything else.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "fr", "french", "français", "francais": self = .french
    case "en", "english", "anglais": self = .english
    default: return nil
    }
  }
}

/// A text in French and English.
public struct LocalizedText: Sendable, Equatable, Hashable {
  public var french: String
  public var english: String

  public init(french: String, english: String) {
    self.french = french
    self.english = english
  }

  /// The text in `language`; French with its typography (``Swift/String/frenchTypography``): this is
  /// the one point where every French text of the screen and the command line gets its no-break spaces.
  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .french: french.frenchTypography
    case .english: english
    }
  }

  /// The text in `language`.
  public subscript(language: Language) -> String { self(language) }
}

extension LocalizedText {
  /// Joins two texts language by language.
  public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
    LocalizedText(french: lhs.french + rhs.french, english: lhs.english + rhs.english)
  }
}

extension LocalizedText {
  /// A bilingual literal, French first: `LocalizedText("Payé", "Paid")`.
  @inlinable
  public init(_ french: String, _ english: String) {
    self.init(french: french, english: english)
  }
}
