import Foundation
import Testing

@testable import ArdoiseCore

/// The iCalendar text: escaping, folding, line ends, stable UIDs, no personal data by default.
@Suite struct AgendaCalendarTests {
  static let item = AgendaItem(caseID: IncidentID(rawValue: "261130-K7QF"), kind: .demandDeadline, day: CalendarDay(year: 2026, month: 12, day: 8),
                               state: .upcoming, step: .authorities, isEstimated: true, outstanding: Money(minorUnits: 4250),
                               note: LocalizedText("une note; avec, des \\ signes\net une ligne", "a note; with, some \\ signs\nand a line"))

  @Test func escapesTextAsRFC5545Says() {
    #expect(AgendaCalendar.escaped("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
  }

  @Test func foldsAtSeventyFiveOctetsWithoutCuttingACharacter() {
    let long = "SUMMARY:" + String(repeating: "é", count: 60)
    let folded = AgendaCalendar.folded(long)
    let lines = folded.components(separatedBy: "\r\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(lines[1].hasPrefix(" "))
    #expect(lines[0] + lines[1].dropFirst() == long)
  }

  @Test func writesAnAllDayEventPerItemWithAStableUID() {
    let stamp = Date(timeIntervalSince1970: 1_796_026_500)  // 2026-11-30 08:15:00 UTC
    let text = AgendaCalendar(items: [Self.item], language: .english, stamp: stamp).text
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
    #expect(unfolded.contains("\r\nUID:261130-K7QF-demand-deadline@ardoise\r\n"))
    #expect(unfolded.contains("\r\nDTSTAMP:20261130T081500Z\r\n"))
    #expect(unfolded.contains("\r\nDTSTART;VALUE=DATE:20261208\r\nDTEND;VALUE=DATE:20261209\r\n"))
    #expect(unfolded.contains("\r\nSUMMARY:261130-K7QF (€42.50): formal demand’s deadline (estimate)\r\n"))
    #expect(unfolded.contains("DESCRIPTION:a note\\; with\\, some \\\\ signs\\nand a line\\n"))
    #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    let again = AgendaCalendar(items: [Self.item], language: .english, stamp: stamp.addingTimeInterval(3600)).text
    #expect(again.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } == text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") })
  }

  @Test func personalDataOnlyWhenGiven() {
    let stamp = Date(timeIntervalSince1970: 1_796_026_500)
    let without = AgendaCalendar(items: [Self.item], language: .english, stamp: stamp).text
    let with = AgendaCalendar(items: [Self.item], language: .english, stamp: stamp,
                              personalData: [Self.item.caseID: "Jean Dupont, 06 00 00 00 00"]).text
    #expect(!without.contains("Dupont"))
    #expect(with.replacingOccurrences(of: "\r\n ", with: "").contains("Jean Dupont\\, 06 00 00 00 00"))
  }
}
