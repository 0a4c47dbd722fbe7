import ArdoiseCore

/// The columns of the case list, fitted to the width, by priority: the amounts, the step and the
/// follow-up keep their room; when the terminal is narrow the table column shrinks first (to 4
/// columns, a longer name ending in `…`), then the date loses its time, then the amount column
/// goes; when it is wide the table column grows (to 16) and the step takes the rest. The status
/// column is left out of the view of open cases (every row would say the same), so the step's
/// name shows more. Over a group's sites (`ardoise --group`) a site column follows the id: it
/// gives way after the table and the date's time, down to 8 columns, before the amount goes; then
/// to 4 (a longer name ending in `…`). The follow-up column's heading (`Relance`, `Next`: the next follow-up) fits its
/// dates' width, so it shows whole at every width, in every view; a heading too long for its
/// column would end in `…`, as any cut text does.
struct CaseListColumns {
  let width: Int
  let showsAmount: Bool
  let showsStatus: Bool
  let showsTime: Bool
  let dateWidth: Int
  let tableWidth: Int
  let stepWidth: Int
  /// The site column's width; 0 when there is none.
  let siteWidth: Int
  /// The follow-up column's width: its dates (`!11-27`), or its heading when there is room.
  let followUpWidth: Int

  static let idWidth = 11
  static let fullDateWidth = 11
  static let shortDateWidth = 8
  static let minimumTableWidth = 4
  static let tableWidth = 6
  static let maximumTableWidth = 16
  static let moneyWidth = 10
  /// Wide enough for the dates (`!11-27`) and the heading (`Relance`, `Next`: the next follow-up).
  static let followUpWidth = 7
  /// The day of the next follow-up: short enough for the dates' column in both languages
  /// (`Follow-up` was cut to `Follow…` at 80 columns once the status column showed).
  static let followUpHeading = LocalizedText("Relance", "Next")
  static let statusWidth = 6
  /// The step column never gets less while something else can give way: `4/7 Contacter l…`.
  static let minimumStepWidth = 16
  /// Past this, extra room goes to the table column first.
  static let comfortableStepWidth = 30
  /// The site column keeps this much while the amount column can go instead.
  static let preferredSiteWidth = 8
  static let minimumSiteWidth = 4

  /// `siteWidth`: the width the site column wants (0: no site column); `language`: the headings'.
  init(width: Int, showsStatus: Bool = true, siteWidth wantedSiteWidth: Int = 0, language: Language) {
    self.width = width
    self.showsStatus = showsStatus
    var site = wantedSiteWidth
    var followUp = CaseListColumns.followUpWidth
    let minimum = CaseListColumns.minimumStepWidth
    // Every column but the last is followed by one space.
    func step(amount: Bool, date: Int, table: Int) -> Int {
      let columns = 6 + (amount ? 1 : 0) + (showsStatus ? 1 : 0) + (site > 0 ? 1 : 0)
      let used = CaseListColumns.idWidth + site + date + table + (amount ? CaseListColumns.moneyWidth : 0) + CaseListColumns.moneyWidth
        + followUp + (showsStatus ? CaseListColumns.statusWidth : 0) + columns - 1
      return width - used
    }
    /// Narrows the site column by what the step lacks, down to `floor`.
    func narrowSite(to floor: Int, amount: Bool, date: Int, table: Int) {
      let lacking = minimum - step(amount: amount, date: date, table: table)
      if lacking > 0, site > floor { site = max(floor, site - lacking) }
    }
    var amount = true
    var date = CaseListColumns.fullDateWidth
    var table = CaseListColumns.tableWidth
    if step(amount: amount, date: date, table: table) < minimum {
      table = max(CaseListColumns.minimumTableWidth, table - (minimum - step(amount: amount, date: date, table: table)))
    }
    if step(amount: amount, date: date, table: table) < minimum { date = CaseListColumns.shortDateWidth }
    narrowSite(to: min(wantedSiteWidth, CaseListColumns.preferredSiteWidth), amount: amount, date: date, table: table)
    if step(amount: amount, date: date, table: table) < minimum {
      amount = false
      // The amount's room goes back to the site's name first.
      let spare = step(amount: amount, date: date, table: table) - minimum
      if spare > 0 { site = min(wantedSiteWidth, site + spare) }
    }
    narrowSite(to: min(wantedSiteWidth, CaseListColumns.minimumSiteWidth), amount: amount, date: date, table: table)
    siteWidth = site
    // The heading in full when the step can spare the room; else it ends in `…`.
    let heading = CaseListColumns.followUpHeading(language).displayWidth
    if heading > followUp, step(amount: amount, date: date, table: table) - (heading - followUp) >= minimum { followUp = heading }
    followUpWidth = followUp
    let room = step(amount: amount, date: date, table: table)
    if room > CaseListColumns.comfortableStepWidth {
      table += min(CaseListColumns.maximumTableWidth - table, room - CaseListColumns.comfortableStepWidth)
    }
    showsAmount = amount
    showsTime = date == CaseListColumns.fullDateWidth
    dateWidth = date
    tableWidth = table
    stepWidth = max(4, step(amount: amount, date: date, table: table))
  }

