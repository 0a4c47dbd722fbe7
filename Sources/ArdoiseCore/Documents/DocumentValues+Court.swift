import Foundation

extension DocumentValues {
  /// Days before the end of the time limit from which the court request warns.
  static let timeLimitWarningDays = 60
  /// The ceiling of France's simplified small-debt procedure, in cents (5 000 €).
  static let smallDebtCeiling: Int64 = 500_000

  /// The court step, by jurisdiction: the form, the court, the amount with interest, the
  /// documents to attach, and the checks.
  mutating func addCourtRequest() {
    let customer = request.customer
    if customer?.name == nil && customer?.companyName == nil { checks.append(Self.debtorNameMissing) }
    if customer?.postalAddress == nil { checks.append(Self.debtorAddressMissing) }
    let demand = incident.legal.filter { $0.action == .formalDemand }.min { $0.day < $1.day }
    // What is missing about the demand: written but not recorded as sent, or its deadline to come.
    if let check = Self.formalDemandCheck(incident, jurisdiction: jurisdiction, today: request.today) { checks.append(check) }
    addTimeLimitChecks()
    values["attachments"] = attachments().enumerated().map { ["number": String($0.offset + 1), "text": $0.element] }
    var interest = Money.zero(incident.currency)
    switch jurisdiction {
    case .france:
      interest = addFrenchInterest(from: demand?.day)
      addFrenchCourt()
    case .englandAndWales:
      addMoneyClaim(demand: demand)
    case .unsupported:
      break
    }
    values["interest"] = interest.formatted(language)
    values["total_claimed"] = (incident.outstanding + interest).formatted(language)
  }

  /// The court and form for the debtor's kind, the rule that picks them, the fees, and the
  /// small-debt procedure beside the payment order.
  private mutating func addFrenchCourt() {
    let commercial = debtorKind == .business
    let form = commercial ? "fr.cerfa.12946" : "fr.cerfa.12948"
    values["court_form"] = LegalRegistry.name(form)(language)
    // The version number comes from secondary pages (the registry says so): the sheet says when.
    values["court_form_checked"] = LegalRegistry.fact(form)?.checked.longFormatted(language)
    values["court_name"] = LegalRegistry.name(commercial ? "fr.court.commercial" : "fr.court.judicial")(language)
    values["court_rule_commercial"] = LegalRegistry.text("fr.court.commercial")(language)
    values["court_rule_judicial"] = LegalRegistry.text("fr.court.judicial")(language)
    values["fees"] = LegalRegistry.text("fr.court.fees")(language)
    values["fees_rule"] = LegalRegistry.text("fr.commercial-code.L441-10")(language)
    values["small_debt_eligible"] = incident.currency == .euro && incident.outstanding.minorUnits <= Self.smallDebtCeiling
    values["small_debt_text"] = LegalRegistry.text("fr.small-debt.procedure")(language)
    values["payment_order_text"] = LegalRegistry.text("fr.civil-procedure.1405")(language)
    values["service_text"] = LegalRegistry.text("fr.payment-order.service")(language)
    values["objection_text"] = LegalRegistry.text("fr.payment-order.objection")(language)
    values["enforceable_text"] = LegalRegistry.text("fr.payment-order.enforceable")(language)
    if request.customer != nil && request.customer?.kind == .consumer && request.customer?.companyName != nil {
      checks.append(LocalizedText("Une société est renseignée pour un débiteur « consommateur » : s’il s’agit d’un commerçant, d’un artisan ou d’une société commerciale, ardoise identify ID --business (tribunal de commerce).",
                      "A company is recorded for a “consumer” debtor: if it is a trader, an artisan or a commercial company, ardoise identify ID --business (tribunal de commerce)."))
    }
  }

  /// Legal interest from the formal demand, half-year by half-year (France).
  private mutating func addFrenchInterest(from demandDay: CalendarDay?) -> Money {
    let fallbackText = request.config.interestRate
    let fallback = fallbackText.flatMap(LegalInterest.parseRate)
    guard let demandDay else { return .zero(incident.currency) }
    values["interest_from_long"] = demandDay.longFormatted(language)
    values["interest_days"] = String(LegalInterest.days(from: demandDay, to: request.today))
    let computation = LegalInterest.computation(on: incident, from: demandDay, to: request.today, fallbackRate: fallback)
    values["interest_periods"] = computation.periods.map { period -> [String: Any] in
      var item: [String: Any] = [
        "from": period.from.longFormatted(language), "to": period.to.longFormatted(language), "days": String(period.days),
        "base": period.base.formatted(language),
      ]
      if let rate = period.rate { item["rate"] = LegalInterest.rateText(rate, language) }
      if let amount = period.amount { item["amount"] = amount.formatted(language) }
      if let source = period.rateSource { item["source"] = source }
      return item
    }
    values["has_interest_periods"] = !computation.periods.isEmpty
    if computation.isMissingRate {
      let text = "[" + localized("TAUX D’INTÉRÊT LÉGAL INCONNU POUR CETTE PÉRIODE", "LEGAL INTEREST RATE UNKNOWN FOR THIS PERIOD") + "]"
      values["missing_rate"] = text
      placeholders.append((text, LocalizedText("Taux de l’intérêt légal absent des sources d’ardoise pour une partie de la période : ardoise config set recovery.interest_rate … (taux de l’arrêté du semestre, « autres cas »)",
                                   "The legal interest rate for part of the period is not in ardoise’s sources: ardoise config set recovery.interest_rate … (the half-year’s arrêté, “all other cases”)")))
    }
    return computation.total
  }

