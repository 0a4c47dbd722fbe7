/// An IBAN (ISO 13616): a country code, two check digits and the account, valid when the number
/// read with the first four characters moved to the end (letters as 10–35) leaves 1 modulo 97.
public enum InternationalBankAccountNumber {
  /// Why `text` is not a valid IBAN (spaces allowed), nil when it is.
  public static func problem(_ text: String) -> LocalizedText? {
    let compact = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }.uppercased()
    guard compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
      return LocalizedText("un IBAN ne contient que des lettres et des chiffres", "an IBAN holds letters and digits only")
    }
    let characters = Array(compact)
    guard (15...34).contains(characters.count), characters[0].isLetter, characters[1].isLetter,
      characters[2].isNumber, characters[3].isNumber
    else {
      return LocalizedText("un IBAN commence par le code du pays et deux chiffres, p. ex. FR76…", "an IBAN starts with the country code and two digits, e.g. GB29…")
    }
    var remainder = 0
    for character in characters[4...] + characters[..<4] {
      // Letters count as two digits (A = 10 … Z = 35); the remainder is carried digit by digit.
      let value = character.wholeNumberValue ?? Int(character.asciiValue! - Character("A").asciiValue! + 10)
      remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97
    }
    return remainder == 1 ? nil : LocalizedText("IBAN invalide : la clé de contrôle ne correspond pas (faute de frappe ?)",
                                    "invalid IBAN: the check digits do not match (a typo?)")
  }
}
