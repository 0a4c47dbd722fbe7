import ArdoiseCore

/// Said instead of any screen when the terminal is below ``AppState/minimumSize``.
struct TooSmallScreen {
  let size: Size

  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let minimum = AppState.minimumSize
    let lines = [
      context.localized(LocalizedText("Terminal trop petit", "Terminal too small")),
      "\(size.width)×\(size.height) — " + context.localized(LocalizedText("minimum ", "minimum ")) + "\(minimum.width)×\(minimum.height)",
      context.localized(LocalizedText("Agrandissez la fenêtre, ou q pour quitter.", "Enlarge the window, or press q to quit.")),
    ]
    let top = area.y + max(0, (area.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let width = min(line.displayWidth, area.width)
      grid.write(line, x: area.x + max(0, (area.width - width) / 2), y: top + index, role: index == 0 ? .warning : .normal, maxWidth: area.width)
    }
  }
}
