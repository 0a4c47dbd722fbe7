import ArdoiseCore
@testable import ArdoiseUI

extension Fixtures {
  /// Two cases of the site “lyon”: one open from yesterday evening, one closed last month.
  static var lyonCases: [StoredIncident] {
    let day = today
    return [
      incident("261128-LY0N", at: moment(day.adding(days: -1), 20, 15), amount: 5600, table: "T2", covers: 3, server: "Inès", bill: "901"),
      incident("261030-LY1C", at: moment(day.adding(days: -30), 13, 5), amount: 2400, table: "Patio", covers: 2, server: "Inès", bill: "877",
               then: [.stepRecorded(StepRecord(step: .catchUp, status: .done, outcome: "paid-on-the-spot",
                                               payment: Payment(amount: Money(minorUnits: 2400), method: .card), resolution: .recovered))]),
    ]
  }

  /// The screen over a group: this site (“Le Petit Zinc”, the three cases) and “lyon”.
  static func groupState(_ language: Language = .english, size: Size = Size(width: 80, height: 24)) -> AppState {
    var state = Fixtures.state(language, size: size)
    state.group = GroupSites(here: "Le Petit Zinc", others: ["lyon"])
    _ = state.update(.siteCasesChanged(site: "lyon", lyonCases.map(IncidentSummary.init), removed: []))
    for stored in lyonCases { _ = state.update(.caseLoaded(stored)) }
    return state
  }
}
