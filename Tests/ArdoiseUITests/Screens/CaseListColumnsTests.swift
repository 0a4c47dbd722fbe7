import ArdoiseCore
import Testing
@testable import ArdoiseUI

/// The case list and the checklist at 72×20, 80×24, 120×40 and 200×50, in both languages (exact
/// text in `Snapshots/`), and the layout rules they follow.
@Suite struct CaseListColumnsTests {
  static let sizes = [(72, 20), (80, 24), (120, 40), (200, 50)]

  /// Thirty cases, one of them at a table with a long name, so the list scrolls.
  static var manyCases: [StoredIncident] {
    var cases = Fixtures.threeCases
    cases.append(Fixtures.incident("261128-L0NG", at: Fixtures.moment(Fixtures.today.adding(days: -1), 22, 40), amount: 269_55,
                                   table: "Grande terrasse côté jardin, sous le tilleul"))
    for index in 0..<26 {
      let id = "2610" + String(10 + index / 2) + "-A" + String(format: "%03d", index)
      cases.append(Fixtures.incident(id, at: Fixtures.moment(Fixtures.today.adding(days: -40 - index), 20, 10), amount: Int64(1_000 + index * 137)))
    }
    return cases
  }

  @Test(arguments: Language.allCases)
  func listAtEverySize(language: Language) {
    for (width, height) in Self.sizes {
      let state = Fixtures.state(language, size: Size(width: width, height: height), cases: Self.manyCases)
      assertSnapshot(state.render(), named: "case-list-thirty-\(width)x\(height)-\(language.rawValue)")
    }
  }

  @Test(arguments: Language.allCases)
  func checklistAtEverySize(language: Language) {
    for (width, height) in Self.sizes {
      var state = Fixtures.state(language, size: Size(width: width, height: height))
      state.press(.down, .enter)
      assertSnapshot(state.render(), named: "checklist-\(width)x\(height)-\(language.rawValue)")
    }
  }

  @Test(arguments: Language.allCases)
  func thePositionNeverCoversTheHeader(language: Language) {
    for (width, height) in Self.sizes {
      let state = Fixtures.state(language, size: Size(width: width, height: height), cases: Self.manyCases)
      let lines = state.render().grid.lines
      let columns = CaseListColumns(width: width, showsStatus: false, language: language)
      #expect(lines[1].trimmingCharacters(in: .whitespaces) == columns.header(language).trimmingCharacters(in: .whitespaces))
      // 29 open cases: the list scrolls below 32 rows (title, header, hint bar), and says where it is.
      #expect(lines[0].contains("/29") == (height - 3 < 29), "\(width)×\(height): \(lines[0])")
    }
  }

