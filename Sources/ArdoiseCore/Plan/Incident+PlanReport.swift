extension Incident {
  /// The plan in force as lines of text: one per instalment (due day, amount, paid, status), then
  /// where the remainder went. Empty without a plan.
  public func planLines(today: CalendarDay, language: Language) -> [String] {
    guard let plan else { return [] }
    var lines: [String] = []
    for (index, standing) in planStandings(today: today).enumerated() {
      var line = "\(index + 1). " + standing.instalment.due.formatted(language) + "  " + standing.instalment.amount.formatted(language)
      line += "  " + standing.status.label(language)
      if standing.status != .paid && standing.paid.isPositive {
        line += LocalizedText(" (\(standing.paid.formatted(.french)) payés)", " (\(standing.paid.formatted(.english)) paid)")(language)
      }
      lines.append(line)
    }
    if let remainder = plan.remainderStatement { lines.append(remainder(language)) }
    return lines
  }

  /// What to say once the last event, a payment, has settled the case: closed as recovered (or
  /// as an honest mistake), and how to reopen it; nil otherwise.
  public var settlementStatement: LocalizedText? {
    guard let resolution = settledResolution else { return nil }
    let how = resolution == .honestMistake ? LocalizedText("comme erreur de bonne foi", "as an honest mistake") : LocalizedText("comme récupéré", "as recovered")
    return LocalizedText("Tout est payé : le dossier est clos \(how.french). Pour le rouvrir : touche r dans sa liste de contrôle, ou « ardoise reopen \(id) ».",
             "Everything is paid: the case is closed \(how.english). To reopen it: key r in its checklist, or “ardoise reopen \(id)”.")
  }

  /// The same, short enough for the screen's status line after what was saved.
  public var settlementNotice: LocalizedText? {
    guard let resolution = settledResolution else { return nil }
    return LocalizedText("tout est payé, dossier clos (\(resolution.label.french)) ; r pour le rouvrir",
             "all paid, case closed (\(resolution.label.english)); r reopens it")
  }

  /// The resolution the last event closed the case with, when it was a payment that left
  /// nothing owed.
  private var settledResolution: Resolution? {
    guard !isOpen, let resolution, resolution == .recovered || resolution == .honestMistake, !hasOutstandingBalance,
      let last = events.last
    else { return nil }
    switch last.body {
    case .paymentRecorded(_, let closes) where closes != nil: return resolution
    case .stepRecorded(let record) where record.payment != nil && record.resolution != nil: return resolution
    default: return nil
    }
  }
}
