import ArdoiseCore

extension AppState {
  /// A yes/no question in a centred box, wrapped; the hardware cursor on the answer line.
  func renderConfirm(_ confirm: ConfirmState, into grid: inout Grid) -> Position? {
    let boxWidth = min(size.width - 4, max(40, min(64, confirm.question.displayWidth + 4)))
    let lines = TextWrap.lines(confirm.question, width: boxWidth - 4)
    let boxHeight = lines.count + 4
    let box = Rect(x: (size.width - boxWidth) / 2, y: max(0, (size.height - 2 - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: t(L("Confirmer", "Confirm")))
    for (index, line) in lines.enumerated() { grid.write(line, x: box.x + 2, y: box.y + 1 + index, role: .warning) }
    let answer = t(L("o/y : oui    n/Esc : non", "y : yes    n/Esc : no"))
    grid.write(answer, x: box.x + 2, y: box.maxY - 2, role: .hintKey, maxWidth: boxWidth - 4)
    return Position(x: box.x + 2, y: box.maxY - 2)
  }
}
