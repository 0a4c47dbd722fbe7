import Foundation

extension DocumentValues {
  /// Days before the end of the time limit from which the court request warns.
  static let timeLimitWarningDays = 60

  /// The form, the court, the amount with interest, the documents to attach, and the checks.
  mutating func addCourtRequest() {
    let customer = request.customer
    let kind = customer?.kind ?? .consumer
    let isBusiness = kind == .business
    values["court_form"] = isBusiness ? "CERFA n° 12946" : "CERFA n° 12948*06"
    values["court_name"] = isBusiness
      ? t("tribunal de commerce du lieu du siège du débiteur", "the commercial court (tribunal de commerce) where the debtor has its registered office")
      : t("tribunal judiciaire du lieu où demeure le débiteur", "the civil court (tribunal judiciaire) where the debtor lives")
    values["fees"] = isBusiness
      ? t("frais de greffe du tribunal de commerce (environ 35 à 42 €, à vérifier), non inclus ci-dessous",
          "commercial court registry fee (about €35–42, check the current amount), not included below")
      : t("aucun (la requête est gratuite au tribunal judiciaire)", "none (the request is free at the tribunal judiciaire)")

    if customer?.name == nil && customer?.companyName == nil { checks.append(Self.debtorNameMissing) }
    if customer?.postalAddress == nil { checks.append(Self.debtorAddressMissing) }

    let demand = incident.legal.filter { $0.action == .formalDemand }.min { $0.day < $1.day }
    if demand == nil {
      checks.append(L("Aucune mise en demeure enregistrée : envoyez-la en LRAR avant de saisir le tribunal (ardoise doc ID demand-letter).",
                      "No formal demand recorded: send it by recorded delivery before going to court (ardoise doc ID demand-letter)."))
    }

    let meal = incident.facts.occurredAt.day
    let lastDay = CivilTimeLimit.lastDay(meal: meal, kind: kind)
    let years = CivilTimeLimit.years(for: kind)
    let remaining = request.today.days(until: lastDay)
    if remaining < 0 {
      checks.append(L("Délai de prescription dépassé : l’action contre un \(isBusiness ? "professionnel" : "consommateur") se prescrit par \(years) ans à compter du repas (dernier jour : \(lastDay.longFormatted(.french))).",
                      "The time limit has passed: a claim against a \(isBusiness ? "business" : "consumer") must be brought within \(years) years of the meal (last day: \(lastDay.longFormatted(.english)))."))
    } else if remaining <= Self.timeLimitWarningDays {
      checks.append(L("Prescription proche : la requête doit être déposée au plus tard le \(lastDay.longFormatted(.french)) (dans \(remaining) jours).",
                      "Time limit close: the request must be filed by \(lastDay.longFormatted(.english)) (in \(remaining) days)."))
    }

    let outstanding = incident.outstanding
    var interest = Money.zero(incident.currency)
    let rateText = request.config.interestRate
    let rate = rateText.flatMap(LegalInterest.parseRate)
    let shownRate = rate == nil ? nil : (language == .french ? rateText?.replacingOccurrences(of: ".", with: ",") : rateText)
    require("interest_rate", shownRate, placeholder: L("TAUX D’INTÉRÊT LÉGAL À COMPLÉTER", "LEGAL INTEREST RATE MISSING"),
            warning: Self.missingSetting("recovery.interest_rate", "Taux d’intérêt légal", "Legal interest rate"))
    if let demand {
      values["interest_from_long"] = demand.day.longFormatted(language)
      values["interest_days"] = String(LegalInterest.days(from: demand.day, to: request.today))
      if let rate { interest = LegalInterest.interest(on: incident, from: demand.day, to: request.today, rate: rate) }
    }
    values["interest"] = interest.formatted(language)
    values["total_claimed"] = (outstanding + interest).formatted(language)
    values["attachments"] = attachments().enumerated().map { ["number": String($0.offset + 1), "text": $0.element] }
  }

  /// The documents to attach to the request, in a sensible order.
  private func attachments() -> [String] {
    var list: [String] = []
    let bill = incident.facts.bill.map { t("n° ", "no. ") + $0 } ?? ""
    list.append(t("Note / ticket de caisse \(bill) du \(incident.facts.occurredAt.day.longFormatted(.french)), montant \(incident.facts.amount.formatted(.french))",
                  "Bill / POS ticket \(bill) of \(incident.facts.occurredAt.day.longFormatted(.english)), amount \(incident.facts.amount.formatted(.english))")
      .replacingOccurrences(of: "  ", with: " "))
    for demand in incident.legal.filter({ $0.action == .formalDemand }).sorted(by: { $0.day < $1.day }) {
      let reference = demand.reference.map { " (" + $0 + ")" } ?? ""
      list.append(t("Mise en demeure du \(demand.day.longFormatted(.french)) envoyée en LRAR\(reference), et son avis de réception",
                    "Formal demand of \(demand.day.longFormatted(.english)) sent by recorded delivery\(reference), and its proof of delivery"))
    }
    let written = incident.contacts.filter { [.email, .sms, .letter].contains($0.attempt.channel) }.sorted { $0.at < $1.at }
    if !written.isEmpty {
      let days = written.map { $0.at.day.longFormatted(language) + " (" + $0.attempt.channel.label(language) + ")" }.joined(separator: ", ")
      list.append(t("Copies des relances écrites : ", "Copies of the written reminders: ") + days)
    }
    for item in incident.evidence where item.kind != .bill {
      list.append(item.kind.label(language).capitalizedFirst + " — " + item.location + (item.note.map { " (" + $0 + ")" } ?? ""))
    }
    list.append(t("Extrait Kbis de moins de trois mois du restaurant (si le restaurant est une société)",
                  "The restaurant’s company registration extract (Kbis) less than three months old, if it is a company"))
    return list
  }
}

extension String {
  /// The text with its first letter in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
