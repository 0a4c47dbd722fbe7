import ArdoiseCore

extension FormState {
  /// Moves between fields, edits the focused one, submits or cancels. A form reads the key
  /// itself (`command` is what the form's key table says of it): letters are typed text.
  mutating func update(_ key: Key, command: Command?, context: ScreenContext) -> [ScreenEffect] {
    switch command {
    case .nextField?:
      focus = (focus + 1) % fields.count
    case .previousField?:
      focus = (focus - 1 + fields.count) % fields.count
    case .submit?:
      return submit(context: context)
    case .cancel?:
      guard isDirty else { return [.dismiss] }
      return [.present(.confirm(ConfirmState(question: context.localized(LocalizedText("Abandonner ce qui a été saisi ?", "Discard what was typed?")),
                                             pending: .discardForm(self))))]
    case .quit?:
      return [.quit]
    default:
      edit(focus, with: key, context: context)
    }
    return []
  }

  /// Changes a choice (←/→, Space, or the first letter of an option), or edits the text.
  private mutating func edit(_ index: Int, with key: Key, context: ScreenContext) {
    if case .choice(let choices) = fields[index].kind, !choices.isEmpty {
      switch key {
      case .right, .character(" "):
        fields[index].choiceIndex = (fields[index].choiceIndex + 1) % choices.count
        isDirty = true
      case .left:
        fields[index].choiceIndex = (fields[index].choiceIndex - 1 + choices.count) % choices.count
        isDirty = true
      case .character(let character):
        let typed = String(character).lowercased()
        if let match = choices.firstIndex(where: { context.localized($0.label).lowercased().hasPrefix(typed) }) {
          fields[index].choiceIndex = match
          isDirty = true
        }
      default:
        break
      }
    } else if fields[index].input.handle(key) {
      // Typing or deleting changes the form; moving the cursor does not.
      switch key {
      case .character, .backspace, .delete, .control("u"), .control("k"), .control("d"): isDirty = true
      default: break
      }
      fields[index].error = nil
    }
  }
}
