import ArdoiseCore

extension MenuState {
  /// Moves the selection, or picks an item (⏎, or its number) and closes the menu.
  mutating func update(_ command: Command, context: ScreenContext) -> [ScreenEffect] {
    switch command {
    case .moveUp: selection = max(0, selection - 1)
    case .moveDown: selection = min(items.count - 1, selection + 1)
    case .moveToTop, .pageUp: selection = 0
    case .moveToBottom, .pageDown: selection = items.count - 1
    case .cancel:
      return [.dismiss]
    case .quit:
      return [.dismiss, .quit]
    case .submit:
      // An item that cannot be chosen here keeps the menu open, its reason beside it.
      guard items.indices.contains(selection), items[selection].unavailableReason == nil else { return [] }
      return [.dismiss] + choose(items[selection].choice, context: context)
    case .chooseItem(let number):
      // The number the menu shows beside each item.
      guard items.indices.contains(number - 1), items[number - 1].unavailableReason == nil else { return [] }
      return [.dismiss] + choose(items[number - 1].choice, context: context)
    default:
      break
    }
    return []
  }

  /// What choosing `choice` does to the case the menu acts on.
  private func choose(_ choice: MenuChoice, context: ScreenContext) -> [ScreenEffect] {
    guard context.openCase?.incident.id == incident else { return [] }
    let id = incident
    switch choice {
    case .stepStatus(let stepID, let status):
      let title = context.playbook.step(stepID)?.title ?? LocalizedText(stepID.rawValue, stepID.rawValue)
      return [.run(.record(RecordRequest(id, .markStep(stepID, status, note: nil), message: title, advancesGuide: status != .pending)))]
    case .resolution(let resolution):
      return [.present(.confirm(ConfirmState(
        question: context.localized(LocalizedText("Clore le dossier \(id) : « \(resolution.label.french) » ?", "Close case \(id) as “\(resolution.label.english)”?")),
        pending: .close(id, resolution, note: nil))))]
    case .document(let kind, let asPDF):
      return [.run(.writeDocument(id, kind: kind, asPDF: asPDF))]
    case .emailMenu:
      return [.present(.menu(.sendEmail(for: id, context: context)))]
    case .printMenu:
      return [.present(.menu(.print(for: id, context: context)))]
    case .sendEmail(let kind):
      return [.run(.draftEmail(id, kind: kind))]
    case .receiptMenu:
      guard let incident = context.openCase?.incident else { return [] }
      return [.present(.menu(.receipt(for: incident, context: context)))]
    case .receipt(let number):
      return [.run(.writeDocument(id, kind: .receipt, paymentNumber: number))]
    case .print(let kind):
      return [.status(StatusMessage(context.localized(LocalizedText("Impression…", "Printing…")), .info)), .run(.printDocument(id, kind: kind))]
    }
  }
}