  @Test func theAmountsStepAndFollowUpKeepTheirRoomBeforeTableAndDate() {
    for width in [72, 80, 100, 120, 200] {
      let columns = CaseListColumns(width: width, showsStatus: true, language: .english)
      #expect(columns.stepWidth >= CaseListColumns.minimumStepWidth, "\(width)")
      // The table shrinks before the amount goes; the date loses its time before the amount goes.
      if !columns.showsAmount { #expect(columns.tableWidth == CaseListColumns.minimumTableWidth && !columns.showsTime) }
      if columns.tableWidth > CaseListColumns.tableWidth { #expect(columns.stepWidth >= CaseListColumns.comfortableStepWidth) }
    }
    #expect(CaseListColumns(width: 72, showsStatus: false, language: .english).showsAmount)
    #expect(CaseListColumns(width: 200, showsStatus: false, language: .english).tableWidth == CaseListColumns.maximumTableWidth)
  }

  /// Each heading of the list shows whole or ends in `…` (the English follow-up heading was cut
  /// to “Follow”, then “Follow…” at 80 columns), at every width, in both views and over a group's sites.
  @Test(arguments: Language.allCases)
  func everyHeadingIsWholeOrEndsInAnEllipsis(language: Language) {
    let headings = language == .french
      ? ["ID", "Site", "Date", "Table", "Montant", "Reste dû", "Étape", "Relance", "Statut"]
      : ["ID", "Site", "Date", "Table", "Amount", "Owed", "Step", "Next", "Status"]
    let words = Set(headings.flatMap { $0.split(separator: " ").map(String.init) })
    for width in [72, 80, 100, 120, 200] {
      for showsStatus in [false, true] {
        for site in [0, 13] {
          let header = CaseListColumns(width: width, showsStatus: showsStatus, siteWidth: site, language: language).header(language)
          for token in header.split(separator: " ").map(String.init) where !words.contains(token) {
            let cut = token.hasSuffix("…") && headings.contains { $0.hasPrefix(token.dropLast()) }
            #expect(cut, "\(width) \(showsStatus) \(site): [\(header)]")
          }
        }
      }
    }
    // At 80 columns the open cases' heading is whole, in both languages.
    #expect(CaseListColumns(width: 80, showsStatus: false, language: language).header(language).trimmingCharacters(in: .whitespaces).hasSuffix(headings[7]))
  }

  /// The follow-up column's heading fits at 80 columns in every view (the due, closed and all
  /// views add the status column) and over a group's sites, in both languages: the English
  /// “Follow-up” was cut to “Follow…” there.
  @Test(arguments: [(Language.french, "Relance"), (.english, "Next")])
  func theFollowUpHeadingIsWholeAt80Columns(language: Language, heading: String) {
    for showsStatus in [false, true] {
      for site in [0, 13] {
        let header = CaseListColumns(width: 80, showsStatus: showsStatus, siteWidth: site, language: language).header(language)
        #expect(header.split(separator: " ").contains(Substring(heading)), "\(showsStatus) \(site): [\(header)]")
      }
    }
  }

  /// A badge's colour (the red overdue follow-up, the amount owed) covers its text only, never
  /// the blank cells after it: the overdue follow-up's colour ran on to the end of its column.
  @Test(arguments: Language.allCases)
  func aBadgeColoursItsTextOnly(language: Language) {
    let badges: Set<StyleRole> = [.overdue, .moneyOwed, .moneyRecovered]
    for (width, height) in Self.sizes {
      let grid = Fixtures.state(language, size: Size(width: width, height: height), cases: Self.manyCases).render().grid
      var overdueCells = 0
      for y in 2..<(height - 1) {
        var x = 0
        while x < width {
          guard badges.contains(grid[x, y].role) else { x += 1; continue }
          let role = grid[x, y].role
          var end = x
          while end + 1 < width, grid[end + 1, y].role == role { end += 1 }
          #expect(grid[x, y].text != " " && grid[end, y].text != " ",
                  "\(width)×\(height) row \(y): \(role) spans [\((x...end).map { grid[$0, y].text }.joined())]")
          if role == .overdue { overdueCells += end - x + 1 }
          x = end + 1
        }
      }
      // The one overdue case (261120-B2CD, follow-up on 27 November): its badge is `!11-27` or `!27/11`, six cells.
      #expect(overdueCells == 6, "\(width)×\(height)")
    }
  }

  @Test func aLongTableNameEndsInAnEllipsisAndTheStatusStays() {
    var state = Fixtures.state(.english, size: Size(width: 80, height: 24), cases: Array(Self.manyCases.prefix(4)))
    // Change the view until the status column shows (closed or all cases).
    func shown() -> Bool {
      let lines = state.render().grid.lines
      return lines[1].contains("Status") && lines.contains { $0.contains("261128-L0NG") }
    }
    for _ in CaseScope.allCases where !shown() { state.press(.tab) }
    let lines = state.render().grid.lines
    #expect(lines[1].contains("Status"))
    let row = lines.first { $0.contains("261128-L0NG") } ?? "\(lines)"
    #expect(row.contains("…"))
    #expect(row.trimmingCharacters(in: .whitespaces).hasSuffix("open"), "[\(row)]")
  }

  @Test func theSelectionBarSpansTheWholeRow() {
    let frame = Fixtures.state(.english, size: Size(width: 120, height: 40)).render()
    let styled = frame.grid.styledLine(2)
    #expect(styled.hasPrefix("{selected-row:") && !styled.dropFirst().contains("{"), "\(styled)")
  }
}
