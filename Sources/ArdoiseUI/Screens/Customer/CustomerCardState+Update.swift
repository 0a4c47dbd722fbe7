import ArdoiseCore

extension CustomerCardState {
  /// ⏎/e opens the details in a form, d asks before removing them, Esc closes the card.
  func update(_ command: Command, context: ScreenContext) -> [ScreenEffect] {
    switch command {
    case .editCustomer:
      if let refusal = writingRefusal(context) { return refusal }
      return [.present(.form(.customer(incident, identity: context.openCustomer?.identity, under: context.law)))]
    case .removeCustomer:
      if let refusal = writingRefusal(context) { return refusal }
      guard context.openCustomer?.identity != nil || context.openCase?.incident.hasIdentifiedCustomer == true else {
        return [.status(StatusMessage(context.localized(LocalizedText("Aucune coordonnée à retirer.", "No details to remove.")), .info))]
      }
      return [.present(.confirm(ConfirmState(
        question: context.localized(LocalizedText("Retirer les coordonnées du client de ce dossier (le journal garde seulement la trace du retrait) ?",
                                      "Remove the customer’s details from this case (the log keeps only a trace of the removal)?")),
        pending: .removeCustomer(incident))))]
    case .back:
      return [.dismiss]
    case .quit:
      return [.quit]
    default:
      return []
    }
  }

  /// A case that cannot be written to says why instead.
  private func writingRefusal(_ context: ScreenContext) -> [ScreenEffect]? {
    guard let stored = context.openCase, stored.incident.id == incident else { return [.dismiss] }
    guard let reason = stored.readOnlyReason else { return nil }
    return [.status(StatusMessage(context.localized(LocalizedText("Lecture seule : ", "Read-only: ")) + context.localized(reason), .error))]
  }
}
