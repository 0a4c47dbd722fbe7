import ArdoiseCore

extension MenuState {
  /// Moves the selection, or picks an item (⏎, or its number) and closes the menu.
  mutating func update(_ command: Command, context: ScreenContext) -> [ScreenEffect] {
    if case .chooseItem = command {} else { typedNumber = "" }
    defer { keepSelectionInView(room: Self.room(for: items.count, in: context.contentArea)) }
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
    case .chooseItem(let digit):
      return typeDigit(digit, context: context)
    default:
      break
    }
    return []
  }

  /// A digit of an item's number (the number the menu shows beside it). A number no longer one
  /// could begin (`3` among 16 items, `16`) chooses its item at once; one that could (`1` among
  /// 16) selects its item and waits: ⏎ chooses it, a second digit makes the number longer.
  private mutating func typeDigit(_ digit: Int, context: ScreenContext) -> [ScreenEffect] {
    var typed = typedNumber + String(digit)
    if !typedNumber.isEmpty, !items.indices.contains((Int(typed) ?? 0) - 1) {
      // Not a longer number: the digit starts a new one.
      typed = String(digit)
    }
    typedNumber = ""
    guard let number = Int(typed), items.indices.contains(number - 1) else {
      let message = LocalizedText("Aucun choix n°\u{A0}\(typed) ici\u{202F}: ce menu en propose \(items.count).",
                                  "No item \(typed) here: this menu has \(items.count).")
      return [.status(StatusMessage(context.localized(message), .warning))]
    }
    if number * 10 <= items.count {
      selection = number - 1
      typedNumber = typed
      let longest = min(items.count, number * 10 + 9)
      let message = LocalizedText("⏎ choisit le n°\u{A0}\(number)\u{202F}; un second chiffre, de \(number * 10) à \(longest).",
                                  "⏎ chooses item \(number); a second digit, items \(number * 10) to \(longest).")
      return [.status(StatusMessage(context.localized(message), .info))]
    }
    // An item that cannot be chosen here is selected, its reason beside it.
    guard items[number - 1].unavailableReason == nil else {
      selection = number - 1
      return []
    }
    return [.dismiss] + choose(items[number - 1].choice, context: context)
  }

  /// How many items the box shows in `area` (the box takes two rows for its border).
  static func room(for count: Int, in area: Rect) -> Int {
    max(1, min(area.height, count + 2) - 2)
  }

  /// Scrolls the least that keeps the selected item among the `room` shown.
  mutating func keepSelectionInView(room: Int) {
    if selection < scrollOffset { scrollOffset = selection }
    if selection >= scrollOffset + room { scrollOffset = selection - room + 1 }
    scrollOffset = max(0, min(scrollOffset, items.count - room))
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
