import ArdoiseCore
import Foundation

extension AppState {
  /// Applies `action` and returns the effects the runtime must carry out. Pure: no I/O, no clock.
  /// Keys go to the screen with the keyboard (AppState+Keys.swift); results from the store go to
  /// the screens they concern.
  public mutating func update(_ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
      return handle(key)
    case .paste(let text):
      return handlePaste(text)
    case .resize(let newSize):
      size = newSize
      list.clampScroll(capacity: CaseListState.capacity(in: screenContext.contentArea))
      return []
    case .caseLoaded(let stored):
      noteReloadAfterSync(stored)
      apply(changed: [stored], removed: [])
      if pendingOpen == stored.incident.id {
        pendingOpen = nil
        _ = openChecklist(stored.incident.id)
        return adviceIfNeeded()
      }
      return []
    case .tick(let date):
      let previousDay = today
      clock = date
      if isReloadingAfterSync {
        isReloadingAfterSync = false
        openCaseBeforeSync = nil
      }
      guard today != previousDay else { return [.refresh] }
      rebuildRows()
      // An open agenda counts its states (today, overdue…) from the new day.
      if case .agenda? = overlay { return [.refresh, .loadAgenda] }
      return [.refresh]
    case .siteCasesChanged(let site, let changed, let removed):
      return updateSiteCases(site: site, changed: changed, removed: removed)
    case .caseReplaced(let id):
      noteCaseReplaced(id)
      return []
    case .casesChanged(let changed, let removed):
      // This site's own cases: a case it holds is never another site's.
      for summary in changed { group?.siteOfCase[summary.id] = nil }
      apply(summaries: changed, removed: removed)
      if let checklist, list.summaries[checklist.incident] == nil {
        self.checklist = nil
        overlay = nil
        agendaBehind = nil
        status = StatusMessage(localized(LocalizedText("Ce dossier a été supprimé hors d’ardoise.", "This case was removed outside ardoise.")), .warning)
      }
      // An open agenda, and the figures' measures, follow changes made elsewhere.
      if case .agenda? = overlay, !changed.isEmpty || !removed.isEmpty { return [.loadAgenda] }
      if case .statistics? = overlay, !changed.isEmpty || !removed.isEmpty { return [.loadMeasures] }
      return []
    case .recorded(let stored, let request):
      apply(changed: [stored], removed: [])
      if case .form? = overlay { overlay = nil }
      let settled = stored.incident.settlementNotice.map { " · " + localized($0) } ?? ""
      status = StatusMessage("✓ " + localized(LocalizedText("Enregistré", "Saved")) + " — " + localized(request.message) + settled, .success)
      if checklist?.incident == stored.incident.id {
        checklist?.didRecord(on: stored.incident, advancingGuide: request.advancesGuide, playbook: playbook)
      }
      return []
    case .created(let stored):
      apply(changed: [stored], removed: [])
      overlay = nil
      list.selectedID = stored.incident.id
      checklist = ChecklistState(incident: stored.incident.id, selectedStep: 0)
      status = StatusMessage("✓ " + localized(LocalizedText("Départ sans payer enregistré : ", "Walkout recorded: ")) + stored.incident.id.rawValue, .success)
      return []
    case .failed(let message, let current):
      if let current { apply(changed: [current], removed: []) }
      if case .form(var form)? = overlay {
        form.error = localized(message)
        overlay = .form(form)
      }
      status = StatusMessage("✗ " + localized(message), .error)
      return []
    case .documentWritten(let path, let warnings, let note):
      status = StatusMessage("✓ " + localized(LocalizedText("Document écrit : ", "Document written: ")) + path, warnings.isEmpty ? .success : .warning)
      var notice = Notice(documentWrittenAt: path, warnings: warnings, note: note, language: language)
      if !warnings.isEmpty { notice.offerSettings(SettingsState.restaurantKeysToComplete(in: settings)) }
      overlay = .notice(notice)
      return []
    case .customerRead, .customerSaved, .customersChangedOnDisk, .settingsRead, .settingSaved, .playbookLoaded:
      return updateCustomerAndSettings(action)
    case .damagedCasesCounted(let count, let notice):
      if count > list.damagedCaseCount {
        status = StatusMessage(localized(notice ?? Store.damagedCasesWarning(count)), .error)
      }
      list.damagedCaseCount = count
      return []
    case .customersLoaded(let customers):
      list.setCustomerTexts(customers, context: screenContext)
      return []
    case .searchPrepared(let prepared):
      list.install(prepared, context: screenContext)
      return []
    case .cachedCasesChecked(let result):
      return result.changedIDs.isEmpty ? [] : [.readChangedCachedCases(result)]
    case .themeChanged(let name, let warning):
      themeName = name
      status = warning.map { StatusMessage($0, .warning) }
        ?? StatusMessage(localized(LocalizedText("Thème : ", "Theme: ")) + name, .info)
      return []
    case .adviceLoaded(let result):
      advice = result
      isLoadingAdvice = false
      return []
    case .measuresLoaded(let tally):
      if case .statistics(var statistics)? = overlay {
        statistics.measures = tally
        statistics.comparison = list.comparison(tally, context: screenContext)
        overlay = .statistics(statistics)
      }
      return []
    case .agendaLoaded(let agenda):
      if case .agenda(var screen)? = overlay {
        screen.load(agenda)
        screen.keepSelectionInView(room: AgendaState.room(in: screenContext.contentArea))
        overlay = .agenda(screen)
      }
      return []
    case .startLineCounted(let counts):
      // Read off the screen's thread: a key pressed meanwhile means it is not wanted.
      if startLineIsDue { startLine = counts.startLine(language) }
      return []
    case .emailDrafted, .emailSent, .printed, .synced, .syncStateRead:
      return updateFromOutside(action)
    case .terminate:
      isFinished = true
      return [.quit]
    }
  }
}
