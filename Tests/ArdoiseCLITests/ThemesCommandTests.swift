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

  /// Each shipped theme says what it is for in French and in English; the listing follows the
  /// language (`--lang`, else `ardoise.language`), as every command does.
  @Test func listsEachDescriptionInTheCommandsLanguage() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let descriptions = [
      "colorblind": ("Bleu et orange au lieu du vert et du rouge (palette Okabe-Ito), pour terminaux à fond sombre",
                     "Blue and orange instead of green and red (Okabe-Ito), for dark terminals"),
      "dark": ("Texte clair et couleurs douces, pour terminaux à fond sombre", "Light text and soft colours for dark terminals"),
      "default": ("Couleurs du terminal, lisibles sur fond sombre comme sur fond clair", "Terminal colours, readable on dark and light backgrounds"),
      "high-contrast": ("Contraste maximal\u{202F}: texte vif sur noir, noir sur pastilles vives",
                        "Maximum contrast: bright text on black, black on bright badges"),
      "light": ("Texte sombre et couleurs profondes, pour terminaux à fond clair", "Dark text and deep colours for light terminals"),
      "monochrome": ("Sans couleur, attributs seuls\u{202F}: gras, inverse, souligné (utilisé quand NO_COLOR est défini)",
                     "No colours, attributes only (used when NO_COLOR is set)"),
    ]
    let french = try ardoise.succeed(["themes", "--lang", "fr"]).split(separator: "\n")
    let english = try ardoise.succeed(["themes", "--lang", "en"]).split(separator: "\n")
    try ardoise.succeed(["config", "set", "ardoise.language", "fr"])
    let byConfig = try ardoise.succeed(["themes"]).split(separator: "\n")
    for (name, text) in descriptions {
      let line = { (lines: [Substring]) in lines.first { $0.hasPrefix(name + " ") }.map(String.init) ?? "" }
      #expect(line(french).contains("  \(text.0)  ["), "\(name): \(line(french))")
      #expect(line(byConfig).contains("  \(text.0)  ["), "\(name): \(line(byConfig))")
      #expect(line(english).contains("  \(text.1)  ["), "\(name): \(line(english))")
    }
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
