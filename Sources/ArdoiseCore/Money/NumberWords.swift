/// Whole numbers written out in words, for amounts « en toutes lettres » (art. 1376 C. civ.).
///
/// French follows the traditional spelling (the one before the 1990 reform, still the usual one
/// in legal documents): hyphens only between tens and units below one hundred (« vingt-deux »,
/// « quatre-vingt-dix-neuf »), « et » for 21, 31, 41, 51, 61 and 71 (« vingt et un », « soixante et
/// onze ») but not for 81 and 91; « vingt » and « cent » take an s when multiplied and last
/// (« quatre-vingts », « deux cents ») but not before another number or « mille » (« quatre-vingt-un »,
/// « deux cent un », « deux cent mille »); « mille » never varies and is never preceded by « un »;
/// « million » and « milliard » are nouns and take an s. English is British: « one hundred and one ».
public enum NumberWords {
  /// `number` in words; nil for a negative number or one of a trillion and more.
  public static func words(_ number: Int64, _ language: Language) -> String? {
    guard number >= 0, number < 1_000_000_000_000 else { return nil }
    return language == .french ? french(number) : english(number)
  }

  // MARK: French

  private static let frenchUnits = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize",
  ]
  private static let frenchTens = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"]

  /// 0–99; `last` says whether nothing follows (« quatre-vingts » keeps its s only then).
  private static func frenchBelowHundred(_ number: Int, last: Bool) -> String {
    if number <= 16 { return frenchUnits[number] }
    if number < 20 { return "dix-" + frenchUnits[number - 10] }
    var tens = number / 10
    var units = number % 10
    if tens == 7 || tens == 9 {  // soixante-dix…, quatre-vingt-dix…: the unit goes on from ten
      tens -= 1
      units += 10
    }
    let stem = tens == 8 ? "quatre-vingt" : frenchTens[tens]
    if units == 0 { return tens == 8 ? (last ? "quatre-vingts" : "quatre-vingt") : stem }
    if (units == 1 || units == 11) && tens != 8 { return stem + " et " + frenchBelowHundred(units, last: true) }
    return stem + "-" + frenchBelowHundred(units, last: true)
  }

  /// 0–999, as a group; `last` is false before « mille » (vingt and cent then stay invariable).
  private static func frenchGroup(_ number: Int, last: Bool) -> String {
    let hundreds = number / 100
    let rest = number % 100
    var parts: [String] = []
    if hundreds > 0 {
      let cent = hundreds > 1 && rest == 0 && last ? "cents" : "cent"
      parts.append(hundreds == 1 ? cent : frenchUnits[hundreds] + " " + cent)
    }
    if rest > 0 || hundreds == 0 { parts.append(frenchBelowHundred(rest, last: last)) }
    return parts.joined(separator: " ")
  }

  private static func french(_ number: Int64) -> String {
    if number == 0 { return "zéro" }
    let billions = Int(number / 1_000_000_000)
    let millions = Int(number / 1_000_000 % 1000)
    let thousands = Int(number / 1000 % 1000)
    let rest = Int(number % 1000)
    var parts: [String] = []
    // Before a noun (million, milliard) vingt and cent agree as if last.
    if billions > 0 { parts.append(frenchGroup(billions, last: true) + (billions > 1 ? " milliards" : " milliard")) }
    if millions > 0 { parts.append(frenchGroup(millions, last: true) + (millions > 1 ? " millions" : " million")) }
    if thousands > 0 { parts.append(thousands == 1 ? "mille" : frenchGroup(thousands, last: false) + " mille") }
    if rest > 0 { parts.append(frenchGroup(rest, last: true)) }
    return parts.joined(separator: " ")
  }

  // MARK: English

  private static let englishUnits = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  private static let englishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

  private static func englishBelowHundred(_ number: Int) -> String {
    if number < 20 { return englishUnits[number] }
    let units = number % 10
    return englishTens[number / 10] + (units == 0 ? "" : "-" + englishUnits[units])
  }

  private static func englishGroup(_ number: Int) -> String {
    let hundreds = number / 100
    let rest = number % 100
    if hundreds == 0 { return englishBelowHundred(rest) }
    return englishUnits[hundreds] + " hundred" + (rest == 0 ? "" : " and " + englishBelowHundred(rest))
  }

  private static func english(_ number: Int64) -> String {
    if number == 0 { return "zero" }
    let groups: [(Int64, String)] = [(1_000_000_000, " billion"), (1_000_000, " million"), (1000, " thousand"), (1, "")]
    var parts: [String] = []
    for (scale, name) in groups {
      let group = Int(number / scale % 1000)
      guard group > 0 else { continue }
      // British usage: “and” before a last group below one hundred (“one thousand and five”).
      if scale == 1, group < 100, !parts.isEmpty { parts.append("and") }
      parts.append(englishGroup(group) + name)
    }
    return parts.joined(separator: " ")
  }
}

extension Money {
  /// The amount in words with its currency: « mille deux cent trente-quatre euros et cinquante-six
  /// centimes », “one thousand two hundred and thirty-four euros and fifty-six cents”; nil for a
  /// negative amount or a currency without minor units in hundredths.
  public func words(_ language: Language) -> String? {
    guard minorUnits >= 0, currency.minorDigits == 2, let major = NumberWords.words(minorUnits / 100, language),
      let minor = NumberWords.words(minorUnits % 100, language)
    else { return nil }
    let whole = minorUnits / 100
    let cents = minorUnits % 100
    let names = Self.currencyNames(currency, language)
    let isFrench = language == .french
    // « un million d’euros »: a number ending in million(s) or milliard(s) takes « de ».
    let endsInNoun = isFrench && whole > 0 && whole % 1_000_000 == 0
    let majorName = (isFrench ? whole < 2 : whole == 1) ? names.major.singular : names.major.plural
    var text = major + (endsInNoun ? (names.major.plural.first.map { "aeiouéèê".contains($0) } == true ? " d’" : " de ") : " ") + majorName
    if cents > 0 {
      let minorName = (isFrench ? cents < 2 : cents == 1) ? names.minor.singular : names.minor.plural
      text += (isFrench ? " et " : " and ") + minor + " " + minorName
    }
    return text
  }

  private static func currencyNames(_ currency: Currency, _ language: Language)
    -> (major: (singular: String, plural: String), minor: (singular: String, plural: String)) {
    switch (currency.code, language) {
    case ("EUR", .french): (("euro", "euros"), ("centime", "centimes"))
    case ("EUR", .english): (("euro", "euros"), ("cent", "cents"))
    case ("GBP", .french): (("livre sterling", "livres sterling"), ("penny", "pence"))
    case ("GBP", .english): (("pound", "pounds"), ("penny", "pence"))
    default: ((currency.code, currency.code), (language == .french ? "centième" : "hundredth", language == .french ? "centièmes" : "hundredths"))
    }
  }
}
