import Testing

@testable import ArdoiseCore

@Suite struct TOMLDocumentTests {
  /// The line of the first problem, nil when the text parses.
  private func errorLine(_ text: String) -> Int? {
    do {
      _ = try TOMLDocument.parse(text)
      return nil
    } catch {
      return error.line
    }
  }

  // MARK: - Valid documents

  @Test(arguments: [
    "",
    "# only a comment\n",
    "a = 1\nb = \"two\"\nc = 'three'\n",
    "[t]\nx = 1\n[t.u]\ny = 2\n",
    "[a.b.c]\nz = 1\n[a]\nw = 2\n",
    "a.b.c = 1\na.b.d = 2\n",
    "[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true\n",
    "[[step]]\nid = \"a\"\n[[step.outcome]]\nid = \"x\"\n[[step]]\nid = \"b\"\n",
    "point = { x = 1, y.z = 2 }\nempty = {}\n",
    "a = [\n  1, # one\n  2,\n]\nb = [[1, 2], [\"x\"], { c = 1 }]\n",
    "s = \"tab\\t quote\\\" slash\\\\ \\u00E9 \\U0001F600\"\n",
    "s = \"\"\"\nline one\nline two \\\n    joined\"\"\"\n",
    "s = '''\nraw \\n text'''\nt = \"\"\"two quotes at the end\"\"\"\"\"\n",
    "i = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101, -9223372036854775808]\n",
    "f = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf, nan]\n",
    "b = [true, false]\n",
    "d = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00, 1979-05-27, 07:32:00.5, 2000-02-29]\n",
    "\"quoted key\" = 1\n'literal key' = 2\n\"\" = 3\n1234 = 4\n",
    "a = 1\r\nb = 2\r\n",
    "[ a . b ]\n[[ c ]]\n",
    "# Réglages — café\nname = \"Le Zinc — café\"\n\"clé\" = 'SARL « Zinc »'\n",
  ])
  func validDocumentsParse(_ text: String) {
    #expect(errorLine(text) == nil, "\(text.debugDescription)")
  }

  @Test func valuesAreReadAsWritten() throws {
    let table = try TOMLDocument.parse("""
      title = "a \\"b\\" \\u00E9"
      n = 1_000
      hex = 0xff
      x = 2.5
      yes = true
      when = 1979-05-27T07:32:00-07:00
      [owner]
      list = [1, "two"]
      inline = { a.b = 1 }
      [[item]]
      id = 1
      [[item]]
      id = 2
      multi = \"\"\"
      one\\
        two\"\"\"
      """)
    #expect(table.keys == ["title", "n", "hex", "x", "yes", "when", "owner", "item"])
    #expect(table["title"]?.string == "a \"b\" é")
    #expect(table["n"]?.int == 1000)
    #expect(table["hex"]?.int == 255)
    #expect(table["x"]?.double == 2.5)
    #expect(table["yes"]?.bool == true)
    #expect(table["when"]?.dateTime?.offsetMinutes == -420)
    #expect(table["when"]?.dateTime?.description == "1979-05-27T07:32:00-07:00")
    #expect(table["owner"]?.table?["list"] == .array([.integer(1), .string("two")]))
    #expect(table["owner"]?.table?["inline"]?.table?["a"]?.table?["b"]?.int == 1)
    #expect(table["item"]?.array?.compactMap { $0.table?["id"]?.int } == [1, 2])
    #expect(table["item"]?.array?.last?.table?["multi"]?.string == "onetwo")
  }

  // MARK: - Invalid documents, with the line of the error

