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
    case .resize(let newSize):
      size = newSize
      list.clampScroll(capacity: CaseListState.capacity(in: screenContext.contentArea))
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
      if let checklist, list.summaries[checklist.incident] == nil {
        self.checklist = nil
        overlay = nil
        status = StatusMessage(localized(L("Ce dossier a été supprimé hors d’ardoise.", "This case was removed outside ardoise.")), .warning)
      }
      return []
    case .recorded(let stored, let request):
      apply(changed: [stored], removed: [])
      if case .form? = overlay { overlay = nil }
      let settled = stored.incident.settlementNotice.map { " · " + localized($0) } ?? ""
      status = StatusMessage("✓ " + localized(L("Enregistré", "Saved")) + " — " + localized(request.message) + settled, .success)
      if checklist?.incident == stored.incident.id {
        checklist?.didRecord(on: stored.incident, advancingGuide: request.advancesGuide, playbook: playbook)
      }
      return []
    case .created(let stored):
      apply(changed: [stored], removed: [])
      overlay = nil
      list.selectedID = stored.incident.id
      checklist = ChecklistState(incident: stored.incident.id, selectedStep: 0)
      status = StatusMessage("✓ " + localized(L("Départ sans payer enregistré : ", "Walkout recorded: ")) + stored.incident.id.rawValue, .success)
      return []
    case .failed(let message, let current):
      if let current { apply(changed: [current], removed: []) }
      if case .form(var form)? = overlay {
        form.error = localized(message)
        overlay = .form(form)
      }
      status = StatusMessage("✗ " + localized(message), .error)
      return []
    case .documentWritten(let path, let warnings):
      status = StatusMessage("✓ " + localized(L("Document écrit : ", "Document written: ")) + path, warnings.isEmpty ? .success : .warning)
      overlay = .notice(Notice(documentWrittenAt: path, warnings: warnings, language: language))
      return []
    case .damagedCasesCounted(let count):
      if count > list.damagedCaseCount {
        status = StatusMessage(localized(Store.damagedCasesWarning(count)), .error)
      }
      list.damagedCaseCount = count
      return []
    case .themeChanged(let name, let warning):
      themeName = name
      status = warning.map { StatusMessage($0, .warning) }
        ?? StatusMessage(localized(L("Thème : ", "Theme: ")) + name, .info)
      return []
    case .terminate:
      isFinished = true
      return [.quit]
    }
  }
}
