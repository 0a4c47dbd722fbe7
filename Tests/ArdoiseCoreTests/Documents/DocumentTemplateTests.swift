import Foundation
import Testing

@testable import ArdoiseCore

@Suite struct DocumentTemplateTests {
  func render(_ source: String, _ values: [String: Any] = [:]) throws -> String {
    try DocumentTemplate(source).render(values)
  }

  @Test func valuesAreFilledInAndNeverEscaped() throws {
    let values: [String: Any] = ["name": "Dupont & Fils <SARL>", "count": 3, "yes": true]
    #expect(try render("A {{name}}, {{{name}}}, {{& name}}, {{ count }}, {{yes}}, [{{missing}}].", values)
      == "A Dupont & Fils <SARL>, Dupont & Fils <SARL>, Dupont & Fils <SARL>, 3, true, [].")
  }

  @Test func sectionsShowOnTrueOnATextAndPerItem() throws {
    let values: [String: Any] = [
      "on": true, "off": false, "text": "T4", "empty": [[String: Any]](),
      "contacts": [["day": "1er", "note": "absent"], ["day": "3"]],
      "names": ["Léa", "Marc"], "restaurant": ["city": "Lyon"],
    ]
    #expect(try render("{{#on}}oui{{/on}}{{#off}}non{{/off}}{{^off}}pas faux{{/off}}", values) == "ouipas faux")
    #expect(try render("{{#text}}table {{text}}{{/text}}{{#missing}}x{{/missing}}{{^missing}}absent{{/missing}}", values)
      == "table T4absent")
    #expect(try render("{{#empty}}x{{/empty}}{{^empty}}vide{{/empty}}", values) == "vide")
    #expect(try render("{{#contacts}}[{{day}}{{#note}} {{note}}{{/note}} {{text}}]{{/contacts}}", values)
      == "[1er absent T4][3 T4]")
    #expect(try render("{{#names}}{{.}};{{/names}} {{restaurant.city}} {{restaurant.zip}}", values) == "Léa;Marc; Lyon ")
  }

  /// A line holding only a section, closing or comment tag leaves no trace; a value's line stays.
  @Test func standaloneTagLinesLeaveNoTrace() throws {
    let source = "Début\n  {{#on}}  \nDedans\n{{! note pour soi }}\n{{/on}}\r\n{{name}}\nFin {{#on}}x{{/on}}\n"
    #expect(try render(source, ["on": true, "name": ""]) == "Début\nDedans\n\nFin x\n")
  }

  @Test(arguments: [
    ("{{#table}} jamais fermé", 1, "section “table” is never closed"),
    ("a\n{{#a}}{{/b}}", 2, "“{{/b}}” closes section “a” opened on line 2"),
    ("{{/a}}", 1, "“{{/a}}” closes no section"),
    ("ligne 1\nligne {{2\n}}", 2, "“{{” without “}}” on the same line"),
    ("{{> entête}}", 1, "partials “{{> …}}” are not supported"),
    ("{{=<% %>=}}", 1, "changing delimiters “{{= … =}}” is not supported"),
    ("{{ }}", 1, "invalid field name: “”"),
    ("{{a b}}", 1, "invalid field name: “a b”"),
  ])
  func malformedTemplatesAreRefusedWithTheirLine(source: String, line: Int, reason: String) {
    #expect(throws: DocumentTemplateError(line: line, reason: LocalizedText(french: "", english: reason))) {
      do { _ = try DocumentTemplate(source) } catch let error as DocumentTemplateError {
        throw DocumentTemplateError(line: error.line, reason: LocalizedText(french: "", english: error.reason.english))
      }
    }
  }

  @Test func frenchMessageUsesFrenchTypography() throws {
    let error = try #require(throws: DocumentTemplateError.self) { try DocumentTemplate("{{#table}}") }
    #expect(error.message(.french) == "modèle de document invalide, ligne 1\u{202F}: section «\u{202F}table\u{202F}» jamais fermée")
  }

  @Test func sectionsNestAtMostSixtyFourDeep() throws {
    let deep = { (count: Int) in String(repeating: "{{#a}}", count: count) + "x" + String(repeating: "{{/a}}", count: count) }
    let values: [String: Any] = ["a": true]
    #expect(try render(deep(DocumentTemplate.maximumDepth), values) == "x")
    #expect(throws: DocumentTemplateError.self) { try DocumentTemplate(deep(DocumentTemplate.maximumDepth + 1)) }
  }

  /// 256 KiB is accepted; one byte more is refused before anything is parsed.
  @Test func templatesAreCappedInSize() throws {
    let limit = DocumentTemplate.maximumSize
    let fits = String(repeating: "a", count: limit)
    #expect(try DocumentTemplate(fits).render([:]).utf8.count == limit)
    let error = try #require(throws: DocumentTemplateError.self) { try DocumentTemplate(fits + "{{") }
    #expect(error.line == nil)
    #expect(error.message(.english) == "invalid document template: larger than 256 KiB (262146 bytes)")
  }

  /// As many placeholders as a template can hold, on one line (64,000 took 71 s with the previous
  /// renderer, which scanned to the end of the template at every tag): every one is filled in.
  /// Its speed is measured by `ardoise-bench`.
  @Test func aTemplateFullOfPlaceholdersIsAllFilled() throws {
    let source = String(repeating: "{{a}}", count: 52_000)
    #expect(source.utf8.count <= DocumentTemplate.maximumSize)
    let text = try render(source, ["a": "é"])
    #expect(text == String(repeating: "é", count: 52_000))
  }

  /// A list inside itself multiplies: 5 items 20 deep would be 5²⁰ passes. Rendering stops with
  /// an error instead of running for ever.
  @Test func sectionsThatMultiplyAreStopped() throws {
    let source = String(repeating: "{{#items}}", count: 20) + "x" + String(repeating: "{{/items}}", count: 20)
    let values: [String: Any] = ["items": Array(repeating: [String: Any](), count: 5)]
    let error = try #require(throws: DocumentTemplateError.self) { try render(source, values) }
    #expect(error.reason.english.hasPrefix("the document would exceed 1 MiB or 100,000 pieces"))
    #expect(try render(String(repeating: "{{#items}}", count: 3) + "x" + String(repeating: "{{/items}}", count: 3), values)
      == String(repeating: "x", count: 125))
  }

  /// Found by fuzz-template: thirteen sections nested over a list of three (1.6 million passes)
  /// took 38 s (wall clock, loaded machine) under the fuzzer before reaching 8 MiB or 1,000,000
  /// pieces. The caps are now 1 MiB and 100,000 pieces: 5⁸ passes (390,625) and 1.6 MB of text
  /// (200 KB eight times) are refused.
  @Test func aTemplateIsRefusedBeforeItsWorkGrowsLarge() throws {
    let five: [String: Any] = ["items": Array(repeating: [String: Any](), count: 5)]
    let nested = String(repeating: "{{#items}}", count: 8) + "x" + String(repeating: "{{/items}}", count: 8)
    #expect(throws: DocumentTemplateError.self) { try render(nested, five) }
    let two: [String: Any] = ["items": Array(repeating: [String: Any](), count: 2)]
    let wide = String(repeating: "{{#items}}", count: 3) + String(repeating: "y", count: 200_000) + String(repeating: "{{/items}}", count: 3)
    #expect(throws: DocumentTemplateError.self) { try render(wide, two) }
    // A list of a hundred payments is far inside both caps.
    let payments: [String: Any] = ["payments": (1...100).map { ["day": "\($0)", "amount": "30,00"] as [String: Any] }]
    let letter = "{{#payments}}- le {{day}} : {{amount}}\n{{/payments}}"
    #expect(try render(letter, payments).split(separator: "\n").count == 100)
  }
}
