import ArdoiseCore

extension SettingsState {
  /// ↑↓ choose a key, ⏎ edits it and ⏎ again saves it once it passes its check, Esc cancels the
  /// edit or closes the screen. While a value is typed, letters are text, not commands.
  mutating func update(_ key: Key, command: Command?, context: ScreenContext) -> [ScreenEffect] {
    if var input = editing {
      switch command {
      case .submit?:
        let value = input.text.trimmingCharacters(in: .whitespaces)
        if let problem = context.settings.problem(setting: selectedKey, to: value) {
          error = context.localized(problem)
          return []
        }
        error = nil
        return [.run(.saveSetting(key: selectedKey, value: value))]
      case .cancel?:
        editing = nil
        error = nil
      case .quit? where key == .control("c"):
        return [.quit]
      default:
        if input.handle(key) {
          editing = input
          error = nil
        }
      }
      return []
    }
    let count = Self.orderedKeys.count
    switch command {
    case .moveUp?: selected = max(0, selected - 1)
    case .moveDown?: selected = min(count - 1, selected + 1)
    case .pageUp?: selected = max(0, selected - 10)
    case .pageDown?: selected = min(count - 1, selected + 10)
    case .moveToTop?: selected = 0
    case .moveToBottom?: selected = count - 1
    case .submit?:
      editing = TextInput(context.settings.value(for: selectedKey) ?? "")
      error = nil
    case .cancel?:
      return [.dismiss]
    case .quit?:
      return [.quit]
    default:
      break
    }
    return []
  }
}
