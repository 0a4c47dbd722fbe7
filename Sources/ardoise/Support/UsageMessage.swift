import ArdoiseCore
import Foundation

/// The argument parser's own words, in the command line's language: its usage errors become one
/// line (a refused choice reads as ardoise's other refusals: `--method: unknown “bitcoin”; valid:
/// cash, card, …`), and in French its help headings and notes are translated. The parser writes
/// them in English only; these are its texts as swift-argument-parser 1.x writes them, and a text
/// not recognized is kept as it is.
enum UsageMessage {
  /// A usage error, on one line, in `language`: the parser's English is rewritten in both
  /// languages alike (`missing argument: <amount>`, `argument manquant : <montant>`), and a value
  /// it quotes may hold an apostrophe (`n'a pas répondu`).
  static func error(_ message: String, language: Language) -> String {
    let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
    if let refusal = refusedValue(text, language: language) { return refusal }
    let quoted = "'([^']*)'"
    // A value the user typed: anything up to the quote the parser's own words follow.
    let value = "'(.*)'"
    let rules: [(pattern: String, said: ([String]) -> LocalizedText)] = [
      ("^Missing expected argument \(quoted)$", { LocalizedText("argument manquant\u{202F}: \($0[0])", "missing argument: \($0[0])") }),
      ("^Missing one of: (.*)$", {
        let names = $0[0].replacingOccurrences(of: "'", with: "")
        return LocalizedText("il manque l’un de ces arguments\u{202F}: \(names)", "missing one of: \(names)")
      }),
      ("^Missing value for \(quoted)$", { LocalizedText("valeur manquante pour \($0[0])", "missing value for \($0[0])") }),
      ("^Unknown option \(quoted)\\. Did you mean \(quoted)\\?$", {
        LocalizedText("option inconnue\u{202F}: \($0[0]) (vouliez-vous dire \($0[1])\u{202F}?)", "unknown option: \($0[0]) (did you mean \($0[1])?)")
      }),
      ("^Unknown option \(quoted)$", { LocalizedText("option inconnue\u{202F}: \($0[0])", "unknown option: \($0[0])") }),
      ("^Unexpected argument \(value)$", { LocalizedText("argument en trop\u{202F}: «\u{202F}\($0[0])\u{202F}»", "unexpected argument: “\($0[0])”") }),
      ("^([0-9]+) unexpected arguments: (.*)$", {
        let values = quotedList($0[1])
        return LocalizedText("\($0[0]) arguments en trop\u{202F}: " + values.map { "«\u{202F}\($0)\u{202F}»" }.joined(separator: ", "),
                             "\($0[0]) unexpected arguments: " + values.map { "“\($0)”" }.joined(separator: ", "))
      }),
      ("^The option \(quoted) does not take any value, but \(value) was specified\\.$", {
        LocalizedText("l’option \($0[0]) ne prend pas de valeur («\u{202F}\($0[1])\u{202F}» donné)",
                      "the option \($0[0]) takes no value (“\($0[1])” given)")
      }),
      ("^The value \(value) is invalid for \(quoted)$", {
        LocalizedText("\(name($0[1]))\u{202F}: «\u{202F}\($0[0])\u{202F}» n’est pas une valeur valable", "\(name($0[1])): “\($0[0])” is not a valid value")
      }),
      ("^The value \(value) is invalid for \(quoted): (.*)$", {
        LocalizedText("\(name($0[1]))\u{202F}: «\u{202F}\($0[0])\u{202F}» n’est pas une valeur valable (\($0[2]))",
                      "\(name($0[1])): “\($0[0])” is not a valid value (\($0[2]))")
      }),
    ]
    for rule in rules {
      if let groups = match(rule.pattern, text) { return rule.said(groups)(language) }
    }
    // A message not known here: its lines as one, each bullet (`- cash`) kept apart by a comma.
    var line = ""
    var afterBullet = false
    for part in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
      let isBullet = part.hasPrefix("- ")
      let words = isBullet ? String(part.dropFirst(2)) : part
      line += line.isEmpty ? words : (isBullet && afterBullet ? ", " : " ") + words
      afterBullet = isBullet
    }
    return line
  }

  /// The end of a usage error: where to look for help.
  static func seeHelp(_ language: Language) -> String { LocalizedText(" (voir --help)", " (see --help)")(language) }

  /// What to say when a negative number was read as an option.
  static func negativeNumberHint(_ number: String, language: Language) -> String {
    LocalizedText("\u{202F}; «\u{202F}\(number)\u{202F}» est lu comme une option\u{202F}: écrivez -- devant",
      "; “\(number)” is read as an option: write -- before it")(language)
  }

  /// `The value 'x' is invalid for '--method <method>'. Please provide one of 'a', 'b' or 'c'.`
  /// (or a bulleted list for six values or more) as ardoise says a refused choice.
  private static func refusedValue(_ text: String, language: Language) -> String? {
    guard let groups = match("^The value '(.*)' is invalid for '([^']*)'\\. Please provide one of (.*)$", text) else { return nil }
    let listed = groups[2]
    let valid: [String]
    if listed.hasPrefix("the following:") {
      valid = listed.split(separator: "\n").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
    } else {
      valid = quotedList(listed)
    }
    let option = name(groups[1])
    let list = valid.joined(separator: ", ")
    // An empty value (`--method ""`) is said, not shown as empty quotes.
    guard !groups[0].trimmingCharacters(in: .whitespaces).isEmpty else {
      return LocalizedText("\(option)\u{202F}: valeur vide\u{202F}; possibles\u{202F}: \(list)", "\(option): empty value; valid: \(list)")(language)
    }
    return LocalizedText("\(option)\u{202F}: «\u{202F}\(groups[0])\u{202F}» inconnu\u{202F}; possibles\u{202F}: \(list)",
             "\(option): unknown “\(groups[0])”; valid: \(list)")(language)
  }

  /// `--method <method>` → `--method`; `<kind>` (an argument) → `KIND`.
  private static func name(_ synopsis: String) -> String {
    if synopsis.hasPrefix("<") { return synopsis.trimmingCharacters(in: CharacterSet(charactersIn: "<>")).uppercased() }
    return String(synopsis.prefix { $0 != " " })
  }

  /// `'a', 'b' or 'c'` → a, b, c.
  private static func quotedList(_ text: String) -> [String] {
    guard let expression = try? NSRegularExpression(pattern: "'([^']*)'") else { return [] }  // A constant pattern: always compiles.
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
  }

  /// The groups of `pattern` matched against the whole of `text` (dots match newlines), or nil.
  private static func match(_ pattern: String, _ text: String) -> [String]? {
    // A constant pattern: always compiles.
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return nil }
    let range = NSRange(text.startIndex..., in: text)
    guard let found = expression.firstMatch(in: text, range: range) else { return nil }
    return (1..<found.numberOfRanges).map { index in Range(found.range(at: index), in: text).map { String(text[$0]) } ?? "" }
  }

  // MARK: - Help

  /// The help or usage text the parser wrote, with its headings and notes in `language`.
  /// Anything that is not help (a version line, a completion script) is returned as it is.
  static func help(_ text: String, language: Language) -> String {
    guard language == .french, text.hasPrefix("OVERVIEW:") || text.hasPrefix("USAGE:") else { return text }
    let headings: [(String, String)] = [
      ("OVERVIEW: ", "EN BREF\u{202F}: "), ("USAGE: ", "USAGE\u{202F}: "), ("ARGUMENTS:", "ARGUMENTS\u{202F}:"),
      ("OPTIONS:", "OPTIONS\u{202F}:"), ("SUBCOMMANDS:", "COMMANDES\u{202F}:"),
    ]
    let notes: [(String, String)] = [
      ("Show help information.", "Affiche l’aide."), ("Show the version.", "Affiche la version."), ("(default)", "(par défaut)"),
    ]
    // The parser's notes after a help text; it may have wrapped them after the colon.
    let wrappedNotes: [(String, String)] = [
      ("\\(values:(\\s)", "(valeurs\u{202F}:$1"), ("\\(default as flag:(\\s)", "(par défaut, sans valeur\u{202F}:$1"),
      // `…, other; default: cash)`: the `;` gets its narrow space too, the list may end the line.
      (";(\\s*)default:(\\s)", "\u{202F};$1par défaut\u{202F}:$2"), ("\\(default:(\\s)", "(par défaut\u{202F}:$1"),
      ("<subcommand>", "<commande>"),
    ]
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      var translated = line
      for (english, french) in headings where translated.hasPrefix(english) {
        translated = french + translated.dropFirst(english.count)
      }
      for (english, french) in notes { translated = translated.replacingOccurrences(of: english, with: french) }
      if let groups = match("^  See '(.*) <subcommand>' for detailed help\\.$", translated) {
        translated = "  «\u{202F}\(groups[0]) <commande>\u{202F}» donne l’aide détaillée d’une commande."
      }
      lines.append(translated)
    }
    var translated = lines.joined(separator: "\n")
    for (pattern, template) in wrappedNotes {
      // Constant patterns: they always compile.
      guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
      translated = expression.stringByReplacingMatches(in: translated, range: NSRange(translated.startIndex..., in: translated),
                                                       withTemplate: template)
    }
    return translated
  }
}
