import ArdoiseCore
import Testing
@testable import ArdoiseUI

@Suite struct FormViewTests {
  /// A refused amount says why and what to write instead; at 80 columns that is longer than the
  /// field, so the message wraps under it instead of losing its end.
  @Test(arguments: [(Language.french, ["✗ «\u{202F}12,345\u{202F}» est ambigu (milliers ou", "décimales\u{202F}?)\u{202F}: écrivez 1234 ou 1,23"]),
                    (Language.english, ["✗ “12,345” is ambiguous (thousands or decimals?):", "write 1234 or 1.23"])])
  func aLongFieldErrorWrapsUnderItsField(language: Language, expected: [String]) {
    var state = Fixtures.state(language)
    state.press(.character("n"), .tab)
    state.type("12,345")
    state.press(.enter)
    let lines = state.render().grid.lines
    guard let amountRow = lines.firstIndex(where: { $0.contains("12,345") && !$0.contains("✗") }),
      let column = lines[amountRow].range(of: "12,345").map({ lines[amountRow].distance(from: lines[amountRow].startIndex, to: $0.lowerBound) })
    else {
      Issue.record("no amount row in\n\(lines.joined(separator: "\n"))")
      return
    }
    let shown = lines[(amountRow + 1)...].prefix(expected.count).map {
      String($0.dropFirst(column).prefix { $0 != "│" }).trimmingCharacters(in: .whitespaces)
    }
    #expect(shown == expected, "\(lines.joined(separator: "\n"))")
    // The next field still follows the whole message.
    #expect(lines[amountRow + expected.count + 1].contains("Table"))
  }
}
