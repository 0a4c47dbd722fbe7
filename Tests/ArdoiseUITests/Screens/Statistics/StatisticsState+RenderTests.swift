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
}
