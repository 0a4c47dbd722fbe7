import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// Every overlay at 80×24, in both languages, as exact text in `Snapshots/overlay-…`: help,
/// details, figures, the document menu, a confirmation, a notice, the settings screen, the
/// customer card and the new-case form. (The agenda's are `agenda-80x24-…`, in `AgendaViewTests`.)
@Suite struct OverlaySnapshotTests {
  static let size = Size(width: 80, height: 24)

  /// The case with a part payment and an overdue follow-up, open at its checklist.
  static func checklist(_ language: Language) -> AppState {
    var state = Fixtures.state(language, size: size)
    state.press(.down, .enter)
    return state
  }

  static func name(_ overlay: String, _ language: Language) -> String {
    "overlay-\(overlay)-80x24-\(language.rawValue)"
  }

  @Test(arguments: Language.allCases)
  func help(language: Language) {
    var state = Self.checklist(language)
    state.press(.character("?"))
    assertSnapshot(state.render(), named: Self.name("help", language))
  }

  @Test(arguments: Language.allCases)
  func caseDetails(language: Language) {
    var state = Self.checklist(language)
    state.press(.character("i"))
    assertSnapshot(state.render(), named: Self.name("details", language))
  }

  @Test(arguments: Language.allCases)
  func figures(language: Language) {
    var state = Fixtures.state(language, size: Self.size)
    state.press(.character("s"))
    assertSnapshot(state.render(), named: Self.name("figures", language))
  }

  @Test(arguments: Language.allCases)
  func documentMenu(language: Language) {
    var state = Self.checklist(language)
    state.press(.character("w"))
    let lines = state.render().grid.lines
    // Past nine items the numbers are right-aligned: every label starts in the same column.
    let starts = Set(lines.compactMap { line -> Int? in
      guard let match = line.firstMatch(of: #/│ +[0-9]+ [^›]/#) else { return nil }
      return line.distance(from: line.startIndex, to: match.range.upperBound)
    })
    #expect(starts.count == 1, "\(lines.joined(separator: "\n"))")
    assertSnapshot(state.render(), named: Self.name("document-menu", language))
  }

  /// Closing the case: the menu of resolutions, then the question.
  @Test(arguments: Language.allCases)
  func confirmation(language: Language) {
    var state = Self.checklist(language)
    state.press(.character("x"), .enter)
    guard case .confirm? = state.overlay else {
      Issue.record("no question: \(state.render().grid.text)")
      return
    }
    // English sets no space before a colon.
    #expect(state.render().grid.text.contains(language == .french ? "o/y\u{202F}: oui    n/Esc\u{202F}: non" : "y: yes    n/Esc: no"))
    assertSnapshot(state.render(), named: Self.name("confirm", language))
  }

  /// A document written with fields left to complete.
  @Test(arguments: Language.allCases)
  func notice(language: Language) {
    var state = Self.checklist(language)
    let path = "/home/claire/.local/share/ardoise/documents/261120-B2CD-" + (language == .french ? "rappel-fr.md" : "reminder-en.md")
    _ = state.update(.documentWritten(path: path, warnings: [
      LocalizedText("Adresse du restaurant manquante : complétez-la dans les réglages (c).", "Restaurant address missing: add it in the settings (c)."),
      LocalizedText("Client non identifié : le nom et l’adresse restent à remplir à la main.",
                    "Customer not identified: the name and address are left to fill in by hand."),
    ]))
    assertSnapshot(state.render(), named: Self.name("notice", language))
  }

  @Test(arguments: Language.allCases)
  func settings(language: Language) {
    var state = Fixtures.state(language, size: Self.size)
    var config = Config()
    config.restaurantName = "Le Petit Zinc"
    _ = state.update(.settingsRead(config, problem: nil))
    state.press(.character("c"))
    assertSnapshot(state.render(), named: Self.name("settings", language))
  }

  @Test(arguments: Language.allCases)
  func customerCard(language: Language) {
    var state = Self.checklist(language)
    let customer = CustomerIdentity(name: "Jean Dupont", phone: "06 12 34 56 78", email: "jean@example.fr",
                                    postalAddress: "3 rue des Lilas, 69001 Lyon", source: "reservation")
    _ = state.update(.customerRead(IncidentID(rawValue: "261120-B2CD"), .identity(customer)))
    state.press(.character("C"))
    assertSnapshot(state.render(), named: Self.name("customer", language))
  }

  @Test(arguments: Language.allCases)
  func newCaseForm(language: Language) {
    var state = Fixtures.state(language, size: Self.size)
    state.press(.character("n"))
    assertSnapshot(state.render(), named: Self.name("new-case-form", language))
  }
}
