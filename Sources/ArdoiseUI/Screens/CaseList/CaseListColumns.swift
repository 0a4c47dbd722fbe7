import ArdoiseCore

/// The columns of the case list, fitted to the width: the step column takes what is left, and
/// the amount column goes first when the terminal is narrow. The status column is left out of
/// the view of open cases (every row would say the same), so the step's name shows more.
struct CaseListColumns {
  let width: Int
  let showsAmount: Bool
  let showsStatus: Bool
  let stepWidth: Int

  static let idWidth = 11
  static let dateWidth = 11
  static let tableWidth = 6
  static let moneyWidth = 10
  static let followUpWidth = 7
  static let statusWidth = 6

  init(width: Int, showsStatus: Bool = true) {
    self.width = width
    self.showsStatus = showsStatus
    let fixed = CaseListColumns.idWidth + CaseListColumns.dateWidth + CaseListColumns.tableWidth + CaseListColumns.moneyWidth
      + CaseListColumns.followUpWidth + (showsStatus ? CaseListColumns.statusWidth + 1 : 0) + 5
    showsAmount = width - fixed - CaseListColumns.moneyWidth - 1 >= 12
    stepWidth = max(4, width - fixed - (showsAmount ? CaseListColumns.moneyWidth + 1 : 0) - 1)
  }

  func header(_ language: Language) -> String {
    var text = "ID".padded(toWidth: CaseListColumns.idWidth) + " "
      + L("Date", "Date")(language).padded(toWidth: CaseListColumns.dateWidth) + " "
      + L("Table", "Table")(language).padded(toWidth: CaseListColumns.tableWidth) + " "
    if showsAmount { text += L("Montant", "Amount")(language).leftPadded(toWidth: CaseListColumns.moneyWidth) + " " }
    text += L("Reste dû", "Owed")(language).leftPadded(toWidth: CaseListColumns.moneyWidth) + " "
      + L("Étape", "Step")(language).padded(toWidth: stepWidth) + " "
      + L("Relance", "Follow")(language).padded(toWidth: CaseListColumns.followUpWidth)
    if showsStatus { text += " " + L("Statut", "Status")(language).padded(toWidth: CaseListColumns.statusWidth) }
    return text
  }

  /// The selection bar covers the id, date and table: enough to see at a glance, and moving it
  /// by one row redraws only those cells (a full-width bar costs twice the bytes).
  static let selectionWidth = idWidth + dateWidth + tableWidth + 2

  func draw(_ row: CaseRow, y: Int, selected: Bool, today: CalendarDay, language: Language, playbook: Playbook, into grid: inout Grid) {
    let base: StyleRole = row.isOpen ? .listRow : .dimmed
    grid.fill(Rect(x: 0, y: y, width: width, height: 1), role: base)
    if selected { grid.fill(Rect(x: 0, y: y, width: CaseListColumns.selectionWidth, height: 1), role: .selectedRow) }
    var x = 0
    func put(_ text: String, _ columnWidth: Int, role: StyleRole? = nil, right: Bool = false) {
      let chosen = selected && x < CaseListColumns.selectionWidth ? .selectedRow : (role ?? base)
      if right {
        grid.writeRight(text, x: x, y: y, width: columnWidth, role: chosen)
      } else {
        grid.writeFill(text, x: x, y: y, width: columnWidth, role: chosen)
      }
      x += columnWidth + 1
    }
    put(row.id.rawValue + (row.isReadOnly ? "!" : ""), CaseListColumns.idWidth)
    put(CaseListColumns.dateText(row.occurredAt, today: today, language: language), CaseListColumns.dateWidth)
    put(row.table, CaseListColumns.tableWidth)
    if showsAmount { put(row.amount.formatted(language), CaseListColumns.moneyWidth, right: true) }
    put(row.outstanding.formatted(language), CaseListColumns.moneyWidth,
        role: row.isOpen ? (row.outstanding.isZero ? .moneyRecovered : .moneyOwed) : base, right: true)
    put(row.stepText(in: playbook, language: language), stepWidth)
    let followUp = row.followUp.map { (row.isOverdue ? "!" : "") + CaseListColumns.shortDay($0, language: language) } ?? ""
    put(followUp, CaseListColumns.followUpWidth, role: row.isOverdue ? .overdue : base)
    if showsStatus { put(row.isOpen ? L("ouvert", "open")(language) : L("clos", "closed")(language), CaseListColumns.statusWidth) }
  }

  /// `29/11 23:40` this year, `29/11/2025` before (French); `11-29 23:40` / `2025-11-29` (English).
  static func dateText(_ moment: Timestamp, today: CalendarDay, language: Language) -> String {
    let day = moment.day
    if day.year == today.year {
      return shortDay(day, language: language) + " " + moment.timeText
    }
    return day.formatted(language)
  }

  static func shortDay(_ day: CalendarDay, language: Language) -> String {
    language == .french ? day.day.zeroPadded(2) + "/" + day.month.zeroPadded(2) : day.month.zeroPadded(2) + "-" + day.day.zeroPadded(2)
  }
}

import Foundation
