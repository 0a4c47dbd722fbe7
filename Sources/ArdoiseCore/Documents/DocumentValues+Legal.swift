extension DocumentValues {
  /// The law that applies: the restaurant's jurisdiction, never the document's language.
  var jurisdiction: Jurisdiction { request.config.jurisdiction }

  /// The debtor's kind (a consumer when nobody is identified).
  var debtorKind: DebtorKind { request.customer?.kind ?? .consumer }

  /// Which law the template speaks (`is_france`, `is_gb_eng`, `is_unknown_law`), the registry's
  /// names under `law` (`{{law.fr.civil-code.1231-6}}`), and the notice for an unknown jurisdiction.
  mutating func addJurisdiction() {
    values["law"] = LegalRegistry.templateValues(for: jurisdiction, language: language)
    values["is_france"] = jurisdiction == .france
    values["is_gb_eng"] = jurisdiction == .englandAndWales
    values["is_unknown_law"] = !jurisdiction.isSupported
    values["jurisdiction_name"] = jurisdiction.name(language)
    if let notice = jurisdiction.unsupportedNotice {
      values["unknown_law_notice"] = notice(language)
      checks.append(notice)
    }
  }

  /// Formal demands, complaints and court requests already recorded, the demand deadline and the
  /// civil time limit.
  mutating func addLegal() {
    values["demand_days"] = String(request.config.demandDays(for: jurisdiction, debtor: debtorKind))
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
      item["action"] = record.action.label(under: jurisdiction)(language)
      return item
    }
    values["debtor_kind_label"] = debtorKind.label(language)
    if let years = CivilTimeLimit.years(for: debtorKind, in: jurisdiction),
      let lastDay = CivilTimeLimit.lastDay(of: incident, kind: debtorKind, in: jurisdiction) {
      values["has_time_limit"] = true
      values["time_limit_years"] = String(years)
      values["time_limit_last_day_long"] = lastDay.longFormatted(language)
      let start = CivilTimeLimit.start(of: incident, in: jurisdiction)
      if start != incident.facts.occurredAt.day {
        values["time_limit_restarted_long"] = start.longFormatted(language)
      }
      if let factID = CivilTimeLimit.factID(for: debtorKind, in: jurisdiction) { values["time_limit_law"] = LegalRegistry.name(factID)(language) }
    }
  }

  private func legalItem(_ record: LegalRecord) -> [String: Any] {
    var item: [String: Any] = ["date": record.day.longFormatted(language)]
    if let reference = record.reference { item["reference"] = reference }
    if let deadline = record.deadline { item["deadline"] = deadline.longFormatted(language) }
    if let received = record.received { item["received"] = received.longFormatted(language) }
    if record.deadlineIsEstimate(under: jurisdiction) { item["deadline_is_estimate"] = true }
    return item
  }

  /// How long personal data is kept, and the law behind the privacy notice.
  mutating func addPrivacy() {
    let days = request.config.purgePaidAfterDays
    let delay: String
    switch days {
    case 0: delay = localized("sans délai", "without delay")
    case 1: delay = localized("sous 24 heures", "within 24 hours")
    case 2: delay = localized("sous 48 heures", "within 48 hours")
    default: delay = localized("sous \(days) jours", "within \(days) days")
    }
    values["purge_delay"] = delay
    // The first contact assumes an oversight: its notice names no police among the recipients.
    values["is_reminder"] = request.kind == .reminder
    let ids: (regulation: String, article: String, basis: String, rights: String, authority: String)?
    switch jurisdiction {
    case .france: ids = ("fr.gdpr.regulation", "fr.gdpr.14", "fr.gdpr.6-1-f", "fr.gdpr.rights", "fr.data-protection.authority")
    case .englandAndWales:
      ids = ("gb-eng.uk-gdpr.regulation", "gb-eng.uk-gdpr.14", "gb-eng.uk-gdpr.6-1-f", "gb-eng.uk-gdpr.rights", "gb-eng.data-protection.authority")
    case .unsupported: ids = nil
    }
    if let ids {
      values["privacy_article"] = LegalRegistry.name(ids.article)(language)
      values["privacy_basis"] = LegalRegistry.name(ids.basis)(language)
      values["privacy_rights"] = LegalRegistry.name(ids.rights)(language)
      values["privacy_authority"] = LegalRegistry.name(ids.authority)(language)
      values["privacy_regulation"] = LegalRegistry.name(ids.regulation)(language)
    }
  }
}

extension DocumentValues {
  /// Days the Pre-Action Protocol for Debt Claims (England and Wales) gives an individual to reply.
  static let protocolDays = 30

  /// The registry fact for Annex 1 to the protocol, whose source is the official page.
  static let protocolAnnexFact = "gb-eng.debt-protocol.annex-1"

  /// The formal demand: its deadline, and in England and Wales the protocol's rules.
  mutating func addDemandChecks() {
    let days = request.config.demandDays(for: jurisdiction, debtor: debtorKind)
    values["deadline_from_receipt"] = jurisdiction == .france
    guard jurisdiction == .englandAndWales else { return }
    values["protocol_applies"] = debtorKind == .consumer
    if debtorKind == .consumer {
      if days < Self.protocolDays {
        checks.append(LocalizedText("Débiteur particulier (Angleterre et pays de Galles) : le Pre-Action Protocol for Debt Claims demande \(Self.protocolDays) jours : ardoise config set recovery.demand_days 30 (ou unset)",
                        "Individual debtor (England and Wales): the Pre-Action Protocol for Debt Claims asks for \(Self.protocolDays) days: ardoise config set recovery.demand_days 30 (or unset it)"))
      }
      let url = LegalRegistry.fact(Self.protocolAnnexFact)?.source.url ?? "justice.gov.uk"
      checks.append(LocalizedText("Joignez la fiche d’information, le formulaire de réponse et l’état financier (ardoise doc ID information-sheet, reply-form, financial-statement), ainsi que l’annexe 1 officielle du protocole : \(url)",
                      "Enclose the Information Sheet, the Reply Form and the Financial Statement (ardoise doc ID information-sheet, reply-form, financial-statement), and the protocol’s official Annex 1: \(url)"))
    } else {
      checks.append(LocalizedText("Si l’entreprise débitrice est un entrepreneur individuel (sole trader), le Pre-Action Protocol for Debt Claims s’applique : 30 jours et les annexes.",
                      "If the debtor business is a sole trader, the Pre-Action Protocol for Debt Claims applies: 30 days and the enclosures."))
    }
  }
}
