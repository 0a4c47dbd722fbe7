import Testing
@testable import ArdoiseUI

@Suite struct ThemeBuiltinTests {
  @Test(arguments: ["default", "monochrome"])
  func builtInTextIsIdenticalToTheShippedFile(name: String) throws {
    #expect(Theme.builtInSources[name] == (try ThemeFixtures.text(of: name)))
  }

  @Test func builtInThemesParse() throws {
    for (name, source) in Theme.builtInSources {
      let theme = try Theme(toml: source, file: name)
      #expect(theme.name == name)
    }
    #expect(Theme.builtInDefault == (try ThemeFixtures.theme("default")))
    #expect(Theme.builtInMonochrome == (try ThemeFixtures.theme("monochrome")))
  }
}
