import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// Each field says, when focused, what it expects; the focused field is marked `▸`, which shows
/// without colour or underline.
@Suite struct FormStateRenderTests {
  static let english: [(label: String, help: String)] = [
    ("When *", "YYYY-MM-DD HH:MM, HH:MM, or 20 min ago (-20)"),
    ("Amount *", "the unpaid bill’s amount, e.g. 42.50"),
    ("Table", "table or zone, e.g. T7, Terrace 3"),
    ("Covers", "how many people at the table, e.g. 2"),
    ("Server", "first name or pseudonym"),
    ("Bill #", "POS ticket number"),
    ("What happened", "what happened in a few words, e.g. went out to smoke"),
    ("Customers", "the customers: what they looked like, no names or photos"),
  ]
  static let french: [(label: String, help: String)] = [
    ("Quand *", "JJ/MM/AAAA HH:MM, HH:MM, ou il y a 20 min (-20)"),
    ("Montant *", "le montant de l’addition impayée, p. ex. 42,50"),
    ("Table", "table ou zone, p. ex. T7, Terrasse 3"),
    ("Couverts", "combien de personnes à la table, p. ex. 2"),
    ("Serveur", "prénom ou pseudonyme"),
    ("N° de note", "numéro du ticket de caisse"),
    ("Ce qui s’est passé", "ce qui s’est passé en quelques mots, p. ex. sortis fumer"),
    ("Clients", "les clients\u{202F}: à quoi ils ressemblent, sans nom ni photo"),
  ]

  @Test(arguments: [Language.english, .french])
  func theFocusedFieldIsMarkedAndSaysWhatItExpects(language: Language) {
    let expected = language == .french ? Self.french : Self.english
    var state = Fixtures.state(language)
    state.press(.character("n"))
    for (index, field) in expected.enumerated() {
      let lines = state.render().grid.lines
      let marked = lines.filter { $0.contains("▸ ") }
      #expect(marked.count == 1, "field \(index):\n\(lines.joined(separator: "\n"))")
      #expect(marked.first?.contains("│ ▸ " + field.label + " ") == true, "field \(index): \(marked)")
      // French help is set with the narrow no-break spaces of French typography.
      let help = language == .french ? field.help.frenchTypography : field.help
      #expect(lines.contains { $0.contains("│ " + help) }, "field \(index) help:\n\(lines.joined(separator: "\n"))")
      // Every other field's label is there, unmarked.
      for other in expected.indices where other != index {
        #expect(lines.contains { $0.contains("│   " + expected[other].label + " ") }, "field \(other) while \(index) is focused")
      }
      state.press(.tab)
    }
  }

  /// Every field of every form has a help line, in both languages.
  @Test func everyFieldOfEveryFormHasItsHelp() {
    let state = Fixtures.state()
    let context = state.screenContext
    guard let incident = state.cases.values.first?.incident else {
      Issue.record("no case")
      return
    }
    let forms = [FormState.newIncident(context: context), .amendFacts(incident, context: context), .payment(incident, context: context),
                 .contact(incident.id), .note(incident.id), .evidence(incident.id), .followUp(incident, context: context)]
      + context.playbook.steps.flatMap { step in step.outcomes.map { FormState.outcome($0, of: step, on: incident, context: context) } }
    for form in forms {
      for field in form.fields {
        #expect(field.help.map { !$0.french.isEmpty && !$0.english.isEmpty } == true, "\(form.title.english): \(field.label.english)")
      }
    }
  }
}
