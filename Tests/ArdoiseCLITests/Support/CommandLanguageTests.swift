import Foundation
import Testing

/// Every message of the command line follows the language, `--help` and usage errors included:
/// `--lang`, else `ardoise.language` in the config, else the locale.
@Suite struct CommandLanguageTests {
  @Test func helpIsInFrenchWhenTheLanguageIsFrench() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let byFlag = try ardoise.run(["pay", "--help", "--lang", "fr"])
    #expect(byFlag.stdout.hasPrefix("EN BREF\u{202F}: Enregistrer un paiement (partiel ou total).\n"), "\(byFlag.stdout)")
    for heading in ["USAGE\u{202F}: ardoise pay", "ARGUMENTS\u{202F}:", "OPTIONS\u{202F}:", "Montant reçu", "Affiche l’aide."] {
      #expect(byFlag.stdout.contains(heading), "\(heading)")
    }
    #expect(!byFlag.stdout.contains("Amount received") && !byFlag.stdout.contains("Show help information"))
    let byLocale = try ardoise.run(["--help"], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(byLocale.stdout.contains("Recouvrer l’addition d’un client parti sans payer"))
    #expect(byLocale.stdout.contains("COMMANDES\u{202F}:"))
    #expect(!byLocale.stdout.contains("subcommand"), "\(byLocale.stdout)")
    let english = try ardoise.run(["pay", "--help"])
    #expect(english.stdout.hasPrefix("OVERVIEW: Record a payment (partial or full).\n"))
    try ardoise.succeed(["config", "set", "ardoise.language", "fr"])
    let byConfig = try ardoise.run(["close", "--help"])
    #expect(byConfig.stdout.hasPrefix("EN BREF\u{202F}: Clore un dossier avec son issue."), "\(byConfig.stdout)")
    #expect(try ardoise.run(["close", "--help", "--lang", "en"]).stdout.hasPrefix("OVERVIEW: Close a case"))
  }

  @Test func usageErrorsFollowTheLanguage() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "80"])
    let french: [([String], String)] = [
      (["pay", "--lang", "fr"], "ardoise: argument manquant\u{202F}: <identifiant> (voir --help)\n"),
      (["pay", id, "abc", "--lang", "fr"], "ardoise: MONTANT\u{202F}: "),
      (["list", "--bogus", "--lang", "fr"], "ardoise: option inconnue\u{202F}: --bogus (voir --help)\n"),
      (["contact", id, "--lang", "fr", "--channel"], "ardoise: valeur manquante pour --channel <canal> (voir --help)\n"),
      (["list", "--lang", "xx"], "ardoise: --lang: “xx” is not a language; use fr or en\n"),
    ]
    for (arguments, expected) in french {
      let result = try ardoise.run(arguments)
      #expect(result.status != 0)
      #expect(result.stderr.hasPrefix(expected), "\(arguments): \(result.stderr)")
      #expect(result.stderr.filter { $0 == "\n" }.count == 1, "one line: \(result.stderr)")
    }
    let negative = try ardoise.run(["pay", id, "-5"], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(negative.stderr == "ardoise: argument manquant\u{202F}: <montant>\u{202F}; «\u{202F}-5\u{202F}» est lu comme une option\u{202F}: "
      + "écrivez -- devant (voir --help)\n")
    let amount = try ardoise.run(["pay", id, "abc"], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(!amount.stderr.contains("AMOUNT") && amount.stderr.hasPrefix("ardoise: MONTANT\u{202F}: "), "\(amount.stderr)")
    #expect(try ardoise.run(["pay", id, "abc"]).stderr.hasPrefix("ardoise: AMOUNT: "))
  }

  /// The names values go by in the usage line follow the language too: `<montant>`, `<identifiant>`.
  @Test func valueNamesInTheUsageLineFollowTheLanguage() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let french = try ardoise.run(["pay", "--help", "--lang", "fr"]).stdout
    #expect(french.contains("\nUSAGE\u{202F}: ardoise pay [--data-dir <dossier>] [--lang <langue>] <identifiant> <montant> [--method <moyen>] [--ref <référence>] [--at <quand>]\n"), "\(french)")
    let english = try ardoise.run(["pay", "--help", "--lang", "en"]).stdout
    #expect(english.contains("\nUSAGE: ardoise pay [--data-dir <data-dir>] [--lang <lang>] <id> <amount> [--method <method>] [--ref <ref>] [--at <at>]\n"), "\(english)")
  }

  /// Every value name of every command, read from the parser's own description of the command
  /// line (`--experimental-dump-help`): in French, none stays in English but the words that are
  /// the same in both languages and the literal choices (`ours|theirs`).
  @Test func noValueNameStaysInEnglishInFrench() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    func valueNames(_ language: String) throws -> [String: String] {
      let dump = try ardoise.run(["--experimental-dump-help"], environment: ["LANG": language])
      let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
      var names: [String: String] = [:]
      func walk(_ command: [String: Any], path: String) {
        let path = path + " " + (command["commandName"] as? String ?? "?")
        for (index, argument) in (command["arguments"] as? [[String: Any]] ?? []).enumerated() where argument["kind"] as? String != "flag" {
          guard let valueName = argument["valueName"] as? String else { continue }
          // A positional argument has no name but its place.
          let name = (argument["preferredName"] as? [String: Any])?["name"] as? String ?? "#\(index)"
          names[path + " " + name] = valueName
        }
        for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, path: path) }
      }
      walk(try #require(root["command"] as? [String: Any]), path: "")
      return names
    }
    let english = try valueNames("C.UTF-8")
    let french = try valueNames("fr_FR.UTF-8")
    #expect(english.count > 60 && english.keys.sorted() == french.keys.sorted(), "\(english.count) \(french.count)")
    let same: Set = ["note", "table", "description", "source", "site", "format", "URL", "ours|theirs", "month|2weeks|week", "first|last",
                     // The parser's own `help` command, which ardoise does not declare.
                     "subcommands"]
    let untranslated = english.filter { key, name in french[key] == name && !same.contains(name) }
    #expect(untranslated.isEmpty, "\(untranslated.sorted { $0.key < $1.key })")
  }

  /// `step --help` lists each step's outcomes; a list too long for a line goes on indented under
  /// it (the parser used to start its end at the margin: `no-contact-details` alone).
  @Test(arguments: ["en", "fr"])
  func theStepsOutcomesWrapUnderTheirStep(language: String) throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let help = try ardoise.run(["step", "--help", "--lang", language]).stdout
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix("  stay-calm") }, "\(help)")
    let list = lines[start...].prefix { !$0.isEmpty }
    #expect(list.count > 7)
    #expect(list.allSatisfy { $0.hasPrefix("  ") && $0.count <= 80 }, "\(list.joined(separator: "\n"))")
    #expect(list.contains("    no-contact-details"), "\(list.joined(separator: "\n"))")
  }
}