  @Test(arguments: [
    ("a = 1\na = 2\n", 2),  // duplicate key
    ("[t]\nx = 1\n\n[t]\n", 4),  // table defined twice
    ("a.b = 1\n[a]\n", 2),  // a table made by dotted keys, then by a header
    ("[a.b]\nx = 1\n[a]\nb.y = 2\n", 4),  // a dotted key adding to a header table
    ("a = [1]\n[[a]]\n", 2),  // a static array, then an array of tables
    ("[[a]]\n[a]\n", 2),
    ("a = { b = 1 }\na.c = 2\n", 2),  // an inline table is closed
    ("a = { b = 1 }\n[a.c]\n", 2),
    ("a = 1\n[a.b]\n", 2),
    ("x = 1\ny = \n", 2),  // no value
    ("x = \"open\ny = 1\n", 1),  // string not closed on its line
    ("x = '''never\nclosed\n", 1),
    ("\n\nx = \"bad \\q escape\"\n", 3),
    ("x = \"\\uD800\"\n", 1),  // a surrogate
    ("x = 01\n", 1),  // leading zero
    ("x = 1__0\n", 1),
    ("x = _1\n", 1),
    ("x = 0x\n", 1),
    ("x = +0x10\n", 1),
    ("x = 9223372036854775808\n", 1),  // over 64 bits
    ("x = 1.\n", 1),
    ("x = .5\n", 1),
    ("x = 1e\n", 1),
    ("x = 1979-02-30\n", 1),
    ("x = 1979-05-27T25:00:00\n", 1),
    ("x = 07:32\n", 1),  // seconds are required in TOML 1.0
    ("x = True\n", 1),
    ("x = 1 2\n", 1),
    ("a = 1\nb = [1, 2\n", 2),  // array never closed: its opening line
    ("a = [1,,2]\n", 1),
    ("a = { b = 1,\n c = 2 }\n", 1),  // inline tables fit on one line
    ("a = { b = 1, }\n", 1),
    ("[a\n", 1),
    ("[[a]\n", 1),
    ("[]\n", 1),
    ("= 1\n", 1),
    ("a b = 1\n", 1),
    ("a = 1\rb = 2\n", 1),  // a lone carriage return
    ("# comment \u{7}\n", 1),
    ("a = \"bell \u{7}\"\n", 1),
    ("x = 1 # ok\n\n[t]\ny = 2 z\n", 4),
  ])
  func invalidDocumentsGiveTheirLine(_ text: String, _ line: Int) {
    #expect(errorLine(text) == line, "\(text.debugDescription)")
  }

  @Test func theColumnIsCountedInCharacters() {
    #expect(throws: TOMLParseError.self) { try TOMLDocument.parse("é = 1\n") }
    do {
      _ = try TOMLDocument.parse("a = 1\n\"é\" = 2 x\n")
      Issue.record("parsed")
    } catch {
      #expect(error.line == 2 && error.column == 9)
      #expect(error.detail.english.hasSuffix("(column 9)"))
      #expect(error.reason.english.hasPrefix("expected the end of the line"))
    }
  }

  @Test func aDuplicateKeyNamesTheKey() {
    do {
      _ = try TOMLDocument.parse("[t]\nname = 1\nname = 2\n")
      Issue.record("parsed")
    } catch {
      #expect(error.line == 3 && error.column == 1)
      #expect(error.reason.english == "duplicate key \"name\"")
      #expect(error.reason.french == "clé «\u{202F}name\u{202F}» en double")
    }
  }

  // MARK: - The four shapes that made toml++ (in TOMLKit) abort the process

  /// Found by fuzzing, each a file that stopped every command: now an error with its line.
  @Test(arguments: [
    ("[ardoise]\nlanguage = \"fr\"\n[\u{FFFD}nknown]\nx = 1\n", 3),  // outside ASCII where a key is expected
    ("[été]\nx = 1\n", 1),
    ("[\u{12}]#rdois=]\nlan]\n  *=x[1, 2]\n", 1),  // a control character where a key is expected
    ("[ardoise]\nlan\u{7F}guage = \"fr\"\n", 2),
    ("[# ardoise settings\n[restaurant]\nname = \"x\"\n", 1),  // a header without a key
    ("[restaurant]\n[restaurant. ]\n", 2),
    ("[theme]\nname = \"x\"\n\n[styles]\ntitle = { attrs = [\"bold\", }\n", 5),  // a brace closing an array
    ("a = [}\n", 1),
    ("a = [\n  1, # c\n\n}\n", 4),
    ("a = [1, [2, }]]\n", 1),
    ("a = [[1], }\n", 1),
    ("a = [ # c\n}\n", 2),
  ])
  func theShapesThatAbortedTOMLKitAreErrors(_ text: String, _ line: Int) {
    #expect(errorLine(text) == line, "\(text.debugDescription)")
    #expect(Config.parse(text, file: "config.toml").errors.first?.line == line)
  }

