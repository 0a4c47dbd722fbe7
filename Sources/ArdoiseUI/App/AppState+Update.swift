import ArdoiseCore
import Foundation

extension AppState {
  /// Applies `action` and returns the effects the runtime must carry out. Pure: no I/O, no clock.
  public mutating func update(_ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
      return handle(key)
    case .resize(let newSize):
      size = newSize
      clampScroll()
      return []
    case .caseLoaded(let stored):
      apply(changed: [stored], removed: [])
      if pendingOpen == stored.incident.id {
        pendingOpen = nil
        _ = openChecklist(stored.incident.id)
      }
      return []
    case .tick(let date):
      let previousDay = today
      clock = date
      if today != previousDay { rebuildRows() }
      return [.refresh]
    case .casesChanged(let changed, let removed):
      apply(summaries: changed, removed: removed)
      if let checklist, summaries[checklist.incident] == nil {
        self.checklist = nil
        overlay = nil
        status = StatusMessage(t(L("Ce dossier a été supprimé hors d’ardoise.", "This case was removed outside ardoise.")), .warning)
      }
      return []
    case .recorded(let stored, let request):
      apply(changed: [stored], removed: [])
      if case .form? = overlay { overlay = nil }
      status = StatusMessage("✓ " + t(L("Enregistré", "Saved")) + " — " + t(request.message), .success)
      if var checklist, checklist.incident == stored.incident.id {
        if request.advancesGuide, let next = stored.incident.currentStep(in: playbook), let index = playbook.index(of: next) {
          checklist.selectedStep = index
          checklist.selectedItem = 0
          checklist.pane = .actions
        }
        let items = actionItems(stepIndex: checklist.selectedStep).count
        checklist.selectedItem = min(checklist.selectedItem, max(0, items - 1))
        self.checklist = checklist
      }
      return []
    case .created(let stored):
      apply(changed: [stored], removed: [])
      overlay = nil
      list.selectedID = stored.incident.id
      checklist = ChecklistState(incident: stored.incident.id, selectedStep: 0)
      status = StatusMessage("✓ " + t(L("Départ sans payer enregistré : ", "Walkout recorded: ")) + stored.incident.id.rawValue, .success)
      return []
    case .failed(let message, let current):
      if let current { apply(changed: [current], removed: []) }
      if case .form(var form)? = overlay {
        form.error = t(message)
        overlay = .form(form)
      }
      status = StatusMessage("✗ " + t(message), .error)
      return []
    case .documentWritten(let path, let warnings):
      status = StatusMessage("✓ " + t(L("Document écrit : ", "Document written: ")) + path, warnings.isEmpty ? .success : .warning)
      // The whole path, to print or send the file, and every blank left in it.
      var paragraphs = [path]
      if !warnings.isEmpty {
        paragraphs += ["", t(L("À compléter avant l’envoi :", "To complete before sending:"))] + warnings.map { "• " + t($0) }
      }
      overlay = .notice(Notice(title: t(L("Document écrit", "Document written")), paragraphs: paragraphs))
      return []
    case .damagedCasesCounted(let count):
      if count > damagedCaseCount {
        status = StatusMessage(t(Store.damagedCasesWarning(count)), .error)
      }
      damagedCaseCount = count
      return []
    case .themeChanged(let name, let warning):
      themeName = name
      status = warning.map { StatusMessage($0, .warning) }
        ?? StatusMessage(t(L("Thème : ", "Theme: ")) + name, .info)
      return []
    case .terminate:
      isFinished = true
      return [.quit]
    }
  }

  private mutating func handle(_ key: Key) -> [Effect] {
    let context = keyContext
    let found = Keymap.command(for: key, in: context)
    // Ctrl-L and Ctrl-Z work in every context, a form or the too-small screen included.
    switch found {
    case .repaint?: return [.repaint]
    case .suspend?: return [.suspend]
    default: break
    }
    switch context {
    case .tooSmall: return found == .quit ? quit() : []
    case .form: return handleFormKey(key)
    case .filter: return handleFilterKey(key)
    default: break
    }
    guard let command = found else { return [] }
    let isMovement = [Command.moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom].contains(command)
    if !isMovement { status = nil }
    switch context {
    case .caseList: return handleCaseList(command)
    case .checklist: return handleChecklist(command)
    case .menu: return handleMenu(command)
    case .confirm: return handleConfirm(command)
    case .help: return handleHelp(command)
    case .form, .filter, .tooSmall: return []
    }
  }

  mutating func quit() -> [Effect] {
    if case .form(let form)? = overlay, form.isDirty {
      overlay = .confirm(ConfirmState(question: t(L("Quitter sans enregistrer ce qui a été saisi ?", "Quit without saving what was typed?")),
                                      pending: .quitWithForm))
      return []
    }
    isFinished = true
    return [.quit]
  }

  private mutating func handleHelp(_ command: Command) -> [Effect] {
    let scroll: Int
    switch overlay {
    case .help(let value)?, .details(let value)?, .statistics(let value)?: scroll = value
    case .notice(let notice)?: scroll = notice.scroll
    default: return []
    }
    var next = scroll
    switch command {
    case .back: overlay = nil; return []
    case .quit: return quit()
    case .moveDown: next = scroll + 1
    case .moveUp: next = max(0, scroll - 1)
    case .pageDown: next = scroll + 10
    case .pageUp: next = max(0, scroll - 10)
    case .moveToTop: next = 0
    default: break
    }
    switch overlay {
    case .details?: overlay = .details(scroll: next)
    case .statistics?: overlay = .statistics(scroll: next)
    case .notice(var notice)?:
      notice.scroll = next
      overlay = .notice(notice)
    default: overlay = .help(scroll: next)
    }
    return []
  }

  // MARK: - Cases

  /// Brings cases read in full into the state (and their summaries into the list).
  mutating func apply(changed: [StoredIncident], removed: [IncidentID]) {
    for stored in changed { cases[stored.incident.id] = stored }
    apply(summaries: changed.map(IncidentSummary.init), removed: removed)
  }

  /// Brings changed summaries into the list, keeping the selection on its case.
  mutating func apply(summaries changed: [IncidentSummary], removed: [IncidentID]) {
    for id in removed {
      summaries[id] = nil
      cases[id] = nil
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
      rows[summary.id] = CaseRow(summary, playbook: playbook, language: language, today: today)
    }
    // Sort small keys, not whole rows: open first, then newest, then id.
    order = rows.values.map { (isOpen: $0.isOpen, seconds: $0.occurredAt.secondsSince1970, id: $0.id) }
      .sorted { lhs, rhs in
        if lhs.isOpen != rhs.isOpen { return lhs.isOpen }
        if lhs.seconds != rhs.seconds { return lhs.seconds > rhs.seconds }
        return lhs.id > rhs.id
      }
      .map(\.id)
    recountOpenCases()
    refreshVisible()
    if case .statistics? = overlay { recomputeFigures() } else { figures = nil }
  }

  /// The figures over every case, for the figures screen.
  mutating func recomputeFigures() {
    figures = WalkoutStatistics(Array(summaries.values), currency: currency, today: today)
  }

  /// Recomputes every row (the day changed: overdue marks move).
  mutating func rebuildRows() {
    apply(summaries: Array(summaries.values), removed: [])
  }

  /// Applies scope and filter to the list, keeping the selection on its case when it is still
  /// shown, else on the nearest row.
  mutating func refreshVisible() {
    let previousIndex = list.selectedIndex ?? 0
    let words = list.filter.text.split(separator: " ").map { SearchText(String($0)) }
    if words.isEmpty {
      list.visible = order.filter { id in rows[id].map(list.scope.includes) ?? false }
    } else {
      var visible: [IncidentID] = []
      for id in order {
        guard let row = rows[id], list.scope.includes(row), let summary = summaries[id] else { continue }
        let text: SearchText
        if let known = searchTexts[id] {
          text = known
        } else {
          text = CaseRow.searchText(summary, step: row.stepText(in: playbook, language: language), language: language)
          searchTexts[id] = text
        }
        if words.allSatisfy({ text.contains($0) }) { visible.append(id) }
      }
      list.visible = visible
    }
    if let selected = list.selectedID, list.visible.contains(selected) {
      // stays on its case
    } else if list.visible.isEmpty {
      list.selectedID = nil
    } else {
      list.selectedID = list.visible[min(previousIndex, list.visible.count - 1)]
    }
    clampScroll()
  }

  /// The number of case rows the list can show.
  var listCapacity: Int { max(1, size.height - 4) }

  mutating func clampScroll() {
    guard let index = list.selectedIndex else {
      list.scrollOffset = 0
      return
    }
    if index < list.scrollOffset { list.scrollOffset = index }
    if index >= list.scrollOffset + listCapacity { list.scrollOffset = index - listCapacity + 1 }
    list.scrollOffset = max(0, min(list.scrollOffset, max(0, list.visible.count - listCapacity)))
  }
}
