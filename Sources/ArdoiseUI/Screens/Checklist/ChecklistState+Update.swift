import ArdoiseCore

/// An entry of the actions pane: a sub-action to tick or an outcome to choose.
enum ActionItem: Equatable {
  case subAction(SubAction)
  case outcome(Outcome)
}

extension AppState {
  /// The selected step's sub-actions, then its outcomes.
  func actionItems(stepIndex: Int) -> [ActionItem] {
    guard playbook.steps.indices.contains(stepIndex) else { return [] }
    let step = playbook.steps[stepIndex]
    return step.subActions.map(ActionItem.subAction) + step.outcomes.map(ActionItem.outcome)
  }

  mutating func handleChecklist(_ command: Command) -> [Effect] {
    guard var checklist, let stored = cases[checklist.incident] else {
      self.checklist = nil
      return []
    }
    let id = checklist.incident
    let items = actionItems(stepIndex: checklist.selectedStep)
    switch command {
    case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
      let delta: Int
      switch command {
      case .moveUp: delta = -1
      case .moveDown: delta = 1
      case .pageUp, .moveToTop: delta = -1000
      default: delta = 1000
      }
      if checklist.pane == .steps {
        checklist.selectedStep = max(0, min(playbook.steps.count - 1, checklist.selectedStep + delta))
        checklist.selectedItem = 0
      } else {
        checklist.selectedItem = max(0, min(max(0, items.count - 1), checklist.selectedItem + delta))
      }
    case .switchPane:
      checklist.pane = checklist.pane == .steps ? .actions : .steps
    case .activate:
      if checklist.pane == .steps {
        checklist.pane = .actions
        checklist.selectedItem = 0
      } else if items.indices.contains(checklist.selectedItem) {
        self.checklist = checklist
        return activate(items[checklist.selectedItem], on: stored)
      }
    case .chooseOutcome(let number):
      let step = playbook.steps[checklist.selectedStep]
      guard step.outcomes.indices.contains(number - 1) else { return [] }
      checklist.pane = .actions
      checklist.selectedItem = step.subActions.count + number - 1
      self.checklist = checklist
      return activate(.outcome(step.outcomes[number - 1]), on: stored)
    case .recordPayment:
      guard writable(stored) else { return [] }
      overlay = .form(makePaymentForm(stored.incident))
    case .recordContact:
      guard writable(stored) else { return [] }
      overlay = .form(makeContactForm(id))
    case .addNote:
      guard writable(stored) else { return [] }
      overlay = .form(makeNoteForm(id))
    case .addEvidence:
      guard writable(stored) else { return [] }
      overlay = .form(makeEvidenceForm(id))
    case .scheduleFollowUp:
      guard writable(stored) else { return [] }
      overlay = .form(makeFollowUpForm(stored.incident))
    case .amendFacts:
      guard writable(stored) else { return [] }
      overlay = .form(makeAmendForm(stored.incident))
    case .markStep:
      guard writable(stored) else { return [] }
      let step = playbook.steps[checklist.selectedStep]
      let choices: [(StepStatus, LocalizedText)] = [
        (.done, L("Fait", "Done")), (.skipped, L("Passée", "Skipped")),
        (.notApplicable, L("Sans objet", "Not applicable")), (.pending, L("À faire", "To do")),
      ]
      overlay = .menu(MenuState(title: t(L("Marquer « ", "Mark “")) + t(step.title) + t(L(" »", "”")),
                                items: choices.map { MenuState.Item(t($0.1), .stepStatus(step.id, $0.0)) }, incident: id))
    case .writeDocument:
      let kinds: [(String, LocalizedText)] = [
        ("reminder", L("Rappel aimable (SMS et e-mail)", "Friendly reminder (SMS and email)")),
        ("final-reminder", L("Dernier rappel", "Final reminder")),
        ("demand-letter", L("Mise en demeure", "Letter before claim")),
        ("complaint", L("Dossier de plainte", "Complaint pack")),
        ("court-request", L("Fiche injonction de payer", "Court request sheet")),
        ("dossier", L("Dossier complet", "Full case file")),
        // The letters that go by post, as a PDF laid out for a window envelope.
        ("final-reminder.pdf", L("Dernier rappel — PDF à imprimer", "Final reminder — PDF to print")),
        ("demand-letter.pdf", L("Mise en demeure — PDF à imprimer", "Letter before claim — PDF to print")),
      ]
      overlay = .menu(MenuState(title: t(L("Écrire un document", "Write a document")),
                                items: kinds.map { MenuState.Item(t($0.1), .document($0.0)) }, incident: id))
    case .closeCase:
      guard writable(stored) else { return [] }
      guard stored.incident.isOpen else {
        status = StatusMessage(t(L("Le dossier est déjà clos (r pour le rouvrir).", "The case is already closed (r to reopen).")), .info)
        return []
      }
      let ordered: [Resolution] = stored.incident.hasOutstandingBalance
        ? (stored.incident.paid.isZero ? [.writtenOff, .honestMistake, .handedToAuthorities] : [.partlyRecovered, .writtenOff, .handedToAuthorities, .honestMistake])
        : [.recovered, .honestMistake]
      overlay = .menu(MenuState(title: t(L("Clore le dossier : comment ?", "Close the case: how?")),
                                items: ordered.map { MenuState.Item(t($0.label), .resolution($0)) }, incident: id))
    case .reopenCase:
      guard writable(stored) else { return [] }
      guard !stored.incident.isOpen else {
        status = StatusMessage(t(L("Le dossier est ouvert.", "The case is open.")), .info)
        return []
      }
      overlay = .confirm(ConfirmState(question: t(L("Rouvrir le dossier \(id) ?", "Reopen case \(id)?")), pending: .reopen(id)))
    case .back:
      self.checklist = nil
      list.selectedID = id
      clampScroll()
      return []
    case .help:
      overlay = .help(scroll: 0)
    case .showDetails:
      overlay = .details(scroll: 0)
    case .cycleTheme:
      self.checklist = checklist
      return [.cycleTheme]
    case .quit:
      self.checklist = checklist
      return quit()
    default:
      break
    }
    self.checklist = checklist
    return []
  }

