import Foundation
import Testing

@testable import ArdoiseCore

/// Saving the settings keeps the file as its owner wrote it: comments, blank lines and the order
/// of keys stay, only the lines of the keys that changed are rewritten.
@Suite struct ConfigFileTextTests {
  static let commented = """
    # Le Petit Zinc — settings kept by hand.

    [restaurant]
    # The name on the screen's title.
    name = "Le Petit Zinc"   # since 2019
    city = 'Lyon'

    # Recovery: the formal demand's days.
    [recovery]
    demand_days = 8

    """

  private func config(_ text: String) -> Config {
    let (config, errors) = Config.parse(text, file: "config.toml")
    #expect(errors.isEmpty)
    return config
  }

  @Test func aChangedValueRewritesOnlyItsValueAndKeepsTheCommentAfterIt() throws {
    var settings = config(Self.commented)
    try settings.set("restaurant.name", to: "Chez Léa")
    #expect(settings.fileText(over: Self.commented) == Self.commented.replacingOccurrences(
      of: "name = \"Le Petit Zinc\"   # since 2019", with: "name = \"Chez Léa\"   # since 2019"))
  }

  @Test func aNewKeyGoesAtTheEndOfItsTableBeforeTheCommentThatHeadsTheNext() throws {
    var settings = config(Self.commented)
    try settings.set("restaurant.phone", to: "04 78 00 00 00")
    #expect(settings.fileText(over: Self.commented) == Self.commented.replacingOccurrences(
      of: "city = 'Lyon'\n", with: "city = 'Lyon'\nphone = \"04 78 00 00 00\"\n"))
  }

  @Test func aNewTableGoesAtTheEnd() throws {
    var settings = config(Self.commented)
    try settings.set("print.printer", to: "Bureau")
    #expect(settings.fileText(over: Self.commented) == Self.commented + "\n[print]\nprinter = \"Bureau\"\n")
    let noNewline = "[restaurant]\nname = \"Zinc\""
    var other = config(noNewline)
    try other.set("restaurant.city", to: "Lyon")
    #expect(other.fileText(over: noNewline) == "[restaurant]\nname = \"Zinc\"\ncity = \"Lyon\"\n")
  }

  @Test func anUnsetKeyLosesItsLineOnly() throws {
    var settings = config(Self.commented)
    try settings.set("restaurant.city", to: "")
    #expect(settings.fileText(over: Self.commented) == Self.commented.replacingOccurrences(of: "city = 'Lyon'\n", with: ""))
  }

  @Test func aNumberStaysANumberAndAMultiLineStringIsReplacedWhole() throws {
    var settings = config(Self.commented)
    try settings.set("recovery.demand_days", to: "15")
    #expect(settings.fileText(over: Self.commented) == Self.commented.replacingOccurrences(of: "demand_days = 8", with: "demand_days = 15"))
    let multiLine = "[restaurant]\naddress = \"\"\"\n3 rue des Écoles\n69001 Lyon\"\"\"\n# end\n"
    var other = config(multiLine)
    try other.set("restaurant.address", to: "1 place Bellecour")
    #expect(other.fileText(over: multiLine) == "[restaurant]\naddress = \"1 place Bellecour\"\n# end\n")
  }

  @Test func aValueWithQuotesAndBackslashesReadsBackAsTyped() throws {
    var settings = config(Self.commented)
    try settings.set("restaurant.name", to: "O'Neill \"Pub\" \\ Bar")
    let written = settings.fileText(over: Self.commented)
    #expect(written.hasPrefix("# Le Petit Zinc — settings kept by hand.\n"))
    #expect(written.contains("   # since 2019\n"))
    #expect(Config.parse(written, file: "config.toml").config.restaurantName == "O'Neill \"Pub\" \\ Bar")
  }

  @Test func anUnchangedSettingLeavesTheTextAsItIs() {
    #expect(config(Self.commented).fileText(over: Self.commented) == Self.commented)
  }

  /// A shape the edit does not follow is written whole, as before: never a file that means
  /// something else.
  @Test func aShapeTheEditCannotFollowIsWrittenWhole() throws {
    let inline = "restaurant = { name = \"Zinc\" }\n"
    var settings = config(inline)
    try settings.set("restaurant.city", to: "Lyon")
    let written = settings.fileText(over: inline)
    #expect(written == settings.tomlText)
    #expect(Config.parse(written, file: "config.toml").config == settings)
  }

  @Test func withNoFileTheWholeFileIsWritten() throws {
    var settings = Config()
    try settings.set("restaurant.name", to: "Zinc")
    #expect(settings.fileText(over: nil) == settings.tomlText)
  }

  @Test func saveKeepsTheCommentsOnDisk() throws {
    let temporary = try TemporaryDirectory()
    let data = DataDirectory(path: temporary.child("data"))
    try data.prepare()
    try Data(Self.commented.utf8).write(to: URL(fileURLWithPath: data.configPath))
    var settings = Config.load(from: data).config
    try settings.set("ardoise.theme", to: "dark")
    try settings.save(to: data)
    let text = try String(contentsOfFile: data.configPath, encoding: .utf8)
    #expect(text == Self.commented + "\n[ardoise]\ntheme = \"dark\"\n")
    #expect(Config.load(from: data).config == settings)
  }
}