  func header(_ language: Language) -> String {
    var text = "ID".padded(toWidth: CaseListColumns.idWidth) + " "
    if siteWidth > 0 { text += LocalizedText("Site", "Site")(language).padded(toWidth: siteWidth) + " " }
    text += LocalizedText("Date", "Date")(language).padded(toWidth: dateWidth) + " "
      + LocalizedText("Table", "Table")(language).padded(toWidth: tableWidth) + " "
    if showsAmount { text += LocalizedText("Montant", "Amount")(language).leftPadded(toWidth: CaseListColumns.moneyWidth) + " " }
    text += LocalizedText("Reste dû", "Owed")(language).leftPadded(toWidth: CaseListColumns.moneyWidth) + " "
      + LocalizedText("Étape", "Step")(language).padded(toWidth: stepWidth) + " "
      + CaseListColumns.followUpHeading(language).padded(toWidth: followUpWidth)
    if showsStatus { text += " " + LocalizedText("Statut", "Status")(language).padded(toWidth: CaseListColumns.statusWidth) }
    return text
  }

  /// `site`: the case's site, drawn when there is a site column.
  func draw(_ row: CaseRow, site: String? = nil, y: Int, selected: Bool, today: CalendarDay, language: Language, playbook: Playbook,
            into grid: inout Grid) {
    let base: StyleRole = row.isOpen ? .listRow : .dimmed
    grid.fill(Rect(x: 0, y: y, width: width, height: 1), role: base)
    // The selection bar spans the whole row, in one role, so no theme leaves a gap in it.
    if selected { grid.fill(Rect(x: 0, y: y, width: width, height: 1), role: .selectedRow) }
    var x = 0
    func put(_ text: String, _ columnWidth: Int, role: StyleRole? = nil, right: Bool = false) {
      let chosen = selected ? .selectedRow : (role ?? base)
      if right {
        grid.writeRight(text, x: x, y: y, width: columnWidth, role: chosen)
      } else if chosen != base && !selected {
        // A badge (the overdue follow-up): its colour covers its text, the rest of the column is the row's.
        grid.writeFill("", x: x, y: y, width: columnWidth, role: base)
        grid.writeClipped(text, x: x, y: y, width: columnWidth, role: chosen)
      } else {
        grid.writeFill(text, x: x, y: y, width: columnWidth, role: chosen)
      }
      x += columnWidth + 1
    }
    put(row.id.rawValue + (row.isReadOnly ? "!" : ""), CaseListColumns.idWidth)
    if siteWidth > 0 { put(site?.inert ?? "", siteWidth) }
    put(CaseListColumns.dateText(row.occurredAt, today: today, language: language, withTime: showsTime), dateWidth)
    put(row.table, tableWidth)
    if showsAmount { put(row.amount.formatted(language), CaseListColumns.moneyWidth, right: true) }
    put(row.outstanding.formatted(language), CaseListColumns.moneyWidth,
        role: row.isOpen ? (row.outstanding.isZero ? .moneyRecovered : .moneyOwed) : base, right: true)
    put(row.stepText(in: playbook, language: language), stepWidth)
    let followUp = row.followUp.map { (row.isOverdue ? "!" : "") + CaseListColumns.shortDay($0, language: language) } ?? ""
    put(followUp, followUpWidth, role: row.isOverdue ? .overdue : base)
    if showsStatus { put(row.isOpen ? LocalizedText("ouvert", "open")(language) : LocalizedText("clos", "closed")(language), CaseListColumns.statusWidth) }
  }

  /// `29/11 23:40` this year, `29/11/2025` before (French); `11-29 23:40` / `2025-11-29` (English).
  /// Without the time (a narrow terminal): `29/11`, `29/11/25`; `11-29`, `25-11-29`.
  static func dateText(_ moment: Timestamp, today: CalendarDay, language: Language, withTime: Bool = true) -> String {
    let day = moment.day
    if day.year == today.year {
      return shortDay(day, language: language) + (withTime ? " " + moment.timeText : "")
    }
    if withTime { return day.formatted(language) }
    let year = (day.year % 100).zeroPadded(2)
    return language == .french ? shortDay(day, language: language) + "/" + year : year + "-" + shortDay(day, language: language)
  }

  static func shortDay(_ day: CalendarDay, language: Language) -> String {
    language == .french ? day.day.zeroPadded(2) + "/" + day.month.zeroPadded(2) : day.month.zeroPadded(2) + "-" + day.day.zeroPadded(2)
  }
}

import Foundation
