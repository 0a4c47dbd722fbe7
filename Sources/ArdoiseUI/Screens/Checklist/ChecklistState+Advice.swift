import ArdoiseCore

extension ChecklistState {
  /// At most this many pieces of advice on the prevention step.
  static let adviceShown = 3

  /// On the prevention step: the advice drawn from the restaurant's own cases, what concerns this
  /// case (its zone and hour, its party size) first, each with the figures behind it and the rule
  /// that produced it; or why
  /// there is none (`not enough cases yet (4 of 10)`). Nothing on other steps.
  static func adviceLines(for step: StepID, on incident: Incident, width: Int, context: ScreenContext) -> [(String, StyleRole)] {
    guard step == .prevention else { return [] }
    var lines: [(String, StyleRole)] = [(context.localized(LocalizedText("Conseils tirés de vos dossiers", "Advice from your own cases")), .header)]
    func add(_ text: String, first: String, role: StyleRole) {
      for (index, line) in TextWrap.lines(text, width: max(10, width - 2)).enumerated() {
        lines.append(((index == 0 ? first : "  ") + line, role))
      }
    }
    switch context.advice {
    case nil:
      add(context.localized(LocalizedText("Lecture des dossiers…", "Reading the cases…")), first: "  ", role: .dimmed)
    case .notEnoughData(let cases, let needed)?:
      add(context.localized(LocalizedText("Pas encore assez de dossiers pour un conseil (\(cases) sur \(needed)).",
                              "Not enough cases yet for advice (\(cases) of \(needed)).")), first: "  ", role: .dimmed)
    case .noPattern(let cases)?:
      add(context.localized(LocalizedText("Aucune tendance nette dans vos \(cases) dossiers\u{202F}: pas de conseil.",
                              "No clear pattern in your \(cases) cases: no advice.")), first: "  ", role: .dimmed)
    case .advice(let items)?:
      let concerning = items.filter { $0.concerns(AdviceCase(incident)) }
      let ordered = concerning + items.filter { item in !concerning.contains(item) }
      for item in ordered.prefix(adviceShown) {
        add(context.localized(item.advice), first: "• ", role: .normal)
        add(context.localized(item.figures), first: "  ", role: .dimmed)
        add(context.localized(item.ruleText), first: "  ", role: .dimmed)
      }
    }
    return lines
  }
}