  /// Money Claim Online: the fee band, the protocol's 30 days (England and Wales).
  private mutating func addMoneyClaim(demand: LegalRecord?) {
    let outstanding = incident.outstanding
    values["money_claim_text"] = LegalRegistry.text("gb-eng.money-claim-online")(language)
    values["fee_bands"] = LegalRegistry.text("gb-eng.money-claim.fees")(language)
    if incident.currency.code == "GBP", let fee = LegalRegistry.moneyClaimFee(forClaimOf: outstanding.minorUnits) {
      values["claim_fee"] = Money(minorUnits: fee, currency: incident.currency).formatted(language)
    } else {
      checks.append(LocalizedText("Money Claim Online ne reçoit que des demandes en livres sterling : le montant du dossier est dans une autre devise.",
                                  "Money Claim Online takes claims in pounds sterling only: this case’s amount is in another currency."))
    }
    values["protocol_text"] = LegalRegistry.text("gb-eng.pre-action-protocol")(language)
    if let demand, debtorKind == .consumer {
      let earliest = demand.day.adding(days: Self.protocolDays)
      if request.today < earliest {
        checks.append(LocalizedText("Les 30 jours du protocole ne sont pas écoulés : pas de demande avant le \(earliest.longFormatted(.french)).",
                        "The protocol’s 30 days have not passed: make no claim before \(earliest.longFormatted(.english))."))
      }
    }
  }

  /// Warns when the civil time limit has passed or is close.
  private mutating func addTimeLimitChecks() {
    guard let lastDay = CivilTimeLimit.lastDay(of: incident, kind: debtorKind, in: jurisdiction),
      let years = CivilTimeLimit.years(for: debtorKind, in: jurisdiction)
    else { return }
    let remaining = request.today.days(until: lastDay)
    if remaining < 0 {
      checks.append(LocalizedText("Délai de prescription dépassé (\(years) ans ; dernier jour : \(lastDay.longFormatted(.french))).",
                      "The time limit has passed (\(years) years; last day: \(lastDay.longFormatted(.english)))."))
    } else if remaining <= Self.timeLimitWarningDays {
      checks.append(LocalizedText("Prescription proche : la demande doit être déposée au plus tard le \(lastDay.longFormatted(.french)) (dans \(remaining) jours).",
                      "Time limit close: the claim must be filed by \(lastDay.longFormatted(.english)) (in \(remaining) days)."))
    }
  }

  /// The documents to attach to the request, in a sensible order.
  private func attachments() -> [String] {
    var list: [String] = []
    let bill = incident.facts.bill.map { localized("n° ", "no. ") + $0 } ?? ""
    list.append(localized("Note / ticket de caisse \(bill) du \(incident.facts.occurredAt.day.longFormatted(.french)), montant \(incident.facts.amount.formatted(.french))",
                  "Bill / till receipt \(bill) of \(incident.facts.occurredAt.day.longFormatted(.english)), amount \(incident.facts.amount.formatted(.english))")
      .replacingOccurrences(of: "  ", with: " "))
    for demand in incident.legal.filter({ $0.action == .formalDemand }).sorted(by: { $0.day < $1.day }) {
      let reference = demand.reference.map { " (" + $0 + ")" } ?? ""
      switch jurisdiction {
      case .france:
        list.append(localized("Mise en demeure du \(demand.day.longFormatted(.french)) envoyée en LRAR\(reference), et son avis de réception",
                      "Formal demand of \(demand.day.longFormatted(.english)) sent by registered letter\(reference), and its acknowledgement of receipt"))
      case .englandAndWales:
        list.append(localized("Lettre avant poursuites du \(demand.day.longFormatted(.french))\(reference), et la preuve de sa distribution",
                      "Letter before claim of \(demand.day.longFormatted(.english))\(reference), and proof of delivery"))
      case .unsupported:
        list.append(localized("Demande de paiement du \(demand.day.longFormatted(.french))\(reference)", "Demand for payment of \(demand.day.longFormatted(.english))\(reference)"))
      }
    }
    let written = incident.contacts.filter { [.email, .sms, .letter].contains($0.attempt.channel) }.sorted { $0.at < $1.at }
    if !written.isEmpty {
      let days = written.map { $0.at.day.longFormatted(language) + " (" + $0.attempt.channel.label(language) + ")" }.joined(separator: ", ")
      list.append(localized("Copies des relances écrites : ", "Copies of the written reminders: ") + days)
    }
    for item in incident.evidence where item.kind != .bill {
      list.append(item.kind.label(language).capitalizedFirst + " — " + item.location + (item.note.map { " (" + $0 + ")" } ?? ""))
    }
    if jurisdiction == .france {
      list.append(localized("Extrait Kbis de moins de trois mois du restaurant (si le restaurant est une société)",
                    "The restaurant’s company registration extract (Kbis) less than three months old, if it is a company"))
    }
    return list
  }
}

extension String {
  /// The text with its first letter in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
