import Foundation

extension DocumentValues {
  /// What the court request still lacks about the formal demand (France) or the letter before
  /// claim (England and Wales), or nil when it is sent and its reply deadline has passed: none
  /// written yet; written (a document in the timeline) but not recorded as sent; sent, but the
  /// debtor's time to answer still running. The deadline is the one recorded with the demand,
  /// counted with the jurisdiction's days (``Config/demandDays(for:debtor:)``).
  static func formalDemandCheck(_ incident: Incident, jurisdiction: Jurisdiction, today: CalendarDay) -> LocalizedText? {
    guard jurisdiction.isSupported else { return nil }
    let france = jurisdiction == .france
    let narrow = "\u{202F}"
    let record = "ardoise step \(incident.id.rawValue) authorities --outcome demand-sent --day "
    if let demand = incident.legal.filter({ $0.action == .formalDemand }).min(by: { $0.day < $1.day }) {
      guard let deadline = demand.deadline, today <= deadline else { return nil }
      let fromReceipt = jurisdiction.demandTimeRunsFromReceipt
      let start = fromReceipt ? demand.received ?? demand.day : demand.day
      let days = start.days(until: deadline)
      let from = !fromReceipt
        ? LocalizedText("à compter de la date de la lettre, envoyée le \(demand.day.longFormatted(.french)) (\(LegalRegistry.short("gb-eng.debt-protocol.reply-period").french))",
            "from the letter’s date, sent on \(demand.day.longFormatted(.english)) (\(LegalRegistry.short("gb-eng.debt-protocol.reply-period").english))")
        : demand.received != nil
        ? LocalizedText("de sa réception", "from receipt")
        : LocalizedText("de son envoi, une estimation tant que sa réception n’est pas enregistrée (--received JOUR)",
            "from sending, an estimate until its receipt is recorded (--received DAY)")
      let french = france ? "Délai de réponse de la mise en demeure pas encore écoulé" : "Délai de réponse de la lettre avant poursuites pas encore écoulé"
      let english = france ? "The formal demand’s reply deadline has not passed yet" : "The letter before claim’s reply deadline has not passed yet"
      return LocalizedText("\(french)\(narrow): \(days)\u{00A0}jours " + from.french + ", soit le \(deadline.longFormatted(.french)).",
               "\(english): \(days) days " + from.english + ", on \(deadline.longFormatted(.english)).")
    }
    let written = incident.events.filter {
      if case .documentGenerated(let kind, _) = $0.body { return kind == DocumentKind.demandLetter.rawValue }
      return false
    }.max { $0.occurredAt < $1.occurredAt }
    if let written {
      let day = written.occurredAt.day
      return france
        ? LocalizedText("Mise en demeure rédigée le \(day.longFormatted(.french)) mais pas enregistrée comme envoyée\(narrow): une fois postée en LRAR, enregistrez-la (\(record)JOUR).",
            "Formal demand written on \(day.longFormatted(.english)) but not recorded as sent: once posted by registered letter, record it (\(record)DAY).")
        : LocalizedText("Lettre avant poursuites rédigée le \(day.longFormatted(.french)) mais pas enregistrée comme envoyée\(narrow): une fois envoyée, enregistrez-la (\(record)JOUR).",
            "Letter before claim written on \(day.longFormatted(.english)) but not recorded as sent: once sent, record it (\(record)DAY).")
    }
    return france
      ? LocalizedText("Aucune mise en demeure enregistrée : envoyez-la en LRAR avant de saisir le tribunal (ardoise doc ID demand-letter).",
          "No formal demand recorded: send it by registered letter before going to court (ardoise doc ID demand-letter).")
      : LocalizedText("Aucune lettre avant poursuites enregistrée : envoyez-la avant toute demande (ardoise doc ID demand-letter).",
          "No letter before claim recorded: send it before making a claim (ardoise doc ID demand-letter).")
  }
}
