import ArdoiseCore

extension CaseListState {
  /// Brings changed summaries into the list, keeping the selection on its case.
  mutating func apply(summaries changed: [IncidentSummary], removed: [IncidentID], context: ScreenContext) {
    for id in removed { rows[id] = nil }
    if rows.isEmpty { rows.reserveCapacity(changed.count) }
    for summary in changed {
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
    // The filter's index follows the new order when it is next used, making only the changed
    // cases' texts again. A case newly identified may have a customer to search: read them again.
    if search.index != nil {
      search.isStale = true
      search.changed.formUnion(changed.lazy.map(\.id))
    }
    search.generation += 1
    if search.customers != nil, changed.contains(where: { $0.hasIdentifiedCustomer != (search.customers?[$0.id] != nil) }) {
      search.customers = nil
    }
    recountOpenCases(currency: context.currency)
    refreshVisible(context: context)
  }

  /// The figures over every case, for the figures screen.
  func figures(context: ScreenContext) -> WalkoutStatistics {
    WalkoutStatistics(Array(summaries.values), currency: context.currency, today: context.today)
  }

  /// The figures screen over every case; over a group, with each site's figures too. The loss
  /// as a share of takings runs from the first walkout to today.
  func statistics(context: ScreenContext) -> StatisticsState {
    let figures = figures(context: context)
    let bounds = StatisticsPeriod().closed(over: Array(summaries.values), today: context.today)
    let share = figures.count == 0 ? nil
      : LossShare(figures, takings: nil, monthlyTakings: context.settings.monthlyTakingsAmount, days: bounds.from.days(until: bounds.to) + 1)
    return StatisticsState(figures: figures, sites: siteFigures(context: context), lossShare: share)
  }

  /// The figures screen's two periods, split on the last of `measures`.
  func comparison(_ measures: MeasureTally, context: ScreenContext) -> StatisticsComparison {
    StatisticsComparison(Array(summaries.values), measures: measures, currency: context.currency,
                         monthlyTakings: context.settings.monthlyTakingsAmount, today: context.today)
  }

  /// Each site's figures, this site first; empty when the screen does not show a group.
  func siteFigures(context: ScreenContext) -> [StatisticsState.SiteFigures] {
    guard let group = context.group else { return [] }
    var bySite: [String: [IncidentSummary]] = [:]
    for summary in summaries.values { bySite[group.site(of: summary.id), default: []].append(summary) }
    return group.names.map { name in
      StatisticsState.SiteFigures(name: name, figures: WalkoutStatistics(bySite[name] ?? [], currency: context.currency, today: context.today))
    }
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
      var index: CaseSearchIndex
      if let current = search.index, !search.isStale {
        index = current
      } else {
        // Not built ahead yet (or cases changed since): built here, as the letter waits.
        index = buildSearchIndex(playbook: context.playbook, language: context.language)
        search.isStale = false
        search.changed = []
      }
      search.index = nil  // held only here while it changes, so its arrays are not copied
      visible = index.matches(words, scope: scope)
      search.index = index
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

  /// What the filter searches for case `id`: its row's texts, and its customer's name and phone
  /// when they were read.
  private func searchText(of id: IncidentID, playbook: Playbook, language: Language) -> SearchText? {
    guard let row = rows[id] else { return nil }
    return CaseRow.searchText(row.summary, step: row.stepText(in: playbook, language: language),
                              customer: search.customers?[id], language: language)
  }

  /// The filter's index for the list as it is, reusing the texts of the current index for the
  /// cases that did not change since it was built.
  func buildSearchIndex(playbook: Playbook, language: Language) -> CaseSearchIndex {
    CaseSearchIndex(
      order: order, flags: { id in rows[id].map(CaseSearchIndex.flags(of:)) }, reusing: search.index, changed: search.changed,
      text: { id in searchText(of: id, playbook: playbook, language: language) })
  }

  /// Whether the customers of identified cases should be read for the filter (none read yet).
  var needsCustomerTexts: Bool {
    search.customers == nil && summaries.values.contains(where: \.hasIdentifiedCustomer)
  }

  /// The customers' names and phones, read from `people/` for the filter: kept in memory only.
  mutating func setCustomerTexts(_ customers: [IncidentID: String], context: ScreenContext) {
    search.customers = customers
    // Every identified case's text changes.
    if search.index != nil {
      search.isStale = true
      search.changed.formUnion(summaries.values.lazy.filter(\.hasIdentifiedCustomer).map(\.id))
    }
    search.generation += 1
    if !filter.text.isEmpty { refreshVisible(context: context) }
  }

  /// Customers whose file in `people/` changed on disk: their names and phones replaced (nil:
  /// none now). Nothing to do until the filter first read them.
  mutating func updateCustomerTexts(_ texts: [IncidentID: String?], context: ScreenContext) {
    guard search.customers != nil, !texts.isEmpty else { return }
    for (id, text) in texts { search.customers?[id] = text }
    if search.index != nil {
      search.isStale = true
      search.changed.formUnion(texts.keys)
    }
    search.generation += 1
    if !filter.text.isEmpty { refreshVisible(context: context) }
  }
}
