extension DocumentValues {
  /// Formal demands, complaints and court requests already recorded, and the demand deadline.
  mutating func addLegal() {
    values["demand_days"] = String(request.config.demandDays(for: language))
    let demands = incident.legal.filter { $0.action == .formalDemand }.sorted { $0.day < $1.day }
    values["has_demand"] = !demands.isEmpty
    values["demands"] = demands.map(legalItem)
    if let first = demands.first { values["first_demand_date_long"] = first.day.longFormatted(language) }
    let complaints = incident.legal.filter { $0.action == .complaint }.sorted { $0.day < $1.day }
    values["has_complaint"] = !complaints.isEmpty
    values["complaints"] = complaints.map(legalItem)
    let courtRequests = incident.legal.filter { $0.action == .courtRequest }.sorted { $0.day < $1.day }
    values["has_court_request"] = !courtRequests.isEmpty
    values["court_requests"] = courtRequests.map(legalItem)
    values["has_legal"] = !incident.legal.isEmpty
    values["legal"] = incident.legal.sorted { $0.day < $1.day }.map { record -> [String: Any] in
      var item = legalItem(record)
      item["action"] = record.action.label(language)
      return item
    }
    let kind = request.customer?.kind ?? .consumer
    values["time_limit_years"] = String(CivilTimeLimit.years(for: kind))
    values["time_limit_last_day_long"] = CivilTimeLimit.lastDay(meal: incident.facts.occurredAt.day, kind: kind).longFormatted(language)
  }

  private func legalItem(_ record: LegalRecord) -> [String: Any] {
    var item: [String: Any] = ["date": record.day.longFormatted(language)]
    if let reference = record.reference { item["reference"] = reference }
    if let deadline = record.deadline { item["deadline"] = deadline.longFormatted(language) }
    return item
  }

  /// How long personal data is kept, for the privacy notice.
  mutating func addPrivacy() {
    let days = request.config.purgePaidAfterDays
    let delay: String
    switch days {
    case 0: delay = t("sans délai", "without delay")
    case 1: delay = t("sous 24 heures", "within 24 hours")
    case 2: delay = t("sous 48 heures", "within 48 hours")
    default: delay = t("sous \(days) jours", "within \(days) days")
    }
    values["purge_delay"] = delay
  }
}

extension DocumentValues {
  /// Days the Pre-Action Protocol for Debt Claims (England and Wales) gives an individual to reply.
  static let protocolDays = 30

  /// The English letter before claim to a private person: the protocol asks for 30 days and enclosures.
  mutating func addDemandChecks() {
    let days = request.config.demandDays(for: language)
    guard language == .english, (request.customer?.kind ?? .consumer) == .consumer, days < Self.protocolDays else { return }
    checks.append(L("Débiteur particulier (Angleterre et pays de Galles) : le Pre-Action Protocol for Debt Claims demande \(Self.protocolDays) jours et l’envoi de la fiche d’information, du formulaire de réponse et de l’état financier : ardoise config set recovery.demand_days 30",
                    "Private debtor (England and Wales): the Pre-Action Protocol for Debt Claims asks for \(Self.protocolDays) days and for the information sheet, reply form and financial statement to be enclosed: ardoise config set recovery.demand_days 30"))
  }
}
