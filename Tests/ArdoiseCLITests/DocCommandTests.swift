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

  @Test func smsOnlyForReminders() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "30"])
    #expect(try ardoise.run(["doc", id, "dossier", "--variant", "sms"]).status == 1)
    #expect(try ardoise.run(["doc", id, "letter"]).status == 1)
  }
}
