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

  @Test(arguments: [Language.english, .french])
  func theChecklistKeepsItsWayBackAtEightyColumns(language: Language) {
    var state = Fixtures.state(language)
    state.press(.down, .enter)
    let bar = state.render().grid.lines[23]
    let keys = language == .french
      ? ["⏎ choisir", "p paiement", "c contact", "n note", "w document", "q retour", "? aide"]
      : ["⏎ choose", "p payment", "c contact", "n note", "w document", "q back", "? help"]
    for key in keys { #expect(bar.contains(key), "\(key) in \(bar)") }
  }

  @Test(arguments: [Language.english, .french], [72, 80, 120])
  func aHintIsWholeOrAbsent(language: Language, width: Int) {
    for keys: [Key] in [[], [.down, .enter]] {
      var state = Fixtures.state(language, size: Size(width: width, height: 24))
      for key in keys { state.press(key) }
      let bar = state.render().grid.lines[23]
      let hinted = Keymap.bindings(for: keys.isEmpty ? .caseList : .checklist).filter(\.isHinted)
      let shown = hinted.map { language == .french ? $0.label.french.frenchTypography : $0.label.english }
      #expect(!bar.contains("…"), "\(bar)")
      #expect(bar.trimmingCharacters(in: .whitespaces).hasSuffix(language == .french ? "? aide" : "? help"), "\(bar)")
      // Every word of the bar belongs to a whole hint.
      let words = bar.split(separator: " ").map(String.init)
      let known = Set(hinted.map(\.keyLabel) + shown.flatMap { $0.split(separator: " ").map(String.init) })
      for word in words { #expect(known.contains(word), "\(word) in \(bar)") }
    }
  }
}
