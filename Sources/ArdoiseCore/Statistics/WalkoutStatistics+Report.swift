extension WalkoutStatistics {
  /// The figures as plain text with small bar charts, for `ardoise stats` and the UI; the last
  /// lines say what figures per server are for, citing the law of `jurisdiction`.
  public func report(_ language: Language, jurisdiction: Jurisdiction, width: Int = 78) -> [String] {
    report(language, jurisdictions: [jurisdiction], width: width)
  }

  /// The figures of sites under `jurisdictions` (a group's sites, each with its own law): the
  /// last lines cite each one's law, named when there are several.
  public func report(_ language: Language, jurisdictions: [Jurisdiction], width: Int = 78) -> [String] {
    let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
    // French sets a space before %, English none.
    func percent(_ value: Double) -> String { String(Int((value * 100).rounded())) + localized(" %", "%") }
    func bar(_ count: Int, of maximum: Int, width: Int) -> String {
      guard maximum > 0 else { return "" }
      let filled = Int((Double(count) / Double(maximum) * Double(width)).rounded())
      return String(repeating: "█", count: filled)
    }
    var lines: [String] = []
    guard count > 0 else {
      return [localized("Aucun dossier : pas encore de chiffres.", "No cases yet: no figures.")]
    }
    lines.append(localized("Départs sans payer : ", "Walkouts: ") + "\(count)" + localized(" (dont ", " (") + LocalizedText.counting(openCount, french: ("ouvert", "ouverts"), english: ("open", "open"))(language) + ")")
    lines.append(localized("Montant des notes : ", "Bills left unpaid: ") + owed.formatted(language) + " · "
                 + localized("récupéré : ", "recovered: ") + recovered.formatted(language) + " (" + percent(recoveryRateByValue) + ")")
    lines.append(localized("Encore dû (ouverts) : ", "Still owed (open): ") + outstanding.formatted(language) + " · "
                 + localized("perdu (clos) : ", "lost (closed): ") + writtenOff.formatted(language))
    lines.append(localized("Dossiers clos réglés ou erreurs : ", "Closed cases settled or honest mistakes: ") + "\(resolvedWellCount)/\(closedCount) ("
                 + percent(recoveryRateByCount) + ")")
    if let days = medianDaysToPayment {
      lines.append(localized("Délai médian jusqu’au paiement (dossiers récupérés) : \(days) j", "Median days to payment (recovered cases): \(days)"))
    }
    lines.append(localized("Client identifié : ", "Customer identified: ") + "\(identifiedCount)/\(count)")

    func section(_ title: String, _ buckets: [Bucket]) {
      lines.append("")
      lines.append(title)
      let maximum = buckets.map(\.count).max() ?? 0
      let labelWidth = min(22, buckets.map { $0.label(language).count }.max() ?? 10)
      for bucket in buckets where bucket.count > 0 || buckets.count <= 7 {
        let label = bucket.label(language).inert  // a table name typed with a newline stays on its line
        let padded = label.count >= labelWidth ? String(label.prefix(labelWidth)) : label + String(repeating: " ", count: labelWidth - label.count)
        let number = String(bucket.count)
        lines.append("  " + padded + " " + String(repeating: " ", count: max(0, 4 - number.count)) + number + "  "
                     + bar(bucket.count, of: maximum, width: max(4, width - labelWidth - 30)) + (bucket.count > 0 ? " " + bucket.owed.formatted(language) : ""))
      }
    }
    lines.append("")
    lines.append(localized("Par mois (nombre █, montant dû ▒, montant dû / récupéré)", "By month (count █, owed ▒, owed / recovered)"))
    let maximumMonth = months.map(\.count).max() ?? 0
    let maximumOwed = months.map(\.owed.minorUnits).max() ?? 0
    for month in months {
      let moneyBar = maximumOwed > 0
        ? String(repeating: "▒", count: Int((Double(month.owed.minorUnits) / Double(maximumOwed) * 12).rounded())) : ""
      lines.append("  " + Self.monthLabel(month.month, language).padding(toLength: 14, withPad: " ", startingAt: 0) + "  " + String(repeating: " ", count: max(0, 3 - String(month.count).count)) + "\(month.count)  "
                   + bar(month.count, of: maximumMonth, width: 10).padding(toLength: 10, withPad: " ", startingAt: 0) + " "
                   + moneyBar.padding(toLength: 12, withPad: " ", startingAt: 0) + " "
                   + month.owed.formatted(language) + " / " + month.recovered.formatted(language))
    }
    section(localized("Par jour de la semaine", "By weekday"), byWeekday)
    lines.append("")
    lines.append(localized("Par jour et par heure", "By weekday and hour"))
    lines += heatMap.lines(language, width: width - 2).map { "  " + $0 }
    section(localized("Par moment du service", "By time of service"), byTimeOfDay)
    section(localized("Par taille de table", "By party size"), byPartySize)
    section(localized("Tables ou zones les plus touchées", "Tables or zones hit most"), topTables)
    if !recoveredBy.isEmpty { section(localized("Ce qui a fait rentrer l’argent", "What brought the money back"), recoveredBy) }
    lines.append("")
    var distinct: [Jurisdiction] = []
    for jurisdiction in jurisdictions where !distinct.contains(jurisdiction) { distinct.append(jurisdiction) }
    for jurisdiction in distinct.isEmpty ? [Jurisdiction.unsupported("")] : distinct {
      let named = distinct.count > 1 ? jurisdiction.name(language) + localized("\u{202F}: ", ": ") : ""
      lines += Self.wrapped(named + Self.staffGuardrail(jurisdiction)(language), width: width)
    }
    return lines
  }

  /// What figures per server are for, with the law that forbids charging a server for a walkout
  /// where ardoise knows it (from the legal registry); with no citation elsewhere.
  public static func staffGuardrail(_ jurisdiction: Jurisdiction) -> LocalizedText {
    switch jurisdiction {
    case .france:
      let law = LegalRegistry.short("fr.labour-code.L1331-2")
      return LocalizedText("Chiffres pour prévenir et former, jamais pour sanctionner un serveur (\(law.french)).",
                           "Figures to prevent and to train, never to sanction a server (\(law.english)).")
    case .englandAndWales:
      let law = LegalRegistry.short("gb-eng.era-1996.s13")
      return LocalizedText("Chiffres pour prévenir et former, jamais pour sanctionner un serveur ni retenir la perte sur son salaire (\(law.french)).",
                           "Figures to prevent and to train, never to sanction a server nor to take the loss out of their pay (\(law.english)).")
    case .unsupported:
      return LocalizedText("Chiffres pour prévenir et former, jamais pour sanctionner un serveur.",
                           "Figures to prevent and to train, never to sanction a server.")
    }
  }

  /// `text` cut between words into lines of at most `width` characters.
  public static func wrapped(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

import Foundation

extension WalkoutStatistics {
  /// A month key `2026-06` in words: « juin 2026 », “June 2026”; any other text as it is.
  static func monthLabel(_ key: String, _ language: Language) -> String {
    let parts = key.split(separator: "-")
    guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return key }
    let long = CalendarDay(year: year, month: month, day: 2).longFormatted(language)
    return String(long.drop { $0 != " " }.dropFirst())
  }
}
