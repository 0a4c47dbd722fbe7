import Foundation
import Testing

@testable import ArdoiseCore

/// Every French message of the command line, errors included, is set with French typography: no
/// ordinary space before `; : ! ?` and a narrow no-break space inside « ». Text the user typed
/// and times (`23:40`) are left out of the check.
@Suite struct CommandLanguageTypographyTests {
  /// What breaks the rule in `output`, each with a few characters around it; user text removed first.
  static func faults(in output: String, ignoring userText: [String]) -> [String] {
    var text = output
    for typed in userText { text = text.replacingOccurrences(of: typed, with: "") }
    let characters = Array(text)
    var faults: [String] = []
    func around(_ index: Int) -> String {
      String(characters[max(0, index - 20)..<min(characters.count, index + 20)])
    }
    for index in characters.indices {
      let character = characters[index]
      let before = index > 0 ? characters[index - 1] : "\n"
      let after = index + 1 < characters.count ? characters[index + 1] : "\n"
      if ";:!?".contains(character), before == " " { faults.append(around(index)) }
      // No space at all: `other; default` (a time or a format, `23:40`, `HH:MM`, an address
      // `https://` and the program's name before an error, `ardoise:`, are not French text).
      let glued = before.isLetter || before == ")" || before == "»" || before == "”"
      // (`index.php?title=` in an address is not a question.)
      if ";!?".contains(character), glued, after.isWhitespace || after == ")" { faults.append(around(index)) }
      if character == ":", glued, after.isWhitespace, !String(characters[max(0, index - 7)..<index]).hasSuffix("ardoise") {
        faults.append(around(index))
      }
      // `42 %`: a no-break space between a number and `%`.
      if character == "%", before == " ", index >= 2, characters[index - 2].isNumber { faults.append(around(index)) }
      if character == "«", after != "\u{202F}", after != "\u{A0}" { faults.append(around(index)) }
      if character == "»", before != "\u{202F}", before != "\u{A0}" { faults.append(around(index)) }
    }
    return faults
  }

  @Test func theCheckFindsWhatItLooksFor() {
    #expect(Self.faults(in: "Dossier : 12", ignoring: []).count == 1)
    #expect(Self.faults(in: "le mot «abc»", ignoring: []).count == 2)
    #expect(Self.faults(in: "Dossier\u{202F}: 12 à 23:40 «\u{202F}abc\u{202F}» ok !x", ignoring: ["ok !x"]).isEmpty)
    #expect(Self.faults(in: "(valeurs\u{202F}: a, b; par défaut\u{202F}: a)", ignoring: []).count == 1)
    #expect(Self.faults(in: "Relance: demain?", ignoring: []).count == 2)
    #expect(Self.faults(in: "ardoise: voir https://example.org", ignoring: []).isEmpty)
    #expect(Self.faults(in: "récupéré (42 %)", ignoring: []).count == 1)
  }

