import Testing
@testable import ArdoiseUI

@Suite struct ThemeCatalogTests {
  /// The repository's own build folder: walking up from it must find `Themes/`.
  static let executableInRepository = ThemeFixtures.repositoryRoot + "/.build/debug/ardoise"

  @Test func findsTheRepositoryThemesByWalkingUp() {
    let catalog = ThemeCatalog(environment: [:], executablePath: Self.executableInRepository)
    #expect(catalog.searchDirectories.last == ThemeFixtures.themesDirectory)
    #expect(Set(catalog.list().map(\.name)).isSuperset(of: ThemeFixtures.shippedNames))
    let result = catalog.load("dark")
    #expect(result.error == nil)
    #expect(result.theme.name == "dark")
    #expect(result.source == .file(ThemeFixtures.themesDirectory + "/dark.toml"))
  }

  @Test func searchOrderPutsTheUserFirst() {
    let catalog = ThemeCatalog(
      environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u", "ARDOISE_THEMES_DIR": "/custom"],
      executablePath: "/opt/ardoise/bin/ardoise", files: MemoryThemeFiles(files: ["/opt/Package.swift": ""]))
    #expect(catalog.searchDirectories == ["/cfg/ardoise/themes", "/custom", "/opt/ardoise/share/ardoise/themes", "/opt/Themes"])
    let withoutXDG = ThemeCatalog(environment: ["HOME": "/home/u"], executablePath: nil, files: MemoryThemeFiles(files: [:]))
    #expect(withoutXDG.searchDirectories == ["/home/u/.config/ardoise/themes"])
  }

  /// A theme folder that cannot be read is listed as broken, not silently empty, and the theme
  /// key skips it.
  @Test func anUnreadableThemeFolderIsListedAsBroken() throws {
    var files = MemoryThemeFiles(files: ["/home/u/.config/ardoise/themes/dark.toml": try ThemeFixtures.text(of: "dark")])
    files.unreadableDirectories = ["/home/u/.config/ardoise/themes"]
    let catalog = ThemeCatalog(environment: ["HOME": "/home/u"], executablePath: nil, files: files)
    let entries = catalog.list()
    let folder = entries.first { $0.name == "/home/u/.config/ardoise/themes" }
    #expect(folder?.error?(.english).hasPrefix("unreadable theme folder") == true, "\(entries)")
    #expect(catalog.cycle(after: "default") == "monochrome")
  }

  @Test func theUsersThemeWinsOverTheRepositorys() throws {
    let mine = ThemeFixtures.minimalText(header: "[theme]\nname = \"dark\"\ndescription = \"Mine\"")
    let files = MemoryThemeFiles(files: [
      "/home/u/.config/ardoise/themes/dark.toml": mine,
      "/repo/Package.swift": "",
      "/repo/Themes/dark.toml": try ThemeFixtures.text(of: "dark"),
      "/repo/Themes/light.toml": try ThemeFixtures.text(of: "light"),
    ])
    let catalog = ThemeCatalog(environment: ["HOME": "/home/u"], executablePath: "/repo/.build/debug/ardoise", files: files)
    #expect(catalog.load("dark").theme.description == "Mine")
    let entries = catalog.list()
    #expect(entries.map(\.name) == ["dark", "default", "light", "monochrome"])
    #expect(entries.first?.source == .file("/home/u/.config/ardoise/themes/dark.toml"))
    #expect(entries.first { $0.name == "default" }?.source == .builtIn)
  }

  @Test func brokenFileFallsBackToTheDefaultWithItsError() {
    let broken = ThemeFixtures.minimalText(replacing: "title", with: #"title = { fg = "purplish" }"#)
    let files = MemoryThemeFiles(files: ["/t/broken.toml": broken])
    let catalog = ThemeCatalog(environment: ["ARDOISE_THEMES_DIR": "/t"], executablePath: nil, files: files)
    let result = catalog.load("broken")
    #expect(result.theme == Theme.builtInDefault)
    #expect(result.source == .builtIn)
    #expect(result.error?.english.hasPrefix("/t/broken.toml:7: role \"title\": unknown colour \"purplish\"") == true)
    #expect(catalog.list().first { $0.name == "broken" }?.error == result.error)
  }

  @Test func brokenUserDefaultFallsBackToTheBuiltIn() {
    let files = MemoryThemeFiles(files: ["/t/default.toml": "[theme]\nname = \"default\"\n"])
    let catalog = ThemeCatalog(environment: ["ARDOISE_THEMES_DIR": "/t"], executablePath: nil, files: files)
    let result = catalog.load("default")
    #expect(result.theme == Theme.builtInDefault)
    #expect(result.error?.english == "/t/default.toml:1: missing [roles] table")
    #expect(result.error?.french == "/t/default.toml:1: table [roles] manquante")
  }

  @Test func unknownNameFallsBackWithAMessage() {
    let catalog = ThemeCatalog(environment: [:], executablePath: nil, files: MemoryThemeFiles(files: [:]))
    let result = catalog.load("nope")
    #expect(result.theme == Theme.builtInDefault)
    #expect(result.error?.english == "no theme named \"nope\" (themes: default, monochrome)")
    #expect(result.error?.french == "aucun thème nommé « nope » (thèmes : default, monochrome)")
    #expect(catalog.load("monochrome").theme == Theme.builtInMonochrome)
  }

  @Test func explicitPathIsReadAsIs() throws {
    let files = MemoryThemeFiles(files: ["/somewhere/mine.toml": try ThemeFixtures.text(of: "light")])
    let catalog = ThemeCatalog(environment: [:], executablePath: nil, files: files)
    #expect(catalog.load("/somewhere/mine.toml").theme.name == "light")
    #expect(catalog.load("missing.toml").error?.english.hasPrefix("missing.toml:1: cannot read the file") == true)
  }

  @Test func cyclesThroughUsableThemesAndWraps() {
    let files = MemoryThemeFiles(files: [
      "/t/a.toml": ThemeFixtures.minimalText(),
      "/t/b.toml": "not toml [",
    ])
    let catalog = ThemeCatalog(environment: ["ARDOISE_THEMES_DIR": "/t"], executablePath: nil, files: files)
    #expect(catalog.cycle(after: "a") == "default")
    #expect(catalog.cycle(after: "default") == "monochrome")
    #expect(catalog.cycle(after: "monochrome") == "a")
    #expect(catalog.cycle(after: "unknown") == "a")
  }

  @Test func noColorPrefersMonochrome() {
    #expect(ThemeCatalog(environment: ["NO_COLOR": "1"], executablePath: nil).preferredThemeName == "monochrome")
    #expect(ThemeCatalog(environment: ["NO_COLOR": ""], executablePath: nil).preferredThemeName == "default")
    #expect(ThemeCatalog(environment: [:], executablePath: nil).preferredThemeName == "default")
  }
}
