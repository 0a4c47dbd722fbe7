import ArdoiseCore

extension CaseListState {
  /// The case list: a title line, a header, one row per case; the hardware cursor on the
  /// selected row.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Position? {
    let list = self
    let language = context.language
    let today = context.today
    let width = area.width
    let summary = openSummary
    let name = context.restaurantName.map { "ardoise · " + $0 } ?? "ardoise"
    // Shown in this order; when they do not all fit beside the name, the view's name goes
    // first, then the due count, then the amount owed.
    var pieces: [(text: String, keepRank: Int)] = [(context.localized(.counting(summary.count, french: ("ouvert", "ouverts"), english: ("open", "open"))), 0)]
    if summary.due > 0 { pieces.append((context.localized(LocalizedText("\(summary.due) à relancer", "\(summary.due) due")), 2)) }
    pieces.append((context.localized(LocalizedText("\(summary.outstanding.formatted(.french)) à recouvrer", "\(summary.outstanding.formatted(.english)) owed")), 1))
    pieces.append((context.localized(LocalizedText("vue : ", "view: ")) + context.localized(list.scope.label), 3))
    if let sync = context.syncState {
      // A failed sync or a conflict is kept as long as the open count; the rest goes first.
      let isTrouble = sync.failure != nil || !sync.conflicts.isEmpty
      pieces.append((SyncIndicator.text(sync, now: context.clock, language: language), isTrouble ? 0 : 4))
    }
    if damagedCaseCount > 0 {
      // Kept the longest: a case may be missing from the list because of it.
      let count = context.localized(.counting(damagedCaseCount, french: ("dossier illisible", "dossiers illisibles"), english: ("unreadable case", "unreadable cases")))
      pieces.insert(("⚠ " + count, -1), at: 0)
    }
    let capacity = Self.capacity(in: area)
    if list.visible.count > capacity {
      // The position in the list goes on the title line, kept to the last: never over the header.
      let end = min(list.visible.count, list.scrollOffset + capacity)
      pieces.append(("\(list.scrollOffset + 1)–\(end)/\(list.visible.count)", -2))
    }
    grid.writeFill(" " + name, x: 0, y: 0, width: width, role: .title)
    while let least = pieces.indices.max(by: { pieces[$0].keepRank < pieces[$1].keepRank }) {
      let right = pieces.map(\.text).joined(separator: " · ") + " "
      if right.displayWidth + name.displayWidth + 3 <= width {
        grid.writeRight(right, x: 0, y: 0, width: width, role: .title)
        break
      }
      pieces.remove(at: least)
    }

    let columns = CaseListColumns(width: width, showsStatus: list.scope == .closed || list.scope == .all,
                                  siteWidth: context.group?.columnWidth ?? 0, language: language)
    grid.writeFill(columns.header(language), x: 0, y: 1, width: width, role: .header)

    guard !list.visible.isEmpty else {
      let message: String
      if !list.filter.isEmpty {
        message = context.localized(LocalizedText("Aucun dossier ne correspond à « \(list.filter.text) » (Esc dans le filtre pour l’effacer).",
                      "No case matches “\(list.filter.text)” (Esc in the filter clears it)."))
      } else if list.scope == .open && rows.isEmpty {
        message = context.localized(LocalizedText("Aucun départ sans payer enregistré. Appuyez sur n pour enregistrer le premier.",
                      "No walkout recorded yet. Press n to record the first one."))
      } else {
        message = context.localized(list.scope.emptyText) + context.localized(LocalizedText(". ⇥ pour changer de vue, n pour un nouveau dossier.",
                                                 ". ⇥ to change the view, n for a new case."))
      }
      for (index, line) in TextWrap.lines(message, width: width - 4).prefix(capacity).enumerated() {
        grid.write(line, x: 2, y: 3 + index, role: .dimmed)
      }
      return Position(x: 0, y: 2)
    }
    var cursor: Position?
    let end = min(list.visible.count, list.scrollOffset + capacity)
    for (offset, id) in list.visible[list.scrollOffset..<end].enumerated() {
      guard let row = rows[id] else { continue }
      let y = 2 + offset
      let isSelected = id == list.selectedID
      columns.draw(row, site: context.group?.site(of: id), y: y, selected: isSelected, today: today, language: language,
                   playbook: context.playbook, into: &grid)
      if isSelected { cursor = Position(x: 0, y: y) }
    }
    return cursor
  }
}
