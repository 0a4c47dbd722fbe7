import ArdoiseCore
import Testing
@testable import ArdoiseUI

@Suite struct ThemeParsingTests {
  @Test(arguments: ThemeFixtures.shippedNames)
  func everyShippedThemeParsesAndDefinesEveryRole(name: String) throws {
    let theme = try ThemeFixtures.theme(name)
    #expect(theme.name == name)
    #expect(!theme.description.isEmpty)
    // Each says what it is for in French too, not the English sentence again.
    #expect(!theme.frenchDescription.isEmpty && theme.frenchDescription != theme.description)
    #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
  }

  /// `description_fr` and `description_en` give the description in each language; the older
  /// `description` key still reads, for both languages when it is the only one.
  @Test func readsTheDescriptionInEachLanguageAndTheOlderKey() throws {
    let both = try Theme(toml: ThemeFixtures.minimalText(header: "[theme]\nname = \"t\"\ndescription_fr = \"Pour fond sombre : doux\"\ndescription_en = \"For dark: soft\""),
                         file: "t.toml")
    #expect(both.localizedDescription(.french) == "Pour fond sombre\u{202F}: doux")
    #expect(both.localizedDescription(.english) == "For dark: soft")
    let older = try Theme(toml: ThemeFixtures.minimalText(header: "[theme]\nname = \"t\"\ndescription = \"Mine\""), file: "t.toml")
    #expect(older.localizedDescription == LocalizedText("Mine", "Mine"))
    let frenchOnly = try Theme(toml: ThemeFixtures.minimalText(header: "[theme]\nname = \"t\"\ndescription_fr = \"La mienne\""), file: "t.toml")
    #expect(frenchOnly.localizedDescription == LocalizedText("La mienne", "La mienne"))
    let overridden = try Theme(toml: ThemeFixtures.minimalText(header: "[theme]\nname = \"t\"\ndescription = \"Old\"\ndescription_en = \"New\""), file: "t.toml")
    #expect(overridden.localizedDescription(.english) == "New")
    let error = #expect(throws: ThemeFileError.self) {
      try Theme(toml: ThemeFixtures.minimalText(header: "[theme]\nname = \"t\"\ndescription_fr = 3"), file: "t.toml")
    }
    #expect(error?.description == "t.toml:3: description_fr must be a string")
  }

  @Test func readsColoursAttributesAndBackground() throws {
    let text = ThemeFixtures.minimalText(
      replacing: "title", with: #"title = { fg = "bright-white", bg = 24, attrs = ["bold", "underline"] }"#,
      header: "[theme]\nname = \"t\"\nbackground = \"light\"")
      .replacingOccurrences(of: "status = {}", with: ##"status = { fg = "#FF8800", bg = "color200" }"##)
    let theme = try Theme(toml: text, file: "t.toml")
    #expect(theme.background == .light)
    #expect(theme.style(for: .title) == CellStyle(foreground: .indexed(15), background: .indexed(24), attributes: [.bold, .underline]))
    #expect(theme.style(for: .status) == CellStyle(foreground: .rgb(255, 136, 0), background: .indexed(200)))
    #expect(theme.style(for: .normal) == CellStyle())
  }

  @Test(arguments: [
    (#"title = { fg = "purplish" }"#, "role \"title\": unknown colour \"purplish\""),
    (#"title = { bg = 300 }"#, "role \"title\": colour index 300 is out of range (0–255)"),
    (#"title = { fg = "color300" }"#, "role \"title\": colour index 300 is out of range (0–255)"),
    (##"title = { fg = "#12345" }"##, "role \"title\": bad hex colour \"#12345\" (expected #rrggbb, six hex digits)"),
    (##"title = { fg = "#gg0000" }"##, "role \"title\": bad hex colour \"#gg0000\" (expected #rrggbb, six hex digits)"),
    (#"title = { attrs = ["blink"] }"#, "role \"title\": unknown attribute \"blink\""),
    (#"title = { fgg = "red" }"#, "role \"title\": unknown key \"fgg\"; expected fg, bg, attrs"),
    (#"titel = { fg = "red" }"#, "unknown role \"titel\" (did you mean \"title\"?)"),
    (#"title = "red""#, "role \"title\" must be an inline table"),
  ])
  func badValuesGiveTheirLineAndReason(line: String, reason: String) throws {
    let text = ThemeFixtures.minimalText(replacing: "title", with: line)
    let expectedLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == line }.map { $0 + 1 }
    let error = #expect(throws: ThemeFileError.self) { try Theme(toml: text, file: "bad.toml") }
    #expect(error?.file == "bad.toml")
    #expect(error?.line == expectedLine)
    #expect(error?.reason.english.hasPrefix(reason) == true, "\(error?.reason.english ?? "")")
  }

  @Test func unknownColourSuggestsTheNearestName() {
    let text = ThemeFixtures.minimalText(replacing: "title", with: #"title = { fg = "bleu" }"#)
    let error = #expect(throws: ThemeFileError.self) { try Theme(toml: text, file: "t.toml") }
    #expect(error?.reason.english.contains("did you mean \"blue\"?") == true)
  }

  @Test func missingRoleIsReportedOnTheRolesHeader() {
    let text = ThemeFixtures.minimalText(replacing: "status", with: nil)
    let error = #expect(throws: ThemeFileError.self) { try Theme(toml: text, file: "t.toml") }
    #expect(error?.description == "t.toml:5: missing role \"status\"")
    #expect(error?.message(.french) == "t.toml:5: rôle manquant\u{202F}: \"status\"")
  }

  @Test func missingNameIsReported() {
    let text = ThemeFixtures.minimalText(header: "[theme]\ndescription = \"x\"")
    let error = #expect(throws: ThemeFileError.self) { try Theme(toml: text, file: "t.toml") }
    #expect(error?.description == "t.toml:1: [theme] needs a name, a non-empty string")
  }

  @Test func unknownBackgroundIsReported() {
    let text = ThemeFixtures.minimalText(header: "[theme]\nname = \"t\"\nbackground = \"grey\"")
    let error = #expect(throws: ThemeFileError.self) { try Theme(toml: text, file: "t.toml") }
    #expect(error?.line == 3)
    #expect(error?.reason.english.hasPrefix("unknown background") == true)
  }

  @Test func syntaxErrorsKeepTOMLKitsLine() {
    let text = "[theme]\nname = \"t\"\n\n[roles]\ntitle = { fg = \"red\" \n"
    let error = #expect(throws: ThemeFileError.self) { try Theme(toml: text, file: "t.toml") }
    #expect(error?.line == 5)
    #expect(error?.reason.english.hasPrefix("not valid TOML: ") == true)
  }

  @Test func errorsPrintAsFileLineReason() {
    #expect(ThemeFileError(file: "a.toml", line: 7, reason: LocalizedText("rôle inconnu « x »", "unknown role \"x\"")).description == "a.toml:7: unknown role \"x\"")
    #expect(ThemeFileError(file: "a.toml", line: 7, reason: LocalizedText("rôle inconnu «\u{202F}x\u{202F}»", "unknown role \"x\"")).message(.french) == "a.toml:7: rôle inconnu «\u{202F}x\u{202F}»")
  }

  @Test func firstProblemInTheFileIsTheOneReported() {
    var text = ThemeFixtures.minimalText(replacing: "title", with: #"title = { fg = "nope" }"#)
    text = text.replacingOccurrences(of: "normal = {}", with: #"normal = { fg = "zzz" }"#)
    let error = #expect(throws: ThemeFileError.self) { try Theme(toml: text, file: "t.toml") }
    #expect(error?.reason.english.hasPrefix("role \"normal\"") == true)
  }
}
