import Testing

@testable import ArdoiseCore

/// Found by fuzzing: a key outside ASCII made TOMLKit's parser abort the process. Each reader now
/// refuses such a file with its line instead (before, these tests crashed the test process).
@Suite struct TOMLGuardTests {
  @Test func aConfigWithAKeyOutsideASCIIIsAnErrorNotACrash() {
    let (config, errors) = Config.parse("[ardoise]\nlanguage = \"fr\"\n[\u{FFFD}nknown]\nx = 1\n", file: "config.toml")
    #expect(config == Config())
    #expect(errors.map(\.line) == [3])
    #expect(errors.first?.message(.english).contains("outside ASCII") == true)
    #expect(Config.parse("[été]\nx = 1\n", file: "config.toml").errors.map(\.line) == [1])
  }

  /// The input fuzz-config found in CI (`[\u{12}]` as a table header): toml++ asserted on it.
  @Test func aControlCharacterWhereAKeyIsExpectedIsAnErrorNotACrash() {
    let found = "[\u{12}]#rdois=]\nlan]\n  *=x[1, 2]\n"
    #expect(Config.parse(found, file: "config.toml").errors.map(\.line) == [1])
    #expect(Config.parse("[ardoise]\nlan\u{7F}guage = \"fr\"\n", file: "config.toml").errors.map(\.line) == [2])
    // A table header whose key starts with something else (found next, `[# ardoise…`).
    #expect(Config.parse("[# ardoise settings\n[restaurant]\nname = \"x\"\n", file: "config.toml").errors.map(\.line) == [1])
    #expect(Config.parse("[restaurant]\n[restaurant. ]\n", file: "config.toml").errors.map(\.line) == [2])
    // Arrays in values, quoted and dotted headers, stay accepted.
    #expect(TOMLGuard.refusedLine("[ardoise]\nlanguage = \"fr\"\n[\"restaurant\" . x]\n[[a.b]]\ny = [\n  [1, 2],\n  { z = 1 },\n]\n") == nil)
    #expect(TOMLGuard.refusedLine("x = 1\n  [ 'quoted key' ]\n") == nil)
    // Tab and CR are whitespace in TOML, and stay accepted.
    #expect(Config.parse("[ardoise]\r\n\tlanguage = \"fr\"\r\n", file: "config.toml").errors.isEmpty)
  }

  @Test func aBraceWhereAnArrayValueIsExpectedIsAnErrorNotACrash() {
    // Found by fuzz-theme: toml++ asserts on `[ "bold", }` instead of reporting it.
    let found = "[theme]\nname = \"x\"\n\n[styles]\ntitle = { attrs = [\"bold\", }\n"
    #expect(TOMLGuard.refusedLine(found) == 5)
    #expect(TOMLGuard.refusedLine("a = [}\n") == 1)
    #expect(TOMLGuard.refusedLine("a = [\n  1, # c\n\n}\n") == 4)
    #expect(TOMLGuard.refusedLine("a = [1, [2, }]]\n") == 1)
    #expect(Config.parse("[restaurant]\nname = [\"x\", }\n", file: "config.toml").errors.map(\.line) == [2])
    // Braces inside strings and comments, and inline tables inside arrays, are fine.
    #expect(TOMLGuard.refusedLine("a = [\"}\", '}', { b = 1 }, # }\n]\nc = { d = [1, 2] }\n") == nil)
  }

  @Test func aPlaybookWithAKeyOutsideASCIIFallsBackToTheBuiltInOne() {
    let result = Playbook.load(tomlText: "mode = \"extend\"\n\n[[step]]\nid = \"contact\"\nété = 1\n", file: "playbook.toml")
    #expect(result.errors.map(\.line) == [5])
    #expect(result.playbook.stepIDs == Playbook.standard.stepIDs)
  }

  @Test func accentsInStringsAndCommentsAreAccepted() {
    let text = """
      # Réglages du Zinc — café
      [restaurant]
      name = "Le Zinc — café"
      legal_name = 'SARL « Zinc »'
      address = \"\"\"12 rue des Lilas
      69001 Lyon\"\"\"
      representative = "Zoé \\"la patronne\\" Martin" # gérante
      "clé" = "valeur"
      """
    #expect(TOMLGuard.lineOfNonASCIIOutsideStrings(text) == nil)
    #expect(Config.parse(text, file: "config.toml").config.restaurantName == "Le Zinc — café")
  }

  @Test func theLineIsCountedAcrossMultilineStrings() {
    #expect(TOMLGuard.lineOfNonASCIIOutsideStrings("a = '''x\ny\nz'''\nb = 1\né = 2\n") == 5)
    #expect(TOMLGuard.lineOfNonASCIIOutsideStrings("a = \"\"\"é\\\nb\"\"\"\nc = 1 é\n") == 3)
    #expect(TOMLGuard.lineOfNonASCIIOutsideStrings("a = \"unclosed\né = 1\n") == 2)
  }
}