  /// Whether the case may be written to; otherwise says why in the status line.
  mutating func writable(_ stored: StoredIncident) -> Bool {
    guard let reason = stored.readOnlyReason else { return true }
    status = StatusMessage(t(L("Lecture seule : ", "Read-only: ")) + t(reason), .error)
    return false
  }

  /// Ticks a sub-action, or starts choosing an outcome.
  mutating func activate(_ item: ActionItem, on stored: StoredIncident) -> [Effect] {
    guard writable(stored), let checklist else { return [] }
    let id = stored.incident.id
    let step = playbook.steps[checklist.selectedStep]
    switch item {
    case .subAction(let subAction):
      let isDone = stored.incident.progress(of: step.id).ticked.contains(subAction.id)
      let message = (isDone ? L("décoché : ", "unticked: ") : L("coché : ", "ticked: ")) + subAction.label
      return [.record(RecordRequest(id, .toggleSubAction(step: step.id, subAction: subAction.id), message: message))]
    case .outcome(let outcome):
      return startOutcome(outcome, of: step, on: stored)
    }
  }

  mutating func startOutcome(_ outcome: Outcome, of step: PlaybookStep, on stored: StoredIncident) -> [Effect] {
    let id = stored.incident.id
    switch outcome.effect {
    case .paidInFull:
      guard stored.incident.isOpen, stored.incident.hasOutstandingBalance else {
        status = StatusMessage(t(L("Rien n’est dû sur ce dossier.", "Nothing is owed on this case.")), .info)
        return []
      }
      overlay = .form(makeOutcomeForm(id, step: step, outcome: outcome, incident: stored.incident))
    case .promiseToPay, .demandSent, .complaintFiled, .courtRequested:
      overlay = .form(makeOutcomeForm(id, step: step, outcome: outcome, incident: stored.incident))
    case .honestMistake, .writeOff:
      let closesAs: Resolution = outcome.effect == .honestMistake ? .honestMistake : (stored.incident.paid.isZero ? .writtenOff : .partlyRecovered)
      overlay = .confirm(ConfirmState(
        question: t(L("« \(outcome.label.french) » clôt le dossier (\(closesAs.label.french)). Confirmer ?",
                      "“\(outcome.label.english)” closes the case (\(closesAs.label.english)). Confirm?")),
        pending: .chooseOutcome(id, step.id, outcome.id, nil)))
    case .moveOn:
      return [.record(RecordRequest(id, .chooseOutcome(step: step.id, outcome: outcome.id, value: nil, note: nil),
                                    message: step.title + L(" — ", " — ") + outcome.label, advancesGuide: true))]
    }
    return []
  }
}
