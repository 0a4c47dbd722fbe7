import ArdoiseCore

extension ChecklistState {
  /// Moves in the steps or the actions, ticks and chooses, and opens the forms and menus that
  /// record the rest on `stored`, the open case.
  mutating func update(_ command: Command, on stored: StoredIncident, context: ScreenContext) -> [ScreenEffect] {
    let playbook = context.playbook
    let id = incident
    let items = Self.actionItems(stepIndex: selectedStep, in: playbook, for: stored.incident)
    switch command {
    case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
      let delta: Int
      switch command {
      case .moveUp: delta = -1
      case .moveDown: delta = 1
      case .pageUp, .moveToTop: delta = -1000
      default: delta = 1000
      }
      if pane == .steps {
        selectedStep = max(0, min(playbook.steps.count - 1, selectedStep + delta))
        selectedItem = 0
      } else {
        selectedItem = max(0, min(max(0, items.count - 1), selectedItem + delta))
      }
    case .switchPane:
      pane = pane == .steps ? .actions : .steps
    case .activate:
      if pane == .steps {
        pane = .actions
        selectedItem = 0
      } else if items.indices.contains(selectedItem) {
        return activate(items[selectedItem], on: stored, context: context)
      }
    case .chooseOutcome(let number):
      let step = playbook.steps[selectedStep]
      guard step.outcomes.indices.contains(number - 1) else {
        let count = step.outcomes.count
        let message = switch count {
        case 0: LocalizedText("Cette étape ne propose aucune suite\u{202F}: marquez-la faite avec m.",
                              "This step has no outcome to choose: mark it done with m.")
        case 1: LocalizedText("Aucune suite n°\u{00A0}\(number) ici\u{202F}: cette étape n’en propose qu’une.",
                              "No outcome \(number) here: this step has only one.")
        default: LocalizedText("Aucune suite n°\u{00A0}\(number) ici\u{202F}: cette étape en propose \(count).",
                               "No outcome \(number) here: this step has \(count).")
        }
        return [.status(StatusMessage(context.localized(message), .warning))]
      }
      pane = .actions
      selectedItem = items.firstIndex(of: .outcome(step.outcomes[number - 1])) ?? selectedItem
      return activate(.outcome(step.outcomes[number - 1]), on: stored, context: context)
    case .recordPayment:
      return Self.refusal(writing: stored, context: context) ?? [.present(.form(.payment(stored.incident, context: context)))]
    case .recordContact:
      return Self.refusal(writing: stored, context: context) ?? [.present(.form(.contact(id)))]
    case .addNote:
      return Self.refusal(writing: stored, context: context) ?? [.present(.form(.note(id)))]
    case .addEvidence:
      return Self.refusal(writing: stored, context: context) ?? [.present(.form(.evidence(id)))]
    case .scheduleFollowUp:
      return Self.refusal(writing: stored, context: context) ?? [.present(.form(.followUp(stored.incident, context: context)))]
    case .amendFacts:
      return Self.refusal(writing: stored, context: context) ?? [.present(.form(.amendFacts(stored.incident, context: context)))]
    case .markStep:
      return Self.refusal(writing: stored, context: context) ?? [.present(.menu(.markStep(playbook.steps[selectedStep], of: id, context: context)))]
    case .writeDocument:
      return [.present(.menu(.writeDocument(for: id, context: context)))]
    case .closeCase:
      if let refusal = Self.refusal(writing: stored, context: context) { return refusal }
      guard stored.incident.isOpen else {
        return [.status(StatusMessage(context.localized(LocalizedText("Le dossier est déjà clos (r pour le rouvrir).", "The case is already closed (r to reopen).")), .info))]
      }
      return [.present(.menu(.closeCase(stored.incident, context: context)))]
    case .reopenCase:
      if let refusal = Self.refusal(writing: stored, context: context) { return refusal }
      guard !stored.incident.isOpen else {
        return [.status(StatusMessage(context.localized(LocalizedText("Le dossier est ouvert.", "The case is open.")), .info))]
      }
      return [.present(.confirm(ConfirmState(question: context.localized(LocalizedText("Rouvrir le dossier \(id) ?", "Reopen case \(id)?")), pending: .reopen(id))))]
    case .back:
      return [.leaveCase(id)]
    case .help:
      return [.present(.help(HelpState(screen: .checklist)))]
    case .showDetails:
      return [.present(.details(DetailsState(step: selectedStep)))]
    case .openCustomer:
      return [.present(.customer(CustomerCardState(incident: id)))]
    case .cycleTheme:
      return [.run(.cycleTheme)]
    case .quit:
      return [.quit]
    default:
      break
    }
    return []
  }

  /// Why the case may not be written to (in the status line), or nil when it may.
  static func refusal(writing stored: StoredIncident, context: ScreenContext) -> [ScreenEffect]? {
    guard let reason = stored.readOnlyReason else { return nil }
    return [.status(StatusMessage(context.localized(LocalizedText("Lecture seule : ", "Read-only: ")) + context.localized(reason), .error))]
  }
}
