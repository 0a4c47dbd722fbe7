import ArdoiseCore

extension AppState {
  /// Carries out what a screen asked, in order, and returns the work for the runtime.
  mutating func perform(_ requests: [ScreenEffect]) -> [Effect] {
    var effects: [Effect] = []
    for request in refusingWritesToOtherSites(requests) {
      switch request {
      case .run(let effect):
        effects.append(effect)
      case .present(let screen):
        // Help opened from the agenda goes back to it.
        if case .agenda(let agenda)? = overlay, case .help = screen { agendaBehind = agenda }
        overlay = screen
      case .dismiss:
        if case .help(let help)? = overlay, help.screen == .agenda, let agenda = agendaBehind {
          agendaBehind = nil
          overlay = .agenda(agenda)
        } else {
          overlay = nil
        }
      case .status(let message):
        status = message
      case .quit:
        effects += quit()
      case .finish:
        isFinished = true
        effects.append(.quit)
      case .openCase(let id):
        agendaBehind = nil
        effects += openChecklist(id)
        effects += adviceIfNeeded()
      case .openCaseAtStep(let id, let step):
        // Opened from the agenda: leaving the case goes back to it.
        if case .agenda(let agenda)? = overlay { agendaBehind = agenda }
        overlay = nil
        pendingStep = step
        effects += openChecklist(id)
        effects += adviceIfNeeded()
      case .leaveCase(let id):
        checklist = nil
        list.selectedID = id
        list.clampScroll(capacity: CaseListState.capacity(in: screenContext.contentArea))
        if let agenda = agendaBehind {
          // Back to the agenda the case was opened from, read again (the case may have changed).
          agendaBehind = nil
          overlay = .agenda(agenda)
          effects.append(.loadAgenda)
        }
      }
    }
    return effects
  }

  /// Quits, after asking when a form holds typed text.
  mutating func quit() -> [Effect] {
    if case .form(let form)? = overlay, form.isDirty {
      overlay = .confirm(ConfirmState(question: localized(LocalizedText("Quitter sans enregistrer ce qui a été saisi ?", "Quit without saving what was typed?")),
                                      pending: .quitWithForm(form)))
      return []
    }
    isFinished = true
    return [.quit]
  }

  /// Opens the checklist of case `id` on its current step, keyboard on the step's actions; reads
  /// the case first when it is not read in full yet.
  mutating func openChecklist(_ id: IncidentID) -> [Effect] {
    guard let stored = cases[id] else {
      pendingOpen = id
      return [.loadCase(id)]
    }
    checklist = ChecklistState(opening: stored.incident, playbook: playbook)
    if let step = pendingStep, let index = playbook.index(of: step) { checklist?.selectedStep = index }
    pendingStep = nil
    if let site = openCaseOtherSite {
      status = StatusMessage(localized(LocalizedText("Dossier du site «\u{202F}\(site.inert)\u{202F}»\u{202F}: lecture seule ici.",
                                                     "Case of site “\(site.inert)”: read-only here.")), .info)
    }
    return []
  }
}
