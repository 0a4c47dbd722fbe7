import Foundation
import Testing

@Suite(.serialized) struct ThemesCommandTests {
  @Test func listsTheShippedThemesFromTheClone() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let listing = try ardoise.succeed(["themes"])
    for name in ["default", "dark", "light", "high-contrast", "monochrome", "colorblind"] {
      #expect(listing.split(separator: "\n").contains { $0.hasPrefix(name + " ") }, "\(name) missing from:\n\(listing)")
    }
    #expect(listing.contains("/Themes/dark.toml"))
  }

  @Test func checkSaysOkOrFileLineReason() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Themes")
    let good = try ardoise.run(["themes", "--check", themes.appendingPathComponent("light.toml").path])
    #expect(good.status == 0 && good.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "ok")

    let broken = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-broken-\(UUID().uuidString).toml")
    defer { try? FileManager.default.removeItem(at: broken) }
    var text = try String(contentsOf: themes.appendingPathComponent("dark.toml"), encoding: .utf8)
    text = text.replacingOccurrences(of: "\ntitle = ", with: "\ntitel = ")
    try text.write(to: broken, atomically: true, encoding: .utf8)
    let line = (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("titel = ") } ?? -1) + 1
    let bad = try ardoise.run(["themes", "--check", broken.path])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("\(broken.path):\(line): "), "stderr: \(bad.stderr)")
    #expect(bad.stderr.contains("titel"))
    #expect(bad.stderr.contains("unknown role"))
    let french = try ardoise.run(["themes", "--check", broken.path, "--lang", "fr"])
    #expect(french.status == 1)
    #expect(french.stderr.contains("\(broken.path):\(line): rôle inconnu «\u{202F}titel\u{202F}» (vouliez-vous dire «\u{202F}title\u{202F}»\u{202F}?)"),
            "stderr: \(french.stderr)")
    // The restaurant's language from config.toml, as for every other command.
    try ardoise.succeed(["config", "set", "ardoise.language", "fr"])
    let byConfig = try ardoise.run(["themes", "--check", broken.path])
    #expect(byConfig.stderr.contains("rôle inconnu «\u{202F}titel\u{202F}»"), "stderr: \(byConfig.stderr)")
  }
}
