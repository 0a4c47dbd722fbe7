import CSV
import Foundation
import Testing

/// Nothing from user data reaches the terminal raw: what every command prints, and its errors.
@Suite(.serialized) struct OutputTests {
  /// Sets the terminal's title (OSC 0), writes the clipboard (OSC 52), rings, reverses the line.
  static let title = "T4\u{1B}]0;pwned\u{07}"
  static let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
  static let hostile = "Du\u{202E}pont\u{200B}\u{9B}31m\u{7F}"

  /// Scalars that must never be written raw: controls but newline (and the CR of CSV's CRLF),
  /// bidirectional and zero-width characters.
  static func rawScalars(_ text: String, allowingCarriageReturn: Bool = false) -> [String] {
    text.unicodeScalars.filter { scalar in
      let value = scalar.value
      if scalar == "\n" || (allowingCarriageReturn && scalar == "\r") { return false }
      return value < 0x20 || (0x7F...0x9F).contains(value) || [0x061C, 0x200E, 0x200F, 0xFEFF].contains(value)
        || (0x200B...0x200D).contains(value) || (0x202A...0x202E).contains(value) || (0x2060...0x2069).contains(value)
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  func seeded() throws -> (ArdoiseProcess, String) {
    let ardoise = try ArdoiseProcess()
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-01-10 21:30", "--table", Self.title + Self.clipboard,
                                  "--server", Self.hostile, "--note", "Parti\u{1B}[2J vite", "--description", Self.hostile])
    _ = try ardoise.succeed(["identify", id, "--name", Self.hostile, "--address", "1 rue A\u{1B}]0;x\u{07}, Lyon"])
    _ = try ardoise.succeed(["note", id, "note " + Self.clipboard])
    return (ardoise, id)
  }

  @Test func showListAndStatsPrintNothingRaw() throws {
    let (ardoise, id) = try seeded()
    defer { ardoise.removeData() }
    for arguments in [["show", id], ["list"], ["list", "--all"], ["stats"], ["show", id, "--lang", "fr"]] {
      let result = try ardoise.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(Self.rawScalars(result.stdout).isEmpty, "\(arguments): \(Self.rawScalars(result.stdout))")
      #expect(Self.rawScalars(result.stderr).isEmpty)
    }
    let show = try ardoise.succeed(["show", id])
    #expect(show.contains("table T4\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}]52;c;cm0gLXJmIH4=\u{FFFD}"), "\(show)")
    #expect(show.contains("Du\u{FFFD}pont\u{FFFD}\u{FFFD}31m\u{FFFD}"))
    let stats = try ardoise.succeed(["stats"])
    #expect(stats.contains("T4\u{FFFD}]0;pwned"), "\(stats)")
  }

  /// JSON stays valid and holds the same strings: the characters are `\u` escapes.
  @Test func jsonIsValidAndEscaped() throws {
    let (ardoise, id) = try seeded()
    defer { ardoise.removeData() }
    for arguments in [["show", id, "--json"], ["list", "--json"], ["export", "--format", "json", "--with-personal-data"]] {
      let text = try ardoise.succeed(arguments)
      #expect(Self.rawScalars(text).isEmpty, "\(arguments): \(Self.rawScalars(text))")
      #expect(text.contains("\\u001b"))
      let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
      let strings = "\(parsed)"
      #expect(strings.contains("pwned"))
    }
    let show = try #require(try JSONSerialization.jsonObject(with: Data(ardoise.succeed(["show", id, "--json"]).utf8)) as? [String: Any])
    #expect(show["table"] as? String == Self.title + Self.clipboard)
    #expect(show["server"] as? String == Self.hostile)
  }

