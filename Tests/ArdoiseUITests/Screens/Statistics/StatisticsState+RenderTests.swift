import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The figures screen (`s`) with the measures taken: read off the screen's thread (the screen
/// says so meanwhile), then a block under the headline figures, by kind, most taken first.
@Suite struct StatisticsStateRenderTests {
  /// Three measures on the fixtures' cases: two cameras, one deposit for large parties.
  static var measures: MeasureTally {
    let at = Timestamp(Fixtures.now, in: Fixtures.utc)
    return MeasureTally([
      MeasureEntry(measure: PreventionMeasure(kind: .cctv), at: at, by: "Claire"),
      MeasureEntry(measure: PreventionMeasure(kind: .deposit, note: "from 6 covers"), at: at, by: "Claire"),
      MeasureEntry(measure: PreventionMeasure(kind: .cctv, day: Fixtures.today.adding(days: -3)), at: at, by: "Claire"),
    ])
  }

  static func state(_ language: Language) -> AppState {
    var state = Fixtures.state(language)
    #expect(state.press(.character("s")) == [.loadMeasures])
    _ = state.update(.measuresLoaded(measures))
    return state
  }

  @Test(arguments: [Language.english, .french])
  func theFiguresWithTheMeasuresTakenAtEightyByTwentyFour(language: Language) {
    assertSnapshot(Self.state(language).render(), named: "figures-measures-80x24-\(language.rawValue)")
  }

  @Test func theBlockSaysItIsReadingUntilTheMeasuresCome() {
    var state = Fixtures.state()
    state.press(.character("s"))
    let lines = state.render().grid.lines.map { $0.trimmingCharacters(in: .init(charactersIn: "│ ")) }
    #expect(lines.contains("Measures taken"))
    #expect(lines.contains("reading the cases…"))
    _ = state.update(.measuresLoaded(MeasureTally([])))
    let none = state.render().grid.lines.map { $0.trimmingCharacters(in: .init(charactersIn: "│ ")) }
    #expect(none.contains("Measures taken: 0"))
    #expect(none.contains("none yet: they are recorded on a case's prevention step"))
  }

  @Test func theMeasuresAreReadAgainWhenCasesChangeUnderTheScreen() {
    var state = Self.state(.english)
    let changed = [IncidentSummary(Fixtures.threeCases[0])]
    #expect(state.update(.casesChanged(changed, removed: [])) == [.loadMeasures])
    // Once closed, the measures are not read.
    state.press(.escape)
    #expect(state.update(.casesChanged(changed, removed: [])).isEmpty)
    _ = state.update(.measuresLoaded(Self.measures))
    #expect(state.overlay == nil)
  }

  /// The whole screen in a tall terminal: the loss as a share of the monthly takings in the
  /// settings, the two periods around the last measure, and the note on figures per server citing
  /// the restaurant's law (England and Wales here: never the French Labour Code).
  @Test(arguments: [Language.english, .french])
  func theShareOfTakingsTheComparisonAndTheLawOfTheRestaurant(language: Language) {
    var state = Fixtures.state(language, size: Size(width: 80, height: 100))
    state.settings.monthlyTakings = "3000"
    state.settings.jurisdiction = .englandAndWales
    state.press(.character("s"))
    _ = state.update(.measuresLoaded(Self.measures))
    // Narrow and ordinary no-break spaces read as spaces here.
    let lines = state.render().grid.lines.map {
      String($0.dropFirst(2).dropLast(2)).replacingOccurrences(of: "[\u{202F}\u{00A0}]", with: " ", options: .regularExpression)
        .replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }
    // Not LocalizedText: its French typography would put back the no-break spaces mapped out above.
    func expected(_ french: String, _ english: String) -> String { language == .french ? french : english }
    // From 1 November to 29 November, 29 days: 3 000 × 29 × 12 / 365.25 = €2,858.32; €121.10 lost is 4.24 %.
    #expect(lines.contains(expected("Perte : 4,24 % du chiffre d’affaires (121,10 € sur 2 858,32 €, estimé",
                                         "Loss: 4.24% of takings (€121.10 of €2,858.32, estimated from the monthly")))
    // The measures were taken on the 26th and the 29th (twice): after is the 29th, before the 28th.
    #expect(lines.contains(expected("Avant et après la dernière mesure prise (29/11/2026)", "Before and after the last measure taken (2026-11-29)")))
    #expect(lines.contains(expected("  Mesures prises                         0             2", "  Measures taken                 0           2")))
    // One day of a €3,000 month is €98.56: €42.50 still owed is 43.1 % of it.
    #expect(lines.contains(expected("  Part du chiffre d’affaires        0,00 %        43,1 %", "  Share of takings           0.00%       43.1%")))
    #expect(!lines.joined().contains("L1331"))
    #expect(lines.contains(expected("retenir la perte sur son salaire (ERA 1996, s. 13).", "loss out of their pay (ERA 1996, s. 13).")))
  }

  /// The weekday × hour heat map at 80×24, three pages down: block characters with the numbers,
  /// readable without colour.
  @Test(arguments: [Language.english, .french])
  func theHeatMapAtEightyByTwentyFour(language: Language) {
    var state = Self.state(language)
    state.press(.pageDown, .pageDown, .pageDown)
    let frame = state.render()
    #expect(frame.grid.text.contains(LocalizedText("Par jour et par heure", "By weekday and hour")(language)))
    assertSnapshot(frame, named: "figures-heat-map-80x24-\(language.rawValue)")
  }
}

