import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The customer card: C in the checklist, the details shown, a form to add or correct them, a
/// question before removing them; the header says who the customer is.
@Suite struct CustomerCardStateTests {
  static let id = IncidentID(rawValue: "261129-K7QF")
  static let jean = CustomerIdentity(name: "Jean Dupont", phone: "06 12 34 56 78", email: "jean@example.fr",
                                     postalAddress: "3 rue des Lilas, 69001 Lyon", source: "reservation")

  static func openCase(_ language: Language = .english, customer: CustomerReading = .none) -> AppState {
    var state = Fixtures.state(language)
    state.press(.enter)
    _ = state.update(.customerRead(id, customer))
    return state
  }

  @Test func theKeyIsInTheChecklistsKeyTable() {
    #expect(Keymap.command(for: .character("C"), in: .checklist) == .openCustomer)
    #expect(Keymap.bindings(for: .checklist).contains { $0.keyLabel == "C" })
  }

  @Test func theCardShowsTheDetailsAndTheHeaderNameAndPhone() {
    var state = Self.openCase(customer: .identity(Self.jean))
    #expect(state.render().grid.lines[2].hasPrefix(" Customer: Jean Dupont 06 12 34 56 78 · 2 covers"))
    state.press(.character("C"))
    let text = state.render().grid.text
    #expect(text.contains("Customer card — 261129-K7QF"))
    #expect(text.contains("Name            Jean Dupont"))
    #expect(text.contains("Address         3 rue des Lilas, 69001 Lyon"))
    #expect(text.contains("Debtor          consumer (private person)"))
    #expect(text.contains("Company         —"))
    #expect(text.contains("Source          reservation"))
  }

  @Test func aNewCustomerIsTypedInAFormAndSavedAsOneEffect() {
    var state = Self.openCase()
    state.press(.character("C"))
    #expect(state.render().grid.text.contains("Customer not identified."))
    state.press(.enter)
    state.type("Jean Dupont")
    state.press(.tab)
    state.type("0600000000")
    state.press(.tab)
    state.type("jean@")
    #expect(state.press(.enter).isEmpty, "a malformed email is refused before anything is written")
    #expect(state.render().grid.text.contains("✗ an email address"))
    state.press(.backspace)
    state.type("@example.fr")
    let effects = state.press(.enter)
    #expect(effects == [.saveCustomer(Self.id, CustomerIdentity(name: "Jean Dupont", phone: "0600000000", email: "jean@example.fr"))])
  }

  @Test func correctingStartsFromWhatIsOnFile() {
    var state = Self.openCase(customer: .identity(Self.jean))
    state.press(.character("C"), .character("e"), .tab, .control("u"))
    state.type("0611111111")
    var corrected = Self.jean
    corrected.phone = "0611111111"
    #expect(state.press(.enter) == [.saveCustomer(Self.id, corrected)])
  }

  @Test func removingAsksFirst() {
    var state = Self.openCase(customer: .identity(Self.jean))
    state.press(.character("C"), .character("d"))
    #expect(state.render().grid.text.contains("Remove the customer’s details"))
    #expect(state.press(.character("n")).isEmpty)
    #expect(state.render().grid.text.contains("Customer card"))
    state.press(.character("d"))
    #expect(state.press(.character("y")) == [.removeCustomer(Self.id)])
  }

  @Test func aDamagedFileIsAnErrorOnTheCaseNeverNotIdentified() {
    let reason = LocalizedText("people/261129-K7QF.toml:2: TOML invalide", "people/261129-K7QF.toml:2: invalid TOML")
    var state = Self.openCase(.french, customer: .unreadable(reason))
    #expect(state.render().grid.lines[2].hasPrefix(" ! Fiche client illisible\u{202F}: people/261129-K7QF.toml:2: TOML invalide"))
    state.press(.character("C"))
    let text = state.render().grid.text
    #expect(text.contains("✗ Fiche client illisible\u{202F}: people/261129-K7QF.toml:2: TOML"))
    #expect(!text.contains("non identifié"))
  }

  @Test func aSavedChangeSaysSavedAndShowsTheCardAgain() {
    var state = Self.openCase()
    state.press(.character("C"), .enter)
    let stored = Fixtures.threeCases[0]
    _ = state.update(.customerSaved(stored, .identity(Self.jean), message: LocalizedText("fiche client : ajoutée", "customer card: added")))
    let text = state.render().grid.text
    #expect(text.contains("✓ Saved — customer card: added"))
    #expect(text.contains("Name            Jean Dupont"))
  }
}
