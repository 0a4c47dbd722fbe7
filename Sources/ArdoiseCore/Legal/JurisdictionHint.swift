import Foundation

/// A sign of where the restaurant is, read from its address, its currency or the system locale.
///
/// A hint only ever suggests: ardoise shows it in a notice and never switches
/// `restaurant.jurisdiction` by itself (``Config/jurisdictionNotice(environment:)``). The patterns
/// are hand-written rather than taken from an address library: ardoise needs only two countries'
/// postcode shapes and a few country names, and a library would add a dependency for that.
public struct JurisdictionHint: Sendable, Equatable {
  /// Where the hint was read.
  public enum Source: Sendable, Equatable {
    /// `restaurant.address` and `restaurant.city`.
    case address
    /// `ardoise.currency`.
    case currency
    /// The system locale's region (`LC_ALL`, else `LANG`): not a setting of ardoise.
    case locale
  }

  public var source: Source
  /// The jurisdiction the hint points to.
  public var suggests: Jurisdiction
  /// What was read, as written: `69001 Lyon`, `SW1A 1AA`, `GBP`, `LANG=en_GB.UTF-8`.
  public var evidence: String

  public init(_ source: Source, suggests: Jurisdiction, evidence: String) {
    self.source = source
    self.suggests = suggests
    self.evidence = evidence
  }

  /// How a sentence names the hint: « l’adresse (69001 Lyon) », “the system locale (LANG=en_GB.UTF-8)”.
  public var description: LocalizedText {
    switch source {
    case .address: LocalizedText("l’adresse (\(evidence))", "the address (\(evidence))")
    case .currency: LocalizedText("la devise (\(evidence))", "the currency (\(evidence))")
    case .locale: LocalizedText("la langue du système (\(evidence))", "the system locale (\(evidence))")
    }
  }

  /// Every hint the settings and the environment give, address first, then currency, then locale.
  /// The currency counts only when it was set: the euro by default says nothing of the place.
  public static func hints(config: Config, environment: [String: String]) -> [JurisdictionHint] {
    let place = [config.address, config.city].compactMap { $0 }.joined(separator: ", ")
    let chosenCurrency = config.currencyIsSet ? currency(config.currency) : nil
    return address(place) + [chosenCurrency, locale(environment)].compactMap { $0 }
  }

  /// The hints an address gives: a French postcode (five digits then the town: `69001 Lyon`) or
  /// « France »; a UK postcode (`SW1A 1AA`, `M1 1AE`) or a name of the UK, England or Wales, in
  /// English or French. One hint per jurisdiction, with the first sign found for it.
  public static func address(_ text: String) -> [JurisdictionHint] {
    guard !text.isEmpty else { return [] }
    var found: [JurisdictionHint] = []
    func add(_ jurisdiction: Jurisdiction, _ evidence: String?) {
      guard let evidence, !found.contains(where: { $0.suggests == jurisdiction }) else { return }
      found.append(JurisdictionHint(.address, suggests: jurisdiction, evidence: evidence))
    }
    // The departments run from 01 to 98 (97 and 98 overseas); 00 is no French postcode, and the
    // town after it keeps a US ZIP code (“NY 10001”) out.
    add(.france, firstMatch(#"(?<![\p{L}\p{N}])(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}\s+\p{L}[\p{L}\p{Zs}'’-]*"#, in: text)
      ?? firstMatch(#"(?<![\p{L}])France(?![\p{L}])"#, in: text))
    // Outward code (area letters, district digit, optional letter or digit), space, inward code.
    add(.englandAndWales, firstMatch(#"(?<![\p{L}\p{N}])[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}(?![\p{L}\p{N}])"#, in: text, caseInsensitive: false)
      ?? firstMatch(#"(?<![\p{L}])(United Kingdom|Royaume-Uni|(?<!New )England|Angleterre|(?<!South )Wales|Pays de Galles|U\.?K\.?)(?![\p{L}])"#, in: text))
    return found
  }

  /// The hint a currency gives: the pound sterling points to England and Wales, the euro to
  /// France (of the jurisdictions ardoise knows); any other currency, none.
  public static func currency(_ currency: Currency) -> JurisdictionHint? {
    switch currency.code {
    case "GBP": JurisdictionHint(.currency, suggests: .englandAndWales, evidence: "GBP")
    case "EUR": JurisdictionHint(.currency, suggests: .france, evidence: "EUR")
    default: nil
    }
  }

  /// The hint the system locale's region gives (`LC_ALL` when set, else `LANG`): `fr_FR` points
  /// to France, `en_GB` to England and Wales; a locale with no region (`C.UTF-8`) or another
  /// region (`fr_BE`, `en_US`), none.
  public static func locale(_ environment: [String: String]) -> JurisdictionHint? {
    for name in ["LC_ALL", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      let base = value.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? value
      let parts = base.split(separator: "_")
      guard parts.count == 2 else { return nil }
      switch parts[1].uppercased() {
      case "FR": return JurisdictionHint(.locale, suggests: .france, evidence: "\(name)=\(value)")
      case "GB": return JurisdictionHint(.locale, suggests: .englandAndWales, evidence: "\(name)=\(value)")
      default: return nil
      }
    }
    return nil
  }

  private static func firstMatch(_ pattern: String, in text: String, caseInsensitive: Bool = true) -> String? {
    // The patterns are constants of this file: one that does not compile is a bug the tests show.
    guard let expression = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else { return nil }
    let range = NSRange(text.startIndex..., in: text)
    guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
    return text[found].trimmingCharacters(in: .whitespaces)
  }
}
