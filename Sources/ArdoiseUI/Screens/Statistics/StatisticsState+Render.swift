import ArdoiseCore

extension StatisticsState {
  /// The figures that prevent the next walkout, over every case, scrollable.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let box = area
    grid.drawBox(box, title: context.localized(LocalizedText("Chiffres — pour prévenir le prochain départ", "Figures — to prevent the next walkout")))
    let lines = lines(context: context, width: box.width - 4)
    let room = box.height - 2
    let start = min(scroll, max(0, lines.count - room))
    for (index, line) in lines.dropFirst(start).prefix(room).enumerated() {
      let role: StyleRole = line.hasPrefix("  ") || line.isEmpty ? .normal : .header
      grid.writeClipped(line, x: box.x + 2, y: box.y + 1 + index, width: box.width - 4, role: role)
    }
    grid.drawScrollPosition(firstLine: start, room: room, count: lines.count, in: box)
  }

  /// The first line shown when the figures are scrolled to their end in `area`.
  func lastScroll(area: Rect, context: ScreenContext) -> Int {
    max(0, lines(context: context, width: area.width - 4).count - (area.height - 2))
  }

  /// The report; over a group, first a line per site, then the sites' combined figures.
  func lines(context: ScreenContext, width: Int) -> [String] {
    let here = context.settings.jurisdiction
    guard !sites.isEmpty else { return lines(context.language, jurisdictions: [here], width: width) }
    let language = context.language
    let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
    let nameWidth = min(16, max(4, sites.map { $0.name.inert.displayWidth }.max() ?? 4))
    let counts = [localized("Départs", "Walkouts"), localized("Ouverts", "Open")]
    let countWidths = counts.map { max(4, $0.displayWidth) }
    let amounts = sites.map { ($0.figures.owed.formatted(language), $0.figures.outstanding.formatted(language)) }
    let owedWidth = max(localized("Notes", "Bills").displayWidth, amounts.map(\.0.displayWidth).max() ?? 0)
    let outstandingWidth = max(localized("Encore dû", "Owed").displayWidth, amounts.map(\.1.displayWidth).max() ?? 0)
    var lines = [localized("Par site (\(sites.count) sites)", "By site (\(sites.count) sites)")]
    lines.append("  " + localized("Site", "Site").padded(toWidth: nameWidth) + " " + counts[0].leftPadded(toWidth: countWidths[0]) + " "
                 + counts[1].leftPadded(toWidth: countWidths[1]) + " " + localized("Notes", "Bills").leftPadded(toWidth: owedWidth) + " "
                 + localized("Encore dû", "Owed").leftPadded(toWidth: outstandingWidth) + "  " + localized("Récupéré", "Recovered"))
    for (site, amount) in zip(sites, amounts) {
      let figures = site.figures
      let rate = String(Int((figures.recoveryRateByValue * 100).rounded())) + localized("\u{00A0}%", "%")
      lines.append("  " + site.name.inert.clipped(toWidth: nameWidth, ellipsis: true).padded(toWidth: nameWidth) + " "
                   + String(figures.count).leftPadded(toWidth: countWidths[0]) + " " + String(figures.openCount).leftPadded(toWidth: countWidths[1]) + " "
                   + amount.0.leftPadded(toWidth: owedWidth) + " " + amount.1.leftPadded(toWidth: outstandingWidth) + "  "
                   + figures.recovered.formatted(language) + " (" + rate + ")")
    }
    lines += ["", localized("Tous les sites ensemble", "All sites together")]
    // Each site's law for the note on figures per server (this site's where another's is unknown).
    let jurisdictions = [here] + (context.group?.others.map { context.group?.jurisdictions[$0] ?? here } ?? [])
    return lines + self.lines(language, jurisdictions: jurisdictions, width: width)
  }
}