  @Test func bracesInStringsAndCommentsAreFine() {
    #expect(errorLine("a = [\"}\", '}', { b = 1 }, # }\n]\nc = { d = [1, 2] }\n") == nil)
  }

  // MARK: - Limits

  @Test func deepNestingIsAnErrorNotACrash() {
    let depth = TOMLDocument.maximumDepth
    #expect(errorLine("a = " + String(repeating: "[", count: depth - 2) + String(repeating: "]", count: depth - 2) + "\n") == nil)
    #expect(errorLine("a = " + String(repeating: "[", count: 100_000) + "\n") == 1)
    #expect(errorLine("a = " + String(repeating: "{ b = ", count: 100_000) + "\n") == 1)
    #expect(errorLine("x = 1\n[" + Array(repeating: "a", count: 10_000).joined(separator: ".") + "]\n") == 2)
    #expect(errorLine(Array(repeating: "a", count: 10_000).joined(separator: ".") + " = 1\n") == 1)
  }

  @Test func aHugeLineParsesOrFailsWithItsColumn() throws {
    let long = String(repeating: "é", count: 400_000)
    let table = try TOMLDocument.parse("a = 1\ns = \"" + long + "\"\n")
    #expect(table["s"]?.string?.count == 400_000)
    do {
      _ = try TOMLDocument.parse("a = 1\ns = \"" + long + "\" junk\n")
      Issue.record("parsed")
    } catch {
      #expect(error.line == 2 && error.column == 400_008)  // `s = "` is 5, the text 400,000, `" ` 2: `junk` starts at 400,008
    }
    #expect(errorLine(String(repeating: "#", count: TOMLDocument.maximumBytes + 1)) == 1)
  }

  @Test func manyArrayTablesParse() throws {
    let table = try TOMLDocument.parse(String(repeating: "[[a]]\nx = 1\n", count: 20_000))
    #expect(table["a"]?.array?.count == 20_000)
  }

  // MARK: - Readers on top

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
      """
    #expect(Config.parse(text, file: "config.toml").config.restaurantName == "Le Zinc — café")
    #expect(Config.parse("[ardoise]\r\n\tlanguage = \"fr\"\r\n", file: "config.toml").errors.isEmpty)
  }

  @Test func quotingRoundTrips() throws {
    for text in ["plain", "quote \" and \\ slash", "line\nbreak\ttab", "bell \u{7} del \u{7F}", "é — «»"] {
      #expect(try TOMLDocument.parse("k = " + TOMLValue.quoted(text))["k"]?.string == text)
    }
    #expect(TOMLValue.key("bare-key_1") == "bare-key_1")
    #expect(TOMLValue.key("a b") == "\"a b\"")
  }

  /// The settings, people and group files are written as TOMLKit wrote them, and read back the same.
  @Test func writtenStringsMatchTOMLKitAndReadBack() throws {
    let cases = [
      ("Lyon", "'Lyon'"), ("", "''"), ("l'Ardoise", "\"l'Ardoise\""), ("12 rue\n69001 Lyon", "'''12 rue\n69001 Lyon'''"),
      ("a\tb", "\"a\\tb\""), ("bell \u{7}", "\"bell \\u0007\""), ("it's\nok", "'''it's\nok'''"),
      ("tab\tand\nline", "\"\"\"tab\\tand\nline\"\"\""), ("café « x »", "'café « x »'"),
      // toml++ wrote these so that they did not read back; they now do.
      ("\nleading", "'''\n\nleading'''"), ("end'\n'", "\"\"\"end'\n'\"\"\""),
    ]
    for (text, expected) in cases {
      #expect(TOMLValue.written(text) == expected)
      #expect(try TOMLDocument.parse("k = " + TOMLValue.written(text))["k"]?.string == text, "\(text.debugDescription)")
    }
    #expect(TOMLValue.line("name", "Zoé") == "name = 'Zoé'")
    #expect(TOMLValue.line("a b", "x") == "'a b' = 'x'")
  }
}
