import ArdoiseCore

extension CustomerCardState {
  /// The card in a centred box: each detail on its line, or what is missing; a damaged file is
  /// said as such (file, line, reason), never as “not identified”.
  func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
    let lines = self.lines(context: context)
    let boxWidth = min(area.width - 4, 72)
    let boxHeight = min(area.height, lines.count + 4)
    let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + max(0, (area.height - boxHeight) / 2), width: boxWidth, height: boxHeight)
    grid.drawBox(box, title: context.localized(LocalizedText("Fiche client — ", "Customer card — ")) + incident.rawValue)
    for (index, line) in lines.prefix(boxHeight - 4).enumerated() {
      grid.write(line.text, x: box.x + 2, y: box.y + 1 + index, role: line.role, maxWidth: boxWidth - 4)
    }
    grid.write(context.localized(LocalizedText("⏎/e : ajouter ou corriger · d : retirer · Esc : fermer", "⏎/e: add or correct · d: remove · Esc: close")),
               x: box.x + 2, y: box.maxY - 2, role: .hintKey, maxWidth: boxWidth - 4)
  }

  /// The card's lines, wrapped to the box.
  func lines(context: ScreenContext) -> [(text: String, role: StyleRole)] {
    let width = min(context.contentArea.width - 4, 72) - 4
    switch context.openCustomer {
    case .unreadable(let reason)?:
      return TextWrap.lines("✗ " + context.localized(LocalizedText("Fiche client illisible : ", "Customer file unreadable: ")) + context.localized(reason).inert,
                            width: width).map { ($0, .error) }
        + [("", .normal)] + TextWrap.lines(context.localized(LocalizedText("Corrigez le fichier, ou ⏎ pour saisir de nouveau les coordonnées (le fichier sera remplacé).",
                                                                 "Mend the file, or ⏎ to type the details again (the file will be replaced).")),
                                            width: width).map { ($0, .dimmed) }
    case .identity(let identity)?:
      let rows: [(LocalizedText, String?)] = [
        (LocalizedText("Nom", "Name"), identity.name), (LocalizedText("Téléphone", "Phone"), identity.phone), (LocalizedText("E-mail", "Email"), identity.email),
        (LocalizedText("Adresse", "Address"), identity.postalAddress), (LocalizedText("Débiteur", "Debtor"), context.localized(identity.kind.label)),
        (LocalizedText("Société", "Company"), identity.companyName), (LocalizedText("N° d’entreprise", "Company number"), identity.companyNumber),
        (LocalizedText("Source", "Source"), identity.source),
      ]
      let labelWidth = rows.map { context.localized($0.0).displayWidth }.max() ?? 10
      return rows.flatMap { label, value -> [(text: String, role: StyleRole)] in
        let name = context.localized(label)
        let padding = String(repeating: " ", count: labelWidth - name.displayWidth + 2)
        let shown = value.map { $0.inert } ?? "—"
        // The value wraps in its own column, under itself.
        let parts = TextWrap.lines(shown, width: max(10, width - labelWidth - 2))
        return parts.enumerated().map { index, part in
          ((index == 0 ? name + padding : String(repeating: " ", count: labelWidth + 2)) + part, value == nil ? .dimmed : .normal)
        }
      }
    case .none?, nil:
      let text = context.openCase?.incident.hasIdentifiedCustomer == true
        ? LocalizedText("Le journal dit le client identifié, mais people/ n’a pas sa fiche (identification interrompue ?) : ⏎ pour la saisir.",
            "The log says the customer was identified but people/ has no file (an interrupted identify?): ⏎ to type the details.")
        : LocalizedText("Client non identifié. ⏎ pour saisir son nom, son téléphone, son adresse… (conservés à part du journal, effacés selon les règles de conservation).",
            "Customer not identified. ⏎ to type their name, phone, address… (kept apart from the log, purged under the retention rules).")
      return TextWrap.lines(context.localized(text), width: width).map { ($0, .normal) }
    }
  }
}
