import Foundation
import Testing
@testable import ArdoiseCore

@Suite struct PlaybookTOMLTests {
  /// The errors of `text` as (line, English reason).
  private func errors(_ text: String) -> [(line: Int, reason: String)] {
    Playbook.load(tomlText: text, file: "playbook.toml").errors.map { ($0.line, $0.reason.english) }
  }

  /// Expects exactly one error, on `line`, whose English reason contains `words`.
  private func expectError(_ text: String, line: Int, _ words: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let found = errors(text)
    #expect(found.count == 1, "expected one error, got \(found)", sourceLocation: sourceLocation)
    #expect(found.first?.line == line, "wrong line in \(found)", sourceLocation: sourceLocation)
    #expect(found.first?.reason.contains(words) == true, "“\(words)” not in \(found)", sourceLocation: sourceLocation)
  }

  // MARK: - Extend and replace

  @Test func extendAddsAnOutcomeAndAStep() throws {
    let result = Playbook.load(tomlText: """
      mode = "extend"

      [[step]]
      id = "contact"
      guidance_fr = "Appelez d’abord, écrivez ensuite."

      [[step.outcome]]
      id = "disputed"
      fr = "Conteste la note"
      en = "Disputes the bill"
      next = "review"
      completes = false

      [[step.outcome]]
      id = "refused"
      en = "Refuses outright"

      [[step]]
      id = "call-owner"
      after = "review"
      title_fr = "Appeler le patron"

      [[step.sub_action]]
      id = "dial"
      fr = "Composer le numéro"
      en = "Dial the number"

      [[step.outcome]]
      id = "owner-told"
      fr = "Patron prévenu"
      en = "Owner told"
      """, file: "playbook.toml")

    #expect(result.errors.isEmpty)
    let playbook = result.playbook
    #expect(playbook.steps.map(\.id.rawValue)
      == ["stay-calm", "catch-up", "review", "call-owner", "contact", "payment-options", "authorities", "prevention"])

