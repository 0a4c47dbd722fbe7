/// French typography for texts ardoise writes in French.
///
/// The rule (one for the whole program): a narrow no-break space (U+202F) before `; : ! ?`, after
/// `«` and before `»`; a no-break space (U+00A0) between a number and its unit or currency
/// (`86,40 €`, `8 jours`, `15 %`) and inside abbreviations a line must not split (`C. trav.`,
/// `art. 1231-6`, `n° 12`). Both are one column wide, and the word wrapper never breaks at them.
///
/// It only ever turns an existing ordinary space into one of the two: it never adds nor removes a
/// character, so a time (`23:40`), an address (`https://…?a=b`), an IBAN or a command keeps every
/// character, and a text already set with the right spaces is left as it is. It is applied where
/// French texts are produced — ``LocalizedText``'s French side, the French document templates
/// (their own text, never the values filled in) — and never to an SMS, which keeps to the GSM
/// alphabet.
extension String {
  public var frenchTypography: String {
    guard mayNeedFrenchTypography else { return self }
    var characters = Array(self)
    for index in characters.indices where characters[index] == " " || characters[index] == "\u{A0}" {
      if let space = Self.frenchSpace(at: index, in: characters) { characters[index] = space }
    }
    return String(characters)
  }

  /// Whether the text holds a character one of the rules looks at: most texts are decided here.
  private var mayNeedFrenchTypography: Bool {
    var hasSpace = false
    var hasMark = false
    for byte in utf8 {
      switch byte {
      case 0x20, 0xA0: hasSpace = true  // 0xA0 ends U+00A0 (and a few letters: a false yes is harmless)
      case 0x3B, 0x3A, 0x21, 0x3F, 0x30...0x39, 0x2E, 0x25, 0xC2: hasMark = true  // 0xC2 starts «, », °
      default: break
      }
      if hasSpace && hasMark { return true }
    }
    return false
  }

  /// The space the rule wants at `index` (an ordinary or no-break space), or nil to leave it.
  private static func frenchSpace(at index: Int, in characters: [Character]) -> Character? {
    let after = index + 1 < characters.count ? characters[index + 1] : nil
    guard let after else { return nil }
    // A piece that starts with ` : ` or ` »` is written to follow a word (`titre + LocalizedText(" : faite")`),
    // one that starts with ` %` to follow a number (`String(42) + LocalizedText(" %", "%")`).
    guard index > 0 else {
      if ";:!?»".contains(after) { return "\u{202F}" }
      return Self.units.contains(Self.word(startingAt: 1, in: characters)) && "%‰".contains(after) ? "\u{A0}" : nil
    }
    let before = characters[index - 1]
    guard before != " ", before != "\n" else { return nil }
    if before == "«" { return "\u{202F}" }
    if after == "»" { return "\u{202F}" }
    if ";:!?".contains(after) { return "\u{202F}" }
    if before.isNumber || before == "°" {
      let word = Self.word(startingAt: index + 1, in: characters)
      if before == "°" {
        // `n° 12`
        return index >= 2 && characters[index - 2] == "n" && word.first?.isNumber == true ? "\u{A0}" : nil
      }
      return Self.units.contains(word) ? "\u{A0}" : nil
    }
    if before == "." {
      let previous = Self.word(endingBefore: index, in: characters)
      if previous == "art." || previous == "arts." {
        // `art. 1231-6`, `art. L3251-1`, `art. R125-1`
        let next = index + 2 < characters.count ? characters[index + 2] : nil
        if after.isNumber || (after.isUppercase && next?.isNumber == true) { return "\u{A0}" }
      }
      if previous == "C." && after.isLowercase { return "\u{A0}" }  // C. trav., C. com., C. civ.
      if previous == "trav." || previous == "com." || previous == "civ." || previous == "pén." || previous == "consom." {
        // `C. trav. L3251-1` or `C. com. art. L441-10`: the code and what follows stay together.
        return Self.word(endingBefore: index - previous.count - 1, in: characters) == "C." ? "\u{A0}" : nil
      }
    }
    return nil
  }

  /// The run of letters, digits and `.`/`%`/currency signs starting at `start`, without a final
  /// `,`, `.`, `)` or `;`.
  private static func word(startingAt start: Int, in characters: [Character]) -> String {
    var end = start
    while end < characters.count, !characters[end].isWhitespace, !",;:!?)»(".contains(characters[end]) { end += 1 }
    var word = String(characters[start..<end])
    while let last = word.last, ".*_".contains(last) { word.removeLast() }  // `**8 jours**`
    return word
  }

  /// The run of non-space characters ending just before `end`.
  private static func word(endingBefore end: Int, in characters: [Character]) -> String {
    var start = end
    while start > 0, characters[start - 1] != " ", characters[start - 1] != "\u{A0}", characters[start - 1] != "\n", characters[start - 1] != "(" { start -= 1 }
    return start < end && end <= characters.count ? String(characters[start..<end]) : ""
  }

  /// Units and currencies that follow a number.
  private static let units: Set<String> = [
    "€", "£", "$", "%", "‰", "EUR", "GBP", "euro", "euros", "centime", "centimes", "livre", "livres",
    "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années", "h", "min", "heure", "heures",
    "minute", "minutes", "seconde", "secondes", "s", "ms", "Kio", "Mio", "Gio", "octet", "octets", "Ko", "Mo",
    "couvert", "couverts", "caractère", "caractères", "mm", "cm", "km",
  ]
}
