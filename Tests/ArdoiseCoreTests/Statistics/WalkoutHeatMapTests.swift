import Testing

@testable import ArdoiseCore

/// The weekday × hour map: counts on the restaurant's wall clock, and text that reads without colour.
@Suite struct WalkoutHeatMapTests {
  /// A local time in Paris in winter (UTC+1); 2026-11-30 is a Monday.
  static func at(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Timestamp {
    let local = Int64(CalendarDay(year: 2026, month: 11, day: day).daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60)
    return Timestamp(secondsSince1970: local - 3600, offsetSeconds: 3600)
  }

  @Test func countsByWeekdayAndLocalHour() {
    // Monday 30th 22:10 twice and 23:59, Saturday 28th 00:30 (after midnight: Saturday, hour 0).
    let map = WalkoutHeatMap([Self.at(30, 22, 10), Self.at(30, 22, 50), Self.at(30, 23, 59), Self.at(28, 0, 30)])
    #expect(map.counts[0][22] == 2 && map.counts[0][23] == 1 && map.counts[5][0] == 1)
    #expect(map.total == 4 && map.maximum == 2)
    #expect(map.shownHours == [22, 23, 0])
  }

  @Test func textShowsShadeAndNumberInEachCell() {
    let moments = [Self.at(30, 22), Self.at(30, 22), Self.at(30, 22), Self.at(30, 22), Self.at(24, 23)]
    let lines = WalkoutHeatMap(moments).lines(.english)
    #expect(lines[0] == "     22 23")
    #expect(lines[1] == "Mon █ 4  ·")
    #expect(lines[2] == "Tue   ·░ 1")
    #expect(lines.joined(separator: " ").contains("busiest (4)"))
    #expect(WalkoutHeatMap([Timestamp]()).lines(.french) == ["Pas de départ sans payer sur la période."])
  }

  @Test func everyLineFitsEightyColumns() {
    let moments = (0..<24).map { Self.at(30, $0) }
    for language in Language.allCases {
      #expect(WalkoutHeatMap(moments).lines(language, width: 78).allSatisfy { $0.count <= 78 })
    }
  }
}
