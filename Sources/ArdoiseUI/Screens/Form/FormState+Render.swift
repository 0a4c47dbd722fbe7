import ArdoiseCore

extension FormState {
  /// A form in a centred box: one row per field, errors wrapped under their field, the focused
  /// field marked `▸` (seen without colour) and its help at the bottom; the hardware cursor at
  /// the text cursor.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Position? {
    let form = self
    let boxWidth = min(area.width - 4, 70)
    // Each label after a two-column mark: `▸ ` on the focused field.
    let labelWidth = min(20, form.fields.map { context.localized($0.label).displayWidth }.max() ?? 10) + 3
    let inputWidth = boxWidth - 4 - labelWidth - 1
    // An error says what is wrong and what to write instead: it wraps rather than losing its end.
    let formError = form.error.map { TextWrap.lines("✗ " + $0, width: boxWidth - 4) } ?? []
    let fieldErrors = form.fields.map { field in field.error.map { TextWrap.lines("✗ " + $0, width: inputWidth) } ?? [] }
    let lines = form.fields.count + fieldErrors.reduce(0) { $0 + $1.count }
    let boxHeight = min(area.height, lines + 5 + formError.count)
    let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + max(0, (area.height - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: context.localized(form.title))
    let inputX = box.x + 2 + labelWidth + 1
    var y = box.y + 1
    for line in formError where y < box.maxY - 2 {
      grid.write(line, x: box.x + 2, y: y, role: .formError, maxWidth: boxWidth - 4)
      y += 1
    }
    y += 1
    var cursor: Position?
    for (index, field) in form.fields.enumerated() where y < box.maxY - 2 {
      let focused = index == form.focus
      let label = (focused ? "▸ " : "  ") + context.localized(field.label) + (field.isRequired ? " *" : "")
      grid.writeFill(label, x: box.x + 2, y: y, width: labelWidth, role: focused ? .header : .normal)
      let role: StyleRole = field.error != nil ? .formError : (focused ? .formFieldFocused : .formField)
      switch field.kind {
      case .choice(let choices):
        let label = choices.isEmpty ? "" : "‹ " + context.localized(choices[field.choiceIndex].label) + " ›"
        grid.writeFill(label, x: inputX, y: y, width: inputWidth, role: role)
        if focused { cursor = Position(x: inputX, y: y) }
      default:
        // The focused field scrolls to its cursor; the others show their beginning.
        let (visible, column) = focused ? field.input.visible(width: inputWidth - 1)
          : (field.input.text.inert.clipped(toWidth: inputWidth, ellipsis: true), 0)
        grid.writeFill(visible, x: inputX, y: y, width: inputWidth, role: role)
        // A suggestion shows as selected while it is focused: typing replaces it.
        if focused, field.input.isSuggestion, field.error == nil {
          grid.write(visible, x: inputX, y: y, role: .selectedRow, maxWidth: inputWidth)
        }
        if focused { cursor = Position(x: inputX + column, y: y) }
      }
      y += 1
      for line in fieldErrors[index] where y < box.maxY - 2 {
        grid.write(line, x: inputX, y: y, role: .formError, maxWidth: inputWidth)
        y += 1
      }
    }
    if form.fields.indices.contains(form.focus), let help = form.fields[form.focus].help {
      grid.write(context.localized(help), x: box.x + 2, y: box.maxY - 2, role: .dimmed, maxWidth: boxWidth - 4)
    }
    return cursor
  }
}
