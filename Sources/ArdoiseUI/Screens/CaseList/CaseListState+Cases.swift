import ArdoiseCore

extension CaseListState {
  /// Brings changed summaries into the list, keeping the selection on its case.
  mutating func apply(summaries changed: [IncidentSummary], removed: [IncidentID], context: ScreenContext) {
    for id in removed {
      summaries[id] = nil
      rows[id] = nil
      searchTexts[id] = nil
    }
    if summaries.isEmpty {
      summaries.reserveCapacity(changed.count)
      rows.reserveCapacity(changed.count)
    }
    for summary in changed {
      summaries[summary.id] = summary
      if !searchTexts.isEmpty { searchTexts[summary.id] = nil }
      rows[summary.id] = CaseRow(summary, playbook: context.playbook, language: context.language, today: context.today)
    }
    // Sort small keys, not whole rows: open first, then newest, then id.
    order = rows.values.map { (isOpen: $0.isOpen, seconds: $0.occurredAt.secondsSince1970, id: $0.id) }
      .sorted { lhs, rhs in
        if lhs.isOpen != rhs.isOpen { return lhs.isOpen }
        if lhs.seconds != rhs.seconds { return lhs.seconds > rhs.seconds }
        return lhs.id > rhs.id
      }
      .map(\.id)
    recountOpenCases(currency: context.currency)
    refreshVisible(context: context)
  }

  /// The figures over every case, for the figures screen.
  func figures(context: ScreenContext) -> WalkoutStatistics {
    WalkoutStatistics(Array(summaries.values), currency: context.currency, today: context.today)
  }

  /// Recounts the open cases and what they owe (after cases changed).
  mutating func recountOpenCases(currency: Currency) {
    var count = 0
    var due = 0
    var total = Money.zero(currency)
    for row in rows.values where row.isOpen {
      count += 1
      if row.isDue { due += 1 }
      if row.outstanding.currency == currency { total = total + row.outstanding }
    }
    openSummary = (count, due, total)
  }

  /// Applies scope and filter to the list, keeping the selection on its case when it is still
  /// shown, else on the nearest row.
  mutating func refreshVisible(context: ScreenContext) {
    let previousIndex = selectedIndex ?? 0
    let words = filter.text.split(separator: " ").map { SearchText(String($0)) }
    if words.isEmpty {
      visible = order.filter { id in rows[id].map(scope.includes) ?? false }
    } else {
      var shown: [IncidentID] = []
      for id in order {
        guard let row = rows[id], scope.includes(row), let summary = summaries[id] else { continue }
        let text: SearchText
        if let known = searchTexts[id] {
          text = known
        } else {
          text = CaseRow.searchText(summary, step: row.stepText(in: context.playbook, language: context.language), language: context.language)
          searchTexts[id] = text
        }
        if words.allSatisfy({ text.contains($0) }) { shown.append(id) }
      }
      visible = shown
    }
    if let selected = selectedID, visible.contains(selected) {
      // stays on its case
    } else if visible.isEmpty {
      selectedID = nil
    } else {
      selectedID = visible[min(previousIndex, visible.count - 1)]
    }
    clampScroll(capacity: Self.capacity(in: context.contentArea))
  }
}
