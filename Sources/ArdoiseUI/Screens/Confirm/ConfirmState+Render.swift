import ArdoiseCore

extension ConfirmState {
  /// A yes/no question in a centred box, wrapped; the hardware cursor on the answer line.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Position? {
    let boxWidth = min(area.width - 4, max(40, min(64, question.displayWidth + 4)))
    let lines = TextWrap.lines(question, width: boxWidth - 4)
    let boxHeight = lines.count + 4
    let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + max(0, (area.height - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: context.localized(LocalizedText("Confirmer", "Confirm")))
    for (index, line) in lines.enumerated() { grid.write(line, x: box.x + 2, y: box.y + 1 + index, role: .warning) }
    let answer = context.localized(LocalizedText("o/y : oui    n/Esc : non", "y: yes    n/Esc: no"))
    grid.write(answer, x: box.x + 2, y: box.maxY - 2, role: .hintKey, maxWidth: boxWidth - 4)
    return Position(x: box.x + 2, y: box.maxY - 2)
  }
}
