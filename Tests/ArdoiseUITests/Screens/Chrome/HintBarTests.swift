import ArdoiseCore
import Foundation
import Testing
@testable import ArdoiseUI

/// The hint bar at 80 columns keeps the main keys in both languages: the least useful hints go
/// first (the arrows, the view), never a cut label, and `? help` stays.
@Suite struct HintBarTests {
  @Test(arguments: [Language.english, .french])
  func theCaseListKeepsItsMainKeysAtEightyColumns(language: Language) {
    let state = Fixtures.state(language)
    let bar = state.render().grid.lines[23]
    let keys = language == .french
      ? ["⏎ ouvrir", "n nouveau", "/ filtrer", "q quitter", "s chiffres", "a agenda", "? aide"]
      : ["⏎ open", "n new", "/ filter", "q quit", "s figures", "a agenda", "? help"]
    for key in keys { #expect(bar.contains(key), "\(key) in \(bar)") }
  }

  /// The checklist's bar, exactly: at 80 columns the way around (arrows, ⇥, ⏎, back, `?`) and
  /// the main actions in both languages; at 120 columns every hint.
  @Test(arguments: [
    (Language.french, 80, " ↑↓ se déplacer  ⇥ volet  ⏎ choisir  p paiement  w document  q retour" + String(repeating: " ", count: 4) + "? aide"),
    (Language.english, 80, " ↑↓ move  ⇥ pane  ⏎ choose  p payment  c contact  w document  q back" + String(repeating: " ", count: 5) + "? help"),
    (Language.french, 120, " ↑↓ se déplacer  ⇥ volet  ⏎ choisir  p paiement  c contact  n note  w document  i tout lire  x clore  q retour"
      + String(repeating: " ", count: 3) + "? aide"),
    (Language.english, 120, " ↑↓ move  ⇥ pane  ⏎ choose  p payment  c contact  n note  w document  i read all  x close  q back"
      + String(repeating: " ", count: 16) + "? help"),
  ])
  func theChecklistBarShowsTheWayAround(language: Language, width: Int, expected: String) {
    var state = Fixtures.state(language, size: Size(width: width, height: 24))
    state.press(.down, .enter)
    #expect(state.render().grid.lines[23] == expected)
  }

  /// The bar's short wording of ⇥ is for the bar only: help still says what the key does.
  @Test func helpKeepsTheFullWordingOfTheShortenedHints() {
    var state = Fixtures.state(.french, size: Size(width: 80, height: 24))
    state.press(.down, .enter, .character("?"))
    #expect(state.render().grid.text.contains("⇥       passer des étapes aux actions et retour"), "\(state.render().grid.text)")
  }

  @Test(arguments: [Language.english, .french], [72, 80, 120])
  func aHintIsWholeOrAbsent(language: Language, width: Int) {
    for keys: [Key] in [[], [.down, .enter]] {
      var state = Fixtures.state(language, size: Size(width: width, height: 24))
      for key in keys { state.press(key) }
      let bar = state.render().grid.lines[23]
      let hinted = Keymap.bindings(for: keys.isEmpty ? .caseList : .checklist).filter(\.isHinted)
      let shown = hinted.map { language == .french ? $0.hintText.french.frenchTypography : $0.hintText.english }
      #expect(!bar.contains("…"), "\(bar)")
      #expect(bar.trimmingCharacters(in: .whitespaces).hasSuffix(language == .french ? "? aide" : "? help"), "\(bar)")
      // Every word of the bar belongs to a whole hint.
      let words = bar.split(separator: " ").map(String.init)
      let known = Set(hinted.map(\.keyLabel) + shown.flatMap { $0.split(separator: " ").map(String.init) })
      for word in words { #expect(known.contains(word), "\(word) in \(bar)") }
    }
  }
}
