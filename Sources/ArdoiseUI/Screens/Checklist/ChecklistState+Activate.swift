import ArdoiseCore

extension ChecklistState {
  /// Ticks a sub-action, or starts choosing an outcome.
  func activate(_ item: ActionItem, on stored: StoredIncident, context: ScreenContext) -> [ScreenEffect] {
    if let refusal = Self.refusal(writing: stored, context: context) { return refusal }
    let id = stored.incident.id
    let step = context.playbook.steps[selectedStep]
    switch item {
    case .subAction(let subAction):
      let isDone = stored.incident.progress(of: step.id).ticked.contains(subAction.id)
      let message = (isDone ? LocalizedText("décoché : ", "unticked: ") : LocalizedText("coché : ", "ticked: ")) + subAction.label
      return [.run(.record(RecordRequest(id, .toggleSubAction(step: step.id, subAction: subAction.id), message: message)))]
    case .agreePlan:
      guard stored.incident.isOpen, stored.incident.hasOutstandingBalance else {
        return [.status(StatusMessage(context.localized(LocalizedText("Rien n’est dû sur ce dossier.", "Nothing is owed on this case.")), .info))]
      }
      return [.present(.form(.plan(stored.incident, context: context)))]
    case .recordMeasure:
      return [.present(.form(.measure(id, context: context)))]
    case .orderServed:
      guard let order = Self.unservedOrder(of: stored.incident),
        let outcome = step.outcomes.first(where: { $0.effect == .courtOrderMade })
      else { return [] }
      return [.present(.form(.orderServed(order, outcome: outcome, of: step, on: stored.incident, context: context)))]
    case .cancelPlan:
      guard stored.incident.plan != nil else { return [] }
      return [.present(.confirm(ConfirmState(
        question: context.localized(LocalizedText("Annuler l’échéancier en cours\u{202F}? (Il reste dans l’historique.)",
                                                  "Cancel the payment plan in force? (It stays in the history.)")),
        pending: .cancelPlan(id))))]
    case .outcome(let outcome):
      return Self.start(outcome, of: step, on: stored, context: context)
    }
  }

  /// Records an outcome, after asking for the value it needs (a form) or a confirmation when it
  /// closes the case.
  static func start(_ outcome: Outcome, of step: PlaybookStep, on stored: StoredIncident, context: ScreenContext) -> [ScreenEffect] {
    let id = stored.incident.id
    switch outcome.effect {
    case .paidInFull, .honestMistakePaid:
      guard stored.incident.isOpen, stored.incident.hasOutstandingBalance else {
        return [.status(StatusMessage(context.localized(LocalizedText("Rien n’est dû sur ce dossier.", "Nothing is owed on this case.")), .info))]
      }
      return [.present(.form(.outcome(outcome, of: step, on: stored.incident, context: context)))]
    case .promiseToPay, .demandSent, .complaintFiled, .courtRequested, .courtOrderMade:
      return [.present(.form(.outcome(outcome, of: step, on: stored.incident, context: context)))]
    case .honestMistake, .writeOff:
      let closesAs: Resolution = outcome.effect == .honestMistake ? .honestMistake : (stored.incident.paid.isZero ? .writtenOff : .partlyRecovered)
      return [.present(.confirm(ConfirmState(
        question: context.localized(LocalizedText("« \(outcome.label.french) » clôt le dossier (\(closesAs.label.french)). Confirmer ?",
                                      "“\(outcome.label.english)” closes the case (\(closesAs.label.english)). Confirm?")),
        pending: .chooseOutcome(id, step.id, outcome.id, nil))))]
    case .moveOn:
      return [.run(.record(RecordRequest(id, .chooseOutcome(step: step.id, outcome: outcome.id, value: nil, note: nil),
                                         message: step.title + LocalizedText(" — ", " — ") + outcome.label, advancesGuide: true)))]
    }
  }
}
