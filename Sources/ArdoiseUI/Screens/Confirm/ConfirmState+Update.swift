import ArdoiseCore

extension ConfirmState {
  /// y/o carries out what was asked; n or Esc gives up and leaves everything as it was.
  func update(_ command: Command, context: ScreenContext) -> [ScreenEffect] {
    switch command {
    case .confirm:
      switch pending {
      case .close(let id, let resolution, let note):
        return [.dismiss, .run(.record(RecordRequest(id, .close(resolution, note: note), message: LocalizedText("dossier clos : ", "case closed: ") + resolution.label,
                                                     advancesGuide: true)))]
      case .reopen(let id):
        return [.dismiss, .run(.record(RecordRequest(id, .reopen(note: nil), message: LocalizedText("dossier rouvert", "case reopened"), advancesGuide: true)))]
      case .chooseOutcome(let id, let stepID, let outcomeID, let value):
        let step = context.playbook.step(stepID)
        let label = (step?.title ?? LocalizedText(stepID.rawValue, stepID.rawValue)) + LocalizedText(" — ", " — ")
          + (step?.outcome(outcomeID)?.label ?? LocalizedText(outcomeID, outcomeID))
        return [.dismiss, .run(.record(RecordRequest(id, .chooseOutcome(step: stepID, outcome: outcomeID, value: value, note: nil), message: label,
                                                     advancesGuide: true)))]
      case .discardForm:
        return [.dismiss]
      case .quitWithForm:
        return [.dismiss, .finish]
      case .removeCustomer(let id):
        return [.run(.removeCustomer(id))]
      case .cancelPlan(let id):
        return [.dismiss, .run(.record(RecordRequest(id, .cancelPlan(note: nil), message: LocalizedText("échéancier annulé", "payment plan cancelled"))))]
      case .sendEmail(let draft):
        return [.dismiss, .status(StatusMessage(context.localized(LocalizedText("Envoi…", "Sending…")), .info)), .run(.sendEmail(draft))]
      }
    case .deny:
      switch pending {
      case .discardForm(let form), .quitWithForm(let form): return [.present(.form(form))]
      case .removeCustomer(let id): return [.present(.customer(CustomerCardState(incident: id)))]
      default: break
      }
      return [.dismiss]
    case .quit:
      return [.finish]
    default:
      return []
    }
  }
}
