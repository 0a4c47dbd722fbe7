import ArdoiseCore

extension FormState {
  /// Agreeing an instalment plan: how many instalments, the first due day, and how often. The
  /// amounts follow from what is owed (the odd cents on the first instalment).
  static func plan(_ incident: Incident, context: ScreenContext) -> FormState {
    let owed = LocalizedText(incident.outstanding.formatted(.french), incident.outstanding.formatted(.english))
    let title = incident.plan == nil ? LocalizedText("Échéancier", "Payment plan") : LocalizedText("Renégocier l’échéancier", "Renegotiate the payment plan")
    return FormState(purpose: .plan(incident.id), title: title, fields: [
      FormField(.parts, LocalizedText("Échéances", "Instalments"), kind: .count, value: "3", required: true,
                help: LocalizedText("en combien de fois est payé le reste dû (", "how many parts the balance is paid in (") + owed + LocalizedText(")", ")")),
      FormField(.day, LocalizedText("Première le", "First on"), kind: .day, value: "+7", required: true,
                help: LocalizedText("JJ/MM ou +7 (dans 7 jours)", "YYYY-MM-DD or +7 (in 7 days)")),
      FormField(.rhythm, LocalizedText("Rythme", "Every"), kind: .choice(PlanRhythm.allCases.map { FieldChoice(.planRhythm($0), $0.label) }),
                help: LocalizedText("←/→ pour changer ; les centimes qui restent vont sur la première échéance",
                        "←/→ to change; the cents left over go on the first instalment")),
    ])
  }
}

extension FormReader {
  /// The plan as typed, for the balance of case `id`; nil when a field is refused.
  mutating func plan(for id: IncidentID) -> RecordRequest? {
    let first = day(.day)
    let rhythm = choice(.rhythm)?.planRhythm ?? .month
    var parts: Int?
    if let text = text(.parts) {
      if let count = Int(text), count >= 1, count <= InstalmentPlan.maximumParts {
        parts = count
      } else {
        fail(.parts, context.localized(LocalizedText("un nombre de 1 à \(InstalmentPlan.maximumParts)", "a number from 1 to \(InstalmentPlan.maximumParts)")))
      }
    }
    guard let first, let parts, !failed else { return nil }
    guard let incident = context.openCase?.incident, incident.id == id else { return nil }
    switch InstalmentPlan.make(outstanding: incident.outstanding, schedule: .every(rhythm, first: first, parts: parts)) {
    case .failure(let refusal):
      fail(.parts, refusal.message(context.language))
      return nil
    case .success(let plan):
      let count = plan.instalments.count
      return RecordRequest(id, .agreePlan(plan), message: LocalizedText("échéancier convenu : \(count) échéance" + (count > 1 ? "s" : ""),
                                                           "payment plan agreed: \(count) instalment" + (count == 1 ? "" : "s")))
    }
  }
}
