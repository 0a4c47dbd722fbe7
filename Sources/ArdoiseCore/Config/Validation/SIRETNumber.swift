/// A French establishment number (SIRET): 14 digits, the first nine the company's SIREN, with a
/// Luhn checksum over all fourteen. La Poste's establishments (SIREN 356 000 000) are numbered
/// outside that rule: their digits add up to a multiple of 5 instead (its head office,
/// 356 000 000 00048, passes Luhn; both are accepted for La Poste).
public enum SIRETNumber {
  /// La Poste's SIREN, whose establishments follow the sum-mod-5 rule.
  static let laPosteSIREN = "356000000"

  /// Why `text` is not a valid SIRET (spaces and dots allowed between digits), nil when it is.
  public static func problem(_ text: String) -> LocalizedText? {
    let digits = text.filter { $0 != " " && $0 != "." && $0 != "\u{00A0}" && $0 != "\u{202F}" }
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return LocalizedText("un SIRET ne contient que des chiffres", "a SIRET holds digits only")
    }
    guard digits.count == 14 else {
      return LocalizedText("un SIRET a 14 chiffres (\(digits.count) saisis)", "a SIRET has 14 digits (\(digits.count) typed)")
    }
    let values = digits.compactMap(\.wholeNumberValue)
    if digits.hasPrefix(laPosteSIREN), values.reduce(0, +) % 5 == 0 { return nil }
    return LuhnChecksum.isValid(values) ? nil : LocalizedText("SIRET invalide : la clé de contrôle ne correspond pas (faute de frappe ?)",
                                                   "invalid SIRET: the check digit does not match (a typo?)")
  }
}
