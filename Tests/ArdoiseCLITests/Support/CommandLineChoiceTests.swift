import Foundation
import Testing

/// Choices on the command line are typed: `--help` lists their values, French and English
/// spellings parse, a bad value is refused in one line with the valid ones.
@Suite struct CommandLineChoiceTests {
  /// The help text with its wrapping undone (runs of spaces and line breaks as one space).
  private func help(_ arguments: [String], _ ardoise: ArdoiseProcess) throws -> String {
    let result = try ardoise.run(arguments + ["--help"])
    #expect(result.status == 0)
    return result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  @Test(arguments: [
    (["pay"], "cash, card, transfer, cheque, online, other"),
    (["step"], "done, skip, na, pending"),
    (["step"], "cash, card, transfer, cheque, online, other"),
    (["contact"], "phone, email, sms, letter, in-person"),
    (["contact"], "no-answer, left-message, reached, promised-to-pay, refused, disputed, wrong-contact, sent"),
    (["close"], "recovered, partly-recovered, honest-mistake, written-off, police-or-court"),
    (["evidence"], "bill, cctv, witness, reservation, declined-card, item-left, licence-plate, letter, receipt, other"),
    (["doc"], "reminder, final-reminder, demand-letter, complaint, court-request, dossier, acknowledgement, information-sheet, reply-form, financial-statement, payment-plan, receipt"),
    (["doc"], "email, sms"),
    (["doc"], "md, txt, pdf"),
    (["send"], "reminder, final-reminder, demand-letter"),
    (["export"], "csv, json"),
  ])
  func helpListsTheValues(command: [String], values: String) throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let english = try help(command, ardoise)
    #expect(english.contains("(values: \(values))") || english.contains("(values: \(values); default: "), "\(english)")
    let french = try help(command + ["--lang", "fr"], ardoise)
    #expect(french.contains("(valeurs\u{202F}: \(values))") || french.contains("(valeurs\u{202F}: \(values)\u{202F}; par défaut\u{202F}: "),
            "\(french)")
  }

  @Test func completionScriptsOfferTheValues() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    for shell in ["bash", "zsh", "fish"] {
      let script = try ardoise.run(["--generate-completion-script", shell])
      #expect(script.status == 0)
      for value in ["cheque", "in-person", "police-or-court", "demand-letter", "licence-plate"] {
        #expect(script.stdout.contains(value), "\(shell): \(value)")
      }
    }
  }

  @Test func frenchAndEnglishSpellingsParse() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "80"])
    for method in ["CASH", "espèces", "Cheque", "chèque", "en ligne", "Virement"] {
      try ardoise.succeed(["pay", id, "1", "--method", method])
    }
    try ardoise.succeed(["contact", id, "--channel", "en personne", "--outcome", "pas de réponse"])
    try ardoise.succeed(["contact", id, "--channel", "In-Person", "--outcome", "left a message"])
    try ardoise.succeed(["evidence", id, "--kind", "témoin", "--location", "carnet"])
    try ardoise.succeed(["step", id, "stay-calm", "fait"])
    try ardoise.succeed(["step", id, "prevention", "skipped"])
    let log = try String(contentsOf: ardoise.dataDirectory.appendingPathComponent("cases/\(id).jsonl"), encoding: .utf8)
    for recorded in ["\"method\":\"cash\"", "\"method\":\"cheque\"", "\"method\":\"online\"", "\"method\":\"transfer\"",
                     "\"channel\":\"in-person\"", "no-answer", "left-message", "\"witness\""] {
      #expect(log.contains(recorded), "\(recorded)")
    }
    try ardoise.succeed(["close", id, "--resolution", "récupéré en partie"])
    #expect(try String(contentsOf: ardoise.dataDirectory.appendingPathComponent("cases/\(id).jsonl"), encoding: .utf8)
      .contains("\"resolution\":\"partly-recovered\""))
  }

  @Test func aBadValueIsOneLineWithTheValidOnes() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "80"])
    let english = try ardoise.run(["pay", id, "5", "--method", "bitcoin"])
    #expect(english.status != 0)
    #expect(english.stderr == "ardoise: --method: unknown “bitcoin”; valid: cash, card, transfer, cheque, online, other (see --help)\n")
    // Six values or more: the parser lists them on lines of their own; still one line here.
    let many = try ardoise.run(["contact", id, "--channel", "phone", "--outcome", "ghosted", "--lang", "fr"])
    #expect(many.stderr == "ardoise: --outcome\u{202F}: «\u{202F}ghosted\u{202F}» inconnu\u{202F}; possibles\u{202F}: no-answer, "
      + "left-message, reached, promised-to-pay, refused, disputed, wrong-contact, sent (voir --help)\n")
    let kind = try ardoise.run(["doc", id, "lettre", "--lang", "fr"])
    #expect(kind.stderr.hasPrefix("ardoise: TYPE\u{202F}: «\u{202F}lettre\u{202F}» inconnu\u{202F}; possibles\u{202F}: reminder, "))
    #expect(kind.stderr.filter { $0 == "\n" }.count == 1)
    #expect(try String(contentsOf: ardoise.dataDirectory.appendingPathComponent("cases/\(id).jsonl"), encoding: .utf8)
      .split(separator: "\n").count == 1, "nothing recorded")
  }

  /// A refused value with an apostrophe (`n'a pas répondu`), or empty, is said on one line like
  /// any other, in both languages: the parser's bulleted list used to run into the sentence
  /// (`Please provide one of the following:   - cash   - card…`).
  @Test func aBadValueWithAnApostropheOrEmptyIsOneLineInBothLanguages() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "80"])
    let methods = "cash, card, transfer, cheque, online, other"
    let cases: [(arguments: [String], said: String)] = [
      (["pay", id, "10", "--method", "it's", "--lang", "en"], "ardoise: --method: unknown “it's”; valid: \(methods) (see --help)\n"),
      (["pay", id, "10", "--method", "it's", "--lang", "fr"],
       "ardoise: --method\u{202F}: «\u{202F}it's\u{202F}» inconnu\u{202F}; possibles\u{202F}: \(methods) (voir --help)\n"),
      (["pay", id, "10", "--method", "", "--lang", "en"], "ardoise: --method: empty value; valid: \(methods) (see --help)\n"),
      (["pay", id, "10", "--method", "", "--lang", "fr"], "ardoise: --method\u{202F}: valeur vide\u{202F}; possibles\u{202F}: \(methods) (voir --help)\n"),
      (["contact", id, "--channel", "phone", "--outcome", "n'a pas répondu", "--lang", "fr"],
       "ardoise: --outcome\u{202F}: «\u{202F}n'a pas répondu\u{202F}» inconnu\u{202F}; possibles\u{202F}: no-answer, left-message, reached, "
         + "promised-to-pay, refused, disputed, wrong-contact, sent (voir --help)\n"),
      // The parser's other words, in English too, read as ardoise's own.
      (["pay", id, "10", "--method", "--lang", "en"], "ardoise: missing value for --method <method> (see --help)\n"),
      (["pay", id, "10", "-m", "x", "--lang", "en"], "ardoise: unknown option: -m (see --help)\n"),
      (["list", "--al", "--lang", "en"], "ardoise: unknown option: --al (did you mean --all?) (see --help)\n"),
      (["note", id, "n'a", "pas", "--lang", "en"], "ardoise: unexpected argument: “pas” (see --help)\n"),
      (["note", id, "n'a", "pas", "--lang", "fr"], "ardoise: argument en trop\u{202F}: «\u{202F}pas\u{202F}» (voir --help)\n"),
    ]
    for (arguments, said) in cases {
      let result = try ardoise.run(arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr == said, "\(arguments)")
    }
  }
}
