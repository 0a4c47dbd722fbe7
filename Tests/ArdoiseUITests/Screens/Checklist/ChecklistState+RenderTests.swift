import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// What the checklist draws beside a step's guardrails: the rule's short citation, in the
/// screen's language (a French restaurant's rules stay French law, their words are translated).
@Suite struct ChecklistStateRenderTests {
  static func screen(_ language: Language) -> String {
    var state = Fixtures.state(language, size: Size(width: 200, height: 50))
    state.press(.down, .enter)
    return state.render().grid.lines.joined(separator: "\n")
  }

  @Test func aFrenchRestaurantsGuardrailCitesTheGDPRInEnglish() {
    let english = Self.screen(.english)
    #expect(english.contains("(art.\u{A0}14 GDPR)"), "a citation keeps art. and its number together")
    #expect(!english.contains("RGPD"))
  }

  @Test func andTheRGPDInFrench() {
    let french = Self.screen(.french)
    #expect(french.contains("(art.\u{A0}14 RGPD)"))
    #expect(!french.contains("GDPR"))
  }
}