  @Test func frenchMessagesKeepFrenchTypography() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    _ = try ardoise.run(["config", "set", "restaurant.name", "Le Petit Zinc"])
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "23:40", "--table", "T7", "--note", "Partis fumer", "--lang", "fr"])
    // The themes' descriptions are French too now (description_fr): no exception for them.
    let userText = ["Partis fumer", "Le Petit Zinc", "rappel ? oui"]
    let commands: [[String]] = [
      ["list"], ["list", "--all"], ["show", id], ["show", "ZZZZ"], ["show"],
      ["pay", id, "10"], ["pay", id, "abc"], ["pay", id, "1000"], ["pay", id, "-5"],
      ["contact", id, "--channel", "phone", "--outcome", "promised-to-pay", "--follow-up", "2099-01-10"],
      ["contact", id, "--channel", "pigeon", "--outcome", "reached"],
      ["note", id, "rappel ? oui"],
      ["step", id, "contact", "--outcome", "bogus"], ["step", id, "nowhere", "done"],
      ["evidence", id, "--kind", "lettre", "--location", "x"],
      ["doc", id, "reminder", "--out", "-"], ["doc", id, "reminder", "--variant", "email", "--out", "-"],
      ["doc", id, "nothing"],
      ["plan", id, "--parts", "0", "--first", "2099-01-01"],
      ["agenda"], ["stats"], ["stats", "--takings", "1000"], ["legal"], ["config"], ["config", "set", "nothing.here", "1"],
      ["close", id], ["close", id, "--resolution", "written-off"], ["reopen", id], ["check"],
      ["themes"], ["purge", "--dry-run"], ["export", "--format", "csv"], ["amend", id, "--amount", "x"],
      ["court-order", id, "someday"], ["group", "list"], ["sync", "--status"],
      ["--help"], ["pay", "--help"], ["doc", "--help"], ["contact", "--help"], ["stats", "--help"], ["legal", "interest", id],
    ]
    var found: [String] = []
    for arguments in commands {
      let result = try ardoise.run(arguments + ["--lang", "fr"])
      let output = result.stdout + result.stderr
      #expect(!output.isEmpty || result.status == 0, "\(arguments)")
      for fault in Self.faults(in: output, ignoring: userText) { found.append("\(arguments.joined(separator: " ")): \(fault)") }
    }
    #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
  }

  /// A damaged line in a case log (a well-checksummed line of an unknown type, one with a bad
  /// date, one with bytes that are not UTF-8) is said in French by `check`, `list`, `show` and a
  /// refused write: the file and line, then the reason, with French typography and no English.
  @Test func aDamagedLogLineIsSaidInFrench() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "30", "--at", "23:40"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let log = ardoise.dataDirectory.appendingPathComponent("cases/\(id).jsonl")
    let first = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")[0].split(separator: "\t")[0]
    func sealed(_ json: [UInt8]) -> [UInt8] { json + Array(("\t" + CRC32.hex(CRC32.checksum(json)) + "\n").utf8) }
    let unknown = first.replacingOccurrences(of: #""type":"opened""#, with: #""type":"teleported""#)
    let badDate = first.replacingOccurrences(of: #""type":"opened""#, with: #""type":"note","text":"x""#)
      .replacingOccurrences(of: #""at":""#, with: #""at":"hier","old":""#)
    let notUTF8 = Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    let handle = try FileHandle(forWritingTo: log)
    try handle.seekToEnd()
    try handle.write(contentsOf: sealed(Array(unknown.utf8)) + sealed(Array(badDate.utf8)) + sealed(notUTF8))
    try handle.close()
    let expected = [
      "cases/\(id).jsonl:2: enregistrement invalide\u{202F}: type d’événement inconnu\u{202F}: «\u{202F}teleported\u{202F}»",
      "cases/\(id).jsonl:3: enregistrement invalide\u{202F}: «\u{202F}at\u{202F}» n’est pas une date et une heure\u{202F}: hier",
      "cases/\(id).jsonl:4: ligne illisible (octets qui ne sont pas de l’UTF-8 à la colonne 10)",
    ]
    let check = try ardoise.run(["check", "--lang", "fr"])
    for line in expected { #expect(check.stdout.contains("erreur\u{202F}: " + line), "\(check.stdout)") }
    let readOnly = "ligne 2 de cases/\(id).jsonl\u{202F}: enregistrement invalide\u{202F}: type d’événement inconnu\u{202F}: «\u{202F}teleported\u{202F}»"
    let outputs = try [["list"], ["show", id], ["note", id, "x"]].map { arguments in
      let result = try ardoise.run(arguments + ["--lang", "fr"])
      return result.stdout + result.stderr
    }
    for output in outputs { #expect(output.contains(readOnly), "\(output)") }
    var found: [String] = []
    for output in [check.stdout] + outputs {
      // (`261206-XMYX !` in the list marks a read-only case: a sign, not punctuation.)
      found += Self.faults(in: output, ignoring: ["\(id) !"])
      for english in ["invalid record", "unknown", "missing", "not a", "UTF-8 at", "column"] where output.contains(english) { found.append(english) }
    }
    #expect(found.isEmpty, "\(found)")
  }

  /// Every command path (`pay`, `config set`, …) with whether it has a required argument, read
  /// from the parser's own description of the command tree (`--experimental-dump-help`), so a
  /// new command is covered without editing this test.
  static func commandPaths(_ ardoise: ArdoiseProcess) throws -> [(path: [String], needsArgument: Bool)] {
    let dump = try ardoise.run(["--experimental-dump-help"])
    let root = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
    var paths: [(path: [String], needsArgument: Bool)] = []
    func walk(_ command: [String: Any], _ path: [String]) {
      let arguments = command["arguments"] as? [[String: Any]] ?? []
      let needsArgument = arguments.contains { ($0["isOptional"] as? Bool) == false && ($0["kind"] as? String) != "flag" }
      paths.append((path, needsArgument))
      for sub in command["subcommands"] as? [[String: Any]] ?? [] {
        if let name = sub["commandName"] as? String { walk(sub, path + [name]) }
      }
    }
    if let command = root?["command"] as? [String: Any] { walk(command, []) }
    return paths
  }

  /// Each command's `--help` in French, and its missing-argument error, keep French typography
  /// and leave none of the parser's English headings or messages.
  @Test func everyCommandsHelpAndMissingArgumentInFrench() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let paths = try Self.commandPaths(ardoise)
    #expect(paths.count > 30, "\(paths.map(\.path))")
    #expect(paths.contains { $0.path == ["config", "set"] } && paths.contains { $0.path == ["pay"] })
    let english = ["OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Show help information", "Error:", "Missing"]
    var found: [String] = []
    for (path, needsArgument) in paths {
      var runs = [path + ["--help"]]
      if needsArgument { runs.append(path) }
      for arguments in runs {
        let result = try ardoise.run(arguments + ["--lang", "fr"])
        let output = result.stdout + result.stderr
        #expect(!output.isEmpty, "\(arguments)")
        if arguments.last != "--help" { #expect(result.status != 0, "\(arguments)") }
        // `themes --check` prints `FILE:LINE: reason`, as compilers do; its help shows that form.
        for fault in Self.faults(in: output, ignoring: ["FICHIER:LIGNE: raison"]) { found.append("\(arguments.joined(separator: " ")): \(fault)") }
        for word in english where output.contains(word) { found.append("\(arguments.joined(separator: " ")): English “\(word)”") }
      }
    }
    #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
  }

  /// A choice's values and default in French `--help`, as the parser lists them after the help
  /// text: `(valeurs : …\u{202F}; par défaut : …)`, a narrow no-break space before `:` and `;`.
  @Test func theValuesAndDefaultReadInFrench() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let help = try ardoise.run(["pay", "--help", "--lang", "fr"]).stdout
    // The parser wraps the list: its line breaks and indents as one space (never a U+202F).
    let flat = help.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    #expect(flat.contains("(valeurs\u{202F}: cash, card, transfer, cheque, online, other\u{202F}; par défaut\u{202F}: other)"), "\(help)")
    #expect(Self.faults(in: help, ignoring: []).isEmpty)
  }
}
