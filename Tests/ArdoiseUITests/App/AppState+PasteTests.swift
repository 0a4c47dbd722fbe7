import ArdoiseCore
import Testing
@testable import ArdoiseUI

@Suite struct AppStatePasteTests {
  /// The bug: a two-line paste into a form saved the form at the newline, then ran every letter
  /// as a command. Pasted whole, it lands in the focused field and nothing is written.
  @Test func aMultiLinePasteLandsWholeInTheFocusedFieldAndSavesNothing() {
    var state = Fixtures.state()
    state.press(.character("n"))
    // Focus “What happened”.
    for _ in 0..<6 { state.press(.tab) }
    let effects = state.update(.paste("Two men, blue jacket\nleft by the terrace: n q x"))
    #expect(effects.isEmpty)
    guard case .form(let form)? = state.overlay else {
      Issue.record("the form is gone: \(String(describing: state.overlay))")
      return
    }
    #expect(form.field(.summary)?.input.text == "Two men, blue jacket left by the terrace: n q x")
    #expect(form.focus == 6)
    #expect(form.isDirty)
  }

  @Test func aPasteInAChoiceFieldChangesNothingAndSaysSo() {
    var state = Fixtures.state()
    state.press(.enter, .character("c"))
    guard case .form(let before)? = state.overlay else {
      Issue.record("no contact form")
      return
    }
    #expect(state.update(.paste("email\n")).isEmpty)
    #expect(state.overlay == .form(before))
    #expect(state.status?.text == "Paste ignored: this field is a choice (←→ to change it).")
  }

  @Test(arguments: [(Language.english, "Paste ignored: there is no text field here."),
                    (Language.french, "Collage ignoré : aucun champ de saisie ici.")])
  func aPasteOutsideATextFieldDoesNothing(language: Language, message: String) {
    var state = Fixtures.state(language)
    let selected = state.list.selectedID
    // Letters that are all commands of the list (new, quit, figures).
    #expect(state.update(.paste("n\nq\ns")).isEmpty)
    #expect(state.overlay == nil)
    #expect(state.list.selectedID == selected)
    #expect(!state.isFinished)
    #expect(state.status?.text == message)
  }

  @Test func aPasteIntoTheFilterNarrowsTheList() {
    var state = Fixtures.state()
    state.press(.character("/"))
    _ = state.update(.paste("Terrasse\n"))
    #expect(state.list.filter.text == "Terrasse ")
    #expect(state.list.visible.map(\.rawValue) == ["261120-B2CD"])
  }
}