  @Test func documentsAndCSVPrintNothingRaw() throws {
    let (ardoise, id) = try seeded()
    defer { ardoise.removeData() }
    let document = try ardoise.run(["doc", id, "demand-letter", "--out", "-"])
    #expect(document.status == 0)
    #expect(Self.rawScalars(document.stdout).isEmpty, "\(Self.rawScalars(document.stdout))")
    #expect(document.stdout.contains("Du\u{FFFD}pont"))
    let written = try ardoise.succeed(["doc", id, "reminder"])
    let file = try String(contentsOfFile: written, encoding: .utf8)
    #expect(Self.rawScalars(file).filter { $0 != "U+9" }.isEmpty)
    let csv = try ardoise.succeed(["export", "--format", "csv", "--with-personal-data"])
    #expect(Self.rawScalars(csv, allowingCarriageReturn: true).isEmpty, "\(Self.rawScalars(csv, allowingCarriageReturn: true))")
  }

  /// A table, a server or a customer's phone that a spreadsheet would run as a formula is written
  /// as text; the amounts stay numbers.
  @Test func csvCellsNeverStartAFormula() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let id = try ardoise.succeed(["new", "--amount", "42,50", "--at", "2026-01-10 21:30", "--table", "=HYPERLINK(\"http://x.example\";\"T4\")",
                                  "--server", "@Léa", "--note", "-2+3"])
    _ = try ardoise.succeed(["identify", id, "--name", "+Jean", "--phone", "+33 6 12 34 56 78"])
    let text = try ardoise.succeed(["export", "--format", "csv", "--with-personal-data"])
    let reader = try CSVReader(string: text, hasHeaderRow: true)
    let header = reader.headerRow ?? []
    let row = Dictionary(uniqueKeysWithValues: zip(header, try #require(reader.next())).map { ($0, $1) })
    #expect(row["table"] == "'=HYPERLINK(\"http://x.example\";\"T4\")")
    #expect(row["server"] == "'@Léa")
    #expect(row["summary"] == "'-2+3")
    #expect(row["customer_name"] == "'+Jean")
    #expect(row["customer_phone"] == "'+33 6 12 34 56 78")
    #expect(row["amount"] == "42.50")
    #expect(row["outstanding"] == "42.50")
    #expect(row["id"] == id)
  }

  /// An error is one line on stderr, and what was typed is echoed escaped.
  @Test func errorsAreOneEscapedLine() throws {
    let (ardoise, _) = try seeded()
    defer { ardoise.removeData() }
    let cases: [([String], Int32)] = [
      (["show", "nope\u{1B}]0;pwned\u{07}\nsecond line"], 1),
      (["new", "--amount", "12\u{1B}[31m"], 1),
      (["new", "--amount"], 64),
      (["list", "--bogus\u{1B}]0;t\u{07}"], 64),
      (["new", "--amount", "10", "--covers", "x\ny"], 1),
    ]
    for (arguments, status) in cases {
      let result = try ardoise.run(arguments)
      #expect(result.status == status, "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
      let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 2 && lines[1].isEmpty, "\(arguments): \(result.stderr)")
      #expect(result.stderr.hasPrefix("ardoise: "))
      #expect(Self.rawScalars(result.stderr).isEmpty, "\(arguments): \(Self.rawScalars(result.stderr))")
    }
    #expect(try ardoise.run(["show", "nope\u{1B}]0;x\u{07}"]).stderr.contains("nope\\u{1B}]0;x\\u{7}"))
  }

  /// `--amount -1` is an amount, refused as negative, not a missing value with the usage.
  @Test func aNegativeAmountIsReadAsAnAmount() throws {
    let ardoise = try ArdoiseProcess()
    defer { ardoise.removeData() }
    let result = try ardoise.run(["new", "--amount", "-1"])
    #expect(result.status == 1)
    #expect(result.stderr == "ardoise: --amount: an amount cannot be negative\n")
    let note = try ardoise.run(["new", "--amount", "12", "--note", "- parti sans payer", "--at", "2026-01-10 21:30"])
    #expect(note.status == 0, "\(note.stderr)")
  }
}
