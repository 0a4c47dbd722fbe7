import Foundation
import Testing

@Suite(.serialized) struct DocCommandTests {
  @Test func writesTheFileRecordsItAndWarnsOnStderr() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "30", "--at", "2026-01-10 21:30", "--bill", "B-7"])
    let result = try ardoise.run(["doc", id, "reminder", "--lang", "en"])
    #expect(result.status == 0)
    let path = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(path == ardoise.dataDirectory.path + "/documents/\(id)-reminder-en.md")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("[RESTAURANT NAME MISSING]") && text.contains("B-7"))
    #expect(result.stderr.contains("Restaurant name not set: ardoise config set restaurant.name …"), "\(result.stderr)")
    let french = try ardoise.run(["doc", id, "reminder", "--lang", "fr", "--out", "-"])
    #expect(french.stderr.contains("À renseigner\u{202F}: Nom du restaurant (ardoise config set restaurant.name …)"), "\(french.stderr)")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)

    let printed = try ardoise.run(["doc", id, "dossier", "--lang", "en", "--out", "-"])
    #expect(printed.stdout.hasPrefix("# Case \(id)"))
    let shown = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(shown.contains("Document written: friendly reminder (documents/\(id)-reminder-en.md)"))
    #expect(shown.contains("Document written: case file\n") || shown.hasSuffix("Document written: case file"))
  }

  /// The earlier file may have been completed by hand: writing the document again goes to
  /// `…-2.md`, then `…-3.md`, and says so; the earlier file is untouched.
  @Test func writingAgainKeepsTheEarlierFile() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "30"])
    let first = try ardoise.run(["doc", id, "demand-letter", "--lang", "en"])
    let firstPath = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    try "completed by hand".write(toFile: firstPath, atomically: false, encoding: .utf8)
    let second = try ardoise.run(["doc", id, "demand-letter", "--lang", "en"])
    #expect(second.status == 0)
    let secondPath = second.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(secondPath == ardoise.dataDirectory.path + "/documents/\(id)-demand-letter-en-2.md")
    #expect(second.stderr.contains("written as \(id)-demand-letter-en-2.md: the earlier file, \(id)-demand-letter-en.md, is kept"), "\(second.stderr)")
    #expect(try String(contentsOfFile: firstPath, encoding: .utf8) == "completed by hand")
    #expect(try String(contentsOfFile: secondPath, encoding: .utf8).contains(id))
    let third = try ardoise.run(["doc", id, "demand-letter", "--lang", "fr"])
    #expect(third.stdout.hasSuffix("-demand-letter-fr.md\n"))
    let fourth = try ardoise.run(["doc", id, "demand-letter", "--lang", "en"])
    #expect(fourth.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("-demand-letter-en-3.md"))
    let shown = try ardoise.succeed(["show", id, "--lang", "en"])
    #expect(shown.contains("documents/\(id)-demand-letter-en-2.md"))
  }

  @Test func smsOnlyForReminders() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "30"])
    #expect(try ardoise.run(["doc", id, "dossier", "--variant", "sms"]).status == 1)
    // An unknown kind is refused by the parser, as a usage error (64, as sysexits says).
    #expect(try ardoise.run(["doc", id, "letter"]).status == 64)
  }

  /// A receipt is for a payment: for a case without one, `doc ID receipt` refuses in one line
  /// (exit 1), in either language, and writes nothing: no file, no event in the timeline.
  @Test func aReceiptWithoutAPaymentIsRefusedAndWritesNothing() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "30"])
    let before = try ardoise.succeed(["show", id, "--json"])
    let messages = [
      "en": "ardoise: no payment is recorded for this case: there is nothing to give a receipt for\n",
      "fr": "ardoise: aucun paiement n’est enregistré pour ce dossier\u{202F}: pas de reçu à établir\n",
    ]
    for (language, message) in messages {
      for extra in [[], ["--out", "-"], ["--format", "txt"], ["--payment", "1"]] {
        let result = try ardoise.run(["doc", id, "receipt", "--lang", language] + extra)
        #expect(result.status == 1 && result.stderr == message && result.stdout.isEmpty, "\(extra): \(result.stderr)")
      }
    }
    #expect(try ardoise.succeed(["show", id, "--json"]) == before)
    let documents = ardoise.dataDirectory.appendingPathComponent("documents").path
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []).isEmpty)
  }

  /// `--payment N` writes the receipt for the Nth payment `show` lists; without it, the last.
  @Test func aReceiptForAChosenPayment() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "90", "--at", "2026-01-10 21:30"])
    try ardoise.succeed(["pay", id, "30"])
    try ardoise.succeed(["pay", id, "20"])
    let first = try ardoise.succeed(["doc", id, "receipt", "--payment", "1", "--out", "-", "--lang", "en"])
    #expect(first.contains("payment no. 1") && first.contains("**€30.00**") && first.contains("Still owed after this payment: **€60.00**"), "\(first)")
    let last = try ardoise.succeed(["doc", id, "receipt", "--out", "-", "--lang", "en"])
    #expect(last.contains("payment no. 2") && last.contains("**€20.00**") && last.contains("Still owed after this payment: **€40.00**"), "\(last)")
    let missing = try ardoise.run(["doc", id, "receipt", "--payment", "3", "--lang", "en"])
    #expect(missing.status == 1 && missing.stderr == "ardoise: no payment #3: the case has 2 payments (1 to 2)\n", "\(missing.stderr)")
    let wrongKind = try ardoise.run(["doc", id, "reminder", "--payment", "1", "--lang", "en"])
    #expect(wrongKind.status == 1 && wrongKind.stderr == "ardoise: --payment only applies to “receipt”\n", "\(wrongKind.stderr)")
  }
}
