/// Where the restaurant is, which decides the law ardoise applies: its rules, deadlines, rates,
/// courts, forms and letters. The interface language only translates; it never picks the law.
public enum Jurisdiction: Sendable, Hashable {
  /// France (`fr`), the default.
  case france
  /// England and Wales (`gb-eng`).
  case englandAndWales
  /// A value ardoise does not know (e.g. typed by hand into `config.toml`): ardoise then gives
  /// neutral guidance with no legal citation, never another country's law.
  case unsupported(String)

  /// The jurisdictions ardoise knows the law of.
  public static let supported: [Jurisdiction] = [.france, .englandAndWales]

  /// `fr`, `gb-eng`, or the unknown value as written.
  public var code: String {
    switch self {
    case .france: "fr"
    case .englandAndWales: "gb-eng"
    case .unsupported(let raw): raw
    }
  }

  /// Parses `fr` or `gb-eng` (any case); nil for anything else.
  public init?(code: String) {
    switch code.trimmingSpaces.lowercased() {
    case "fr": self = .france
    case "gb-eng": self = .englandAndWales
    default: return nil
    }
  }

  /// Whether ardoise knows this jurisdiction's law.
  public var isSupported: Bool {
    if case .unsupported = self { false } else { true }
  }

  /// The jurisdiction's name as a person reads it.
  public var name: LocalizedText {
    switch self {
    case .france: LocalizedText("France", "France")
    case .englandAndWales: LocalizedText("Angleterre et pays de Galles", "England and Wales")
    case .unsupported(let raw): LocalizedText("« \(raw) » (inconnue d’ardoise)", "“\(raw)” (unknown to ardoise)")
    }
  }

  /// The line shown wherever the law would be cited, when ardoise does not know it.
  public var unsupportedNotice: LocalizedText? {
    guard case .unsupported(let raw) = self else { return nil }
    return LocalizedText("ardoise ne connaît pas le droit de la juridiction « \(raw) » : ces indications sont neutres et ne citent aucune règle. Faites vérifier chaque démarche par un juriste du pays (ardoise config set restaurant.jurisdiction fr ou gb-eng).",
             "ardoise does not know the law of the jurisdiction “\(raw)”: this guidance is neutral and cites no legal rule. Have each step checked by a local lawyer (ardoise config set restaurant.jurisdiction fr or gb-eng).")
  }
}