    let contact = try #require(playbook.step(.contact))
    let standardContact = try #require(Playbook.standard.step(.contact))
    #expect(contact.guidance.french == "Appelez d’abord, écrivez ensuite.")
    #expect(contact.guidance.english == standardContact.guidance.english)
    #expect(contact.outcomes.count == standardContact.outcomes.count + 1)
    #expect(contact.outcome("disputed")
      == Outcome(id: "disputed", label: LocalizedText("Conteste la note", "Disputes the bill"), next: .review, completesStep: false))
    let refused = try #require(contact.outcome("refused"))
    #expect(refused.label.english == "Refuses outright")
    #expect(refused.label.french == standardContact.outcome("refused")?.label.french)
    #expect(refused.next == .authorities)

    let callOwner = try #require(playbook.step("call-owner"))
    #expect(callOwner.title == LocalizedText("Appeler le patron", "Appeler le patron"))
    #expect(callOwner.guidance == LocalizedText("", ""))
    #expect(callOwner.subActions == [SubAction(id: "dial", label: LocalizedText("Composer le numéro", "Dial the number"))])
    #expect(callOwner.outcomes.first?.effect == .moveOn)
    #expect(callOwner.outcomes.first?.completesStep == true)
  }

  @Test func newStepsWithoutAfterGoBeforePreventionAndKeepFileOrder() {
    let result = Playbook.load(tomlText: """
      [[step]]
      id = "first-new"
      title_en = "First"
      [[step.outcome]]
      id = "done"
      en = "Done"

      [[step]]
      id = "second-new"
      title_en = "Second"
      [[step.outcome]]
      id = "done"
      en = "Done"

      [[step]]
      id = "third-new"
      after = "catch-up"
      title_en = "Third"
      [[step.outcome]]
      id = "done"
      en = "Done"

      [[step]]
      id = "fourth-new"
      after = "catch-up"
      title_en = "Fourth"
      [[step.outcome]]
      id = "done"
      en = "Done"
      """, file: "playbook.toml")
    #expect(result.errors.isEmpty)
    #expect(result.playbook.steps.map(\.id.rawValue) == [
      "stay-calm", "catch-up", "third-new", "fourth-new", "review", "contact", "payment-options", "authorities",
      "first-new", "second-new", "prevention",
    ])
  }

  @Test func extendCanMoveABuiltInStepAndAddGuardrails() throws {
    let result = Playbook.load(tomlText: """
      [[step]]
      id = "prevention"
      after = "stay-calm"

      [[step.guardrail]]
      kind = "may"
      fr = "Vous pouvez afficher le règlement à l’entrée."
      """, file: "playbook.toml")
    #expect(result.errors.isEmpty)
    #expect(result.playbook.steps.map(\.id) == [.stayCalm, .prevention, .catchUp, .review, .contact,
                                                 .paymentOptions, .authorities])
    let guardrails = try #require(result.playbook.step(.prevention)?.guardrails)
    #expect(guardrails.count == (Playbook.standard.step(.prevention)?.guardrails.count ?? 0) + 1)
    #expect(guardrails.last == Guardrail(.allowed, LocalizedText("Vous pouvez afficher le règlement à l’entrée.",
                                                     "Vous pouvez afficher le règlement à l’entrée.")))
  }

  @Test func replaceUsesOnlyTheFileSteps() {
    let result = Playbook.load(tomlText: """
      mode = "replace"

      [[step]]
      id = "note"
      title_fr = "Noter"
      title_en = "Note"
      guidance_fr = "Notez tout."
      guidance_en = "Write it all down."

      [[step.guardrail]]
      kind = "must-not"
      fr = "Ne retenez personne."
      en = "Hold nobody back."
      source = "art. 73 CPP"

      [[step.outcome]]
      id = "noted"
      fr = "Noté"
      en = "Noted"
      next = "complaint"

      [[step]]
      id = "complaint"
      title_fr = "Plainte"
      title_en = "Complaint"

      [[step.outcome]]
      id = "filed"
      fr = "Déposée"
      en = "Filed"
      effect = "complaint-filed"
      """, file: "playbook.toml")
    #expect(result.errors.isEmpty)
    #expect(result.playbook == Playbook(steps: [
      PlaybookStep(
        id: "note", title: LocalizedText("Noter", "Note"), guidance: LocalizedText("Notez tout.", "Write it all down."),
        guardrails: [Guardrail(.forbidden, LocalizedText("Ne retenez personne.", "Hold nobody back."), source: "art. 73 CPP")],
        outcomes: [Outcome(id: "noted", label: LocalizedText("Noté", "Noted"), next: "complaint")]),
      PlaybookStep(
        id: "complaint", title: LocalizedText("Plainte", "Complaint"), guidance: LocalizedText("", ""),
        outcomes: [Outcome(id: "filed", label: LocalizedText("Déposée", "Filed"), effect: .complaintFiled)]),
    ]))
  }

  @Test func anEmptyFileKeepsTheStandardPlaybook() {
    let result = Playbook.load(tomlText: "# nothing yet\n", file: "playbook.toml")
    #expect(result == PlaybookLoadResult(playbook: .standard))
  }

  @Test func theExampleParsesWithoutErrors() throws {
    let result = Playbook.load(tomlText: Playbook.tomlExample, file: "example")
    #expect(result.errors.isEmpty, "\(result.errors.map { $0.message(.english) })")
    #expect(result.playbook.steps.map(\.id.rawValue) == [
      "stay-calm", "catch-up", "review", "contact", "payment-options", "authorities", "tell-accountant", "prevention",
    ])
    let partlyPaid = try #require(result.playbook.step(.contact)?.outcome("partly-paid"))
    #expect(partlyPaid.next == .paymentOptions)
    let guidance = try #require(result.playbook.step("tell-accountant")?.guidance)
    #expect(guidance.french.hasPrefix("Transmettez au comptable"))
    #expect(!guidance.english.contains("\n") && !guidance.english.contains("\\"))
    for step in result.playbook.steps {
      #expect(step.title.french.count <= 24 && step.title.english.count <= 24)
      #expect(step.outcomes.allSatisfy { $0.label.french.count <= 40 && $0.label.english.count <= 40 })
    }
  }

  // MARK: - Errors, each with its line

  @Test func syntaxError() {
    expectError("""
      mode = "extend"
      [[step]]
      id = "contact"
      title_fr = "oops
      """, line: 4, "TOML syntax error")
  }

  @Test func unknownMode() {
    expectError("""
      # Our playbook
      mode = "merge"
      """, line: 2, "unknown mode “merge”")
  }

  @Test func stepWithoutID() {
    expectError("""
      mode = "extend"

      [[step]]
      title_fr = "Appeler le patron"

      [[step.outcome]]
      id = "done"
      fr = "Fait"
      """, line: 3, "[[step]] without an “id”")
  }

  @Test func newStepWithoutTitle() {
    expectError("""
      [[step]]
      id = "call-owner"
      guidance_fr = "Appelez le patron."

      [[step.outcome]]
      id = "done"
      fr = "Fait"
      """, line: 1, "step “call-owner” has no title")
  }

  @Test func newStepWithoutOutcome() {
    expectError("""
      [[step]]
      id = "call-owner"
      title_fr = "Appeler le patron"
      """, line: 1, "has no outcome")
  }

  @Test func unknownEffect() {
    expectError("""
      [[step]]
      id = "contact"

      [[step.outcome]]
      id = "disputed"
      fr = "Conteste la note"
      effect = "paid"
      """, line: 7, "unknown effect “paid”")
  }

  @Test func nextNamingNoStep() {
    expectError("""
      [[step]]
      id = "contact"

      [[step.outcome]]
      id = "lawyer"
      fr = "Voir l’avocat"
      next = "lawyer"
      completes = true
      """, line: 7, "no step “lawyer”")
  }

  @Test func afterNamingNoStep() {
    expectError("""
      [[step]]
      id = "call-owner"
      title_fr = "Appeler le patron"
      after = "reviewing"
      [[step.outcome]]
      id = "done"
      fr = "Fait"
      """, line: 4, "no step “reviewing”")
  }

  @Test func duplicateStepIDs() {
    expectError("""
      [[step]]
      id = "contact"
      guidance_en = "Call first."

      [[step]]
      id = "contact"
      guidance_en = "Write first."
      """, line: 6, "already defined on line 2")
  }

  @Test func duplicateOutcomeIDs() {
    expectError("""
      [[step]]
      id = "contact"

      [[step.outcome]]
      id = "disputed"
      fr = "Conteste"

      [[step.outcome]]
      id = "disputed"
      fr = "Conteste encore"
      """, line: 9, "“disputed” appears twice")
  }

  @Test func misspeltKeyIsReportedWithASuggestion() {
    expectError("""
      mode = "extend"

      [[step]]
      id = "call-owner"
      titel_fr = "Appeler le patron"
      title_en = "Call the owner"

      [[step.outcome]]
      id = "done"
      en = "Done"
      """, line: 5, "unknown key “titel_fr” in [[step]]; did you mean “title_fr”?")
  }

  @Test func unknownKeyIsFoundInTheRightTable() {
    expectError("""
      mode = "extend"
      [[step]]
      id = "review"
      [[step.outcome]]
      id = "x"
      fr = "X"
      [[step]]
      id = "contact"
      [[step.outcome]]
      id = "y"
      fr = "Y"
      [[step.outcome]]
      id = "z"
      fr = "Z"
      nxt = "review"
      """, line: 15, "unknown key “nxt” in [[step.outcome]]; did you mean “next”?")
  }

  @Test func unknownSubTableIsReportedOnItsHeader() {
    expectError("""
      [[step]]
      id = "contact"

      [[step.outcomes]]
      id = "disputed"
      fr = "Conteste"
      """, line: 4, "unknown key “outcomes”")
  }

  @Test func unknownTopLevelKey() {
    expectError("""
      mode = "extend"
      language = "fr"
      """, line: 2, "unknown key “language” in playbook.toml (known keys: mode, step)")
  }

  @Test func keysInsideMultiLineStringsAreNotKeys() {
    expectError("""
      [[step]]
      id = "contact"
      guidance_fr = \"\"\"
      titel_fr = ceci n’est pas une clé
      [[step.outcome]]
      \"\"\"
      titel_fr = "Oups"
      """, line: 7, "unknown key “titel_fr”")
  }

  @Test func wrongValueTypes() {
    let found = errors("""
      mode = "extend"

      [[step]]
      id = "contact"
      title_fr = 42

      [[step.outcome]]
      id = "disputed"
      fr = "Conteste"
      completes = "yes"
      """)
    #expect(found.map(\.line) == [5, 10])
    #expect(found.first?.reason == "“title_fr” must be a quoted string")
    #expect(found.last?.reason == "“completes” must be true or false")
  }

  @Test func stepWrittenAsASingleTable() {
    expectError("""
      mode = "extend"

      [step]
      id = "contact"
      """, line: 3, "“step” must be a list of tables written [[step]]")
  }

  @Test func idOfTheWrongType() {
    expectError("""
      [[step]]
      id = 7
      """, line: 2, "“id” must be a quoted string")
  }

  @Test func invalidID() {
    expectError("""
      [[step]]
      id = "Call Owner"
      title_fr = "Appeler le patron"
      """, line: 2, "invalid id “Call Owner”")
  }

  @Test func guardrailKindAndText() {
    let found = errors("""
      [[step]]
      id = "contact"

      [[step.guardrail]]
      kind = "must"
      fr = "Pas de menace."

      [[step.guardrail]]
      source = "RGPD"
      """)
    #expect(found.map(\.line) == [5, 8, 8])
    #expect(found.first?.reason.contains("unknown “kind” “must”") == true)
  }

  @Test func newOutcomeWithoutLabel() {
    expectError("""
      [[step]]
      id = "contact"

      [[step.outcome]]
      id = "disputed"
      effect = "move-on"
      """, line: 5, "“disputed” has no label")
  }

  @Test func emptyReplacePlaybook() {
    expectError("""
      # Our own checklist, to be written
      mode = "replace"
      """, line: 2, "\"replace\" mode with no step")
  }

  @Test func emptyText() {
    expectError("""
      [[step]]
      id = "contact"
      guidance_en = "   "
      """, line: 3, "“guidance_en” is empty")
  }

  @Test func inlineTablesPointAtTheirKey() {
    expectError("""
      [[step]]
      id = "contact"
      outcome = [
        { id = "disputed", fr = "Conteste", effect = "nope" },
      ]
      """, line: 3, "unknown effect “nope”")
  }

  @Test func windowsLineEndingsKeepLineNumbers() {
    expectError("mode = \"extend\"\r\n\r\n[[step]]\r\nid = \"contact\"\r\ntitel_en = \"x\"\r\n",
                line: 5, "unknown key “titel_en”")
  }

  @Test func everyErrorIsReportedInLineOrder() {
    let found = errors("""
      mode = "extend"
      [[step]]
      id = "contact"
      [[step.outcome]]
      id = "a"
      fr = "A"
      effect = "nope"
      next = "nowhere"
      [[step]]
      titel_fr = "X"
      """)
    #expect(found.map(\.line) == [7, 8, 9, 10])
  }

  // MARK: - Falling back

  @Test func anyErrorFallsBackToTheStandardPlaybook() {
    let result = Playbook.load(tomlText: """
      mode = "replace"
      [[step]]
      id = "only"
      title_en = "Only"
      [[step.outcome]]
      id = "done"
      en = "Done"
      effect = "nope"
      """, file: "/srv/ardoise/playbook.toml")
    #expect(result.playbook == .standard)
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.message(.english)
      == "/srv/ardoise/playbook.toml:8: unknown effect “nope”; known effects: move-on, paid-in-full, "
      + "honest-mistake, honest-mistake-paid, promise-to-pay, complaint-filed, demand-sent, court-requested, court-order-made, write-off")
    #expect(result.errors.first?.message(.french).hasPrefix("/srv/ardoise/playbook.toml:8: effet «\u{202F}nope\u{202F}» inconnu")
      == true)
  }

  @Test func syntaxErrorFallsBackToTheGivenBase() {
    let base = Playbook(steps: [PlaybookStep(id: "x", title: LocalizedText("X", "X"), guidance: LocalizedText("", ""))])
    let result = Playbook.load(tomlText: "mode = = 1", file: "p.toml", base: base)
    #expect(result.playbook == base)
    #expect(result.errors.map(\.line) == [1])
  }

  @Test func dataDirectory() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ardoise-playbook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    #expect(Playbook.load(dataDirectory: directory) == PlaybookLoadResult(playbook: .standard))

    let file = directory.appendingPathComponent(Playbook.fileName)
    try Playbook.tomlExample.write(to: file, atomically: true, encoding: .utf8)
    let loaded = Playbook.load(dataDirectory: directory)
    #expect(loaded.errors.isEmpty)
    #expect(loaded.playbook.step("tell-accountant") != nil)

    try "mode = \"nope\"\n".write(to: file, atomically: true, encoding: .utf8)
    let broken = Playbook.load(dataDirectory: directory)
    #expect(broken.playbook == .standard)
    #expect(broken.errors.map(\.file) == [file.path])
    #expect(broken.errors.map(\.line) == [1])

    try Data([0x6D, 0x6F, 0xFF, 0xFE]).write(to: file)
    #expect(Playbook.load(dataDirectory: directory).errors.map(\.line) == [0])
  }
}
