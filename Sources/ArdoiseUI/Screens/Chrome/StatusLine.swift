import ArdoiseCore

/// The line above the hint bar: the last message, or the list's filter (being typed, or kept)
/// with the message after it.
struct StatusLine {
  let message: StatusMessage?
  /// The filter to show, nil when it does not show.
  let filter: TextInput?
  /// Whether the filter has the keyboard (the message then waits).
  let isEditingFilter: Bool

  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let y = area.y
    if let filter {
      let label = context.localized(LocalizedText("Filtre : ", "Filter: "))
      grid.writeFill(label, x: area.x, y: y, width: area.width, role: .status)
      let available = area.width - label.displayWidth - 1
      let (visible, _) = filter.visible(width: available)
      grid.write(visible, x: area.x + label.displayWidth, y: y, role: .formFieldFocused, maxWidth: available)
      if !isEditingFilter, let message {
        let x = area.x + label.displayWidth + visible.displayWidth + 2
        grid.write(message.text, x: x, y: y, role: Self.role(for: message.kind), maxWidth: area.maxX - x)
      }
      return
    }
    guard let message else { return }
    grid.writeFill(message.text, x: area.x, y: y, width: area.width, role: Self.role(for: message.kind))
  }

  static func role(for kind: StatusMessage.Kind) -> StyleRole {
    switch kind {
    case .info: .status
    case .success: .success
    case .warning: .warning
    case .error: .error
    }
  }
}
