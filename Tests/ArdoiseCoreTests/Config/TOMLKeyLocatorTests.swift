import Testing
@testable import ArdoiseCore

/// The line of a key or header, for errors about values found after parsing (themes, config).
@Suite struct TOMLKeyLocatorTests {
  @Test func findsHeadersAndKeysInTheirTables() {
    let locator = TOMLKeyLocator(text: """
      # a theme
      name = "x"

      [roles]
      title = { foreground = "red" }
      [roles.status]
      foreground = "blue"
      """)
    #expect(locator.line(of: ["name"]) == 2)
    #expect(locator.line(of: ["roles"]) == 4)
    #expect(locator.line(of: ["roles", "title"]) == 5)
    #expect(locator.line(of: ["roles", "status"]) == 6)
    #expect(locator.line(of: ["roles", "status", "foreground"]) == 7)
    #expect(locator.line(of: ["foreground"]) == nil)
    #expect(locator.nearestLine(of: ["roles", "status", "background"]) == 6)
    #expect(locator.nearestLine(of: ["nowhere"]) == 1)
  }

  /// A quoted key is one key, dots and all; a dotted key is a path.
  @Test func quotedKeysAreOneKey() {
    let locator = TOMLKeyLocator(text: """
      "restaurant.name" = "Le Petit Zinc"
      site.'street address' = "1 rue"
      [roles."list row"]
      background = 'black'
      """)
    #expect(locator.line(of: ["restaurant.name"]) == 1)
    #expect(locator.line(of: ["restaurant", "name"]) == nil)
    #expect(locator.line(of: ["site", "street address"]) == 2)
    #expect(locator.line(of: ["roles", "list row"]) == 3)
    #expect(locator.line(of: ["roles", "list row", "background"]) == 4)
  }

  /// Lines inside a multi-line string are text: neither headers nor keys.
  @Test func multiLineStringsAreText() {
    let locator = TOMLKeyLocator(text: #"""
      description = """
      [roles]
      title = "inside the text"
      """
      notes = '''
      [theme]
      '''
      [roles]
      title = "red"
      """#)
    #expect(locator.line(of: ["description"]) == 1)
    #expect(locator.line(of: ["notes"]) == 5)
    #expect(locator.line(of: ["theme"]) == nil)
    #expect(locator.line(of: ["roles"]) == 8)
    #expect(locator.line(of: ["roles", "title"]) == 9)
    #expect(locator.line(of: ["title"]) == nil)
  }

  @Test func windowsLineEndingsCountAsLines() {
    let locator = TOMLKeyLocator(text: "language = \"fr\"\r\n[documents]\r\ndemand_days = 8\r\n")
    #expect(locator.line(of: ["documents"]) == 2)
    #expect(locator.line(of: ["documents", "demand_days"]) == 3)
  }
}
