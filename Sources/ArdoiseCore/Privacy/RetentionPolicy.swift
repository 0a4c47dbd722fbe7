/// What to do with a customer's identity file now.
public enum RetentionDecision: Sendable, Equatable {
  /// Keep it, and why.
  case keep(LocalizedText)
  /// Delete it; the reason is written to the log, so it holds no personal data.
  case purge(reason: String)

  public var isPurge: Bool { if case .purge = self { true } else { false } }
}

/// The retention rules for customers' identities (domain §8). Pure: no I/O, no clock.
///
/// - A case with a court request and money still owed is kept (legal step under way: until the
///   decision and its enforcement, purged by hand).
/// - A formal demand whose deadline has not passed, with money still owed, keeps the case.
/// - A case with money still owed, open or closed, is purged once the civil time limit has passed
///   (``CivilTimeLimit``: in France 2 years from the meal or the last part-payment or
///   acknowledgement for a consumer, 5 for any other debtor; 6 years in England and Wales), since
///   no claim can be brought any more. Where ardoise does not know the limit, it is kept.
/// - Otherwise an open case is kept: it is still being worked on.
/// - A closed case with nothing left to pay (recovered, honest mistake) is purged
///   `purgePaidAfterDays` days after closing.
public struct RetentionPolicy: Sendable, Equatable {
  /// Days after a paid case is closed before its identity is purged (`privacy.purge_paid_after_days`).
  public var purgePaidAfterDays: Int
  /// The law whose time limit applies.
  public var jurisdiction: Jurisdiction

  public init(purgePaidAfterDays: Int, jurisdiction: Jurisdiction = .france) {
    self.purgePaidAfterDays = purgePaidAfterDays
    self.jurisdiction = jurisdiction
  }

  public init(config: Config) {
    self.init(purgePaidAfterDays: config.purgePaidAfterDays, jurisdiction: config.jurisdiction)
  }

  /// The decision for `incident`, whose customer is a `kind`, on `today`.
  public func decide(_ incident: Incident, debtorKind kind: DebtorKind, today: CalendarDay) -> RetentionDecision {
    // An honest mistake closes the case as settled even when no payment was recorded.
    let settledResolutions: [Resolution] = [.recovered, .honestMistake]
    let owed = incident.hasOutstandingBalance && !(incident.resolution.map(settledResolutions.contains) ?? false)
    if owed && incident.legal.contains(where: { $0.action == .courtRequest }) {
      return .keep(LocalizedText("requête au tribunal en cours : à conserver jusqu’à la décision et son exécution",
                     "court request under way: keep until the decision is made and enforced"))
    }
    if owed, let deadline = incident.legal.compactMap({ $0.action == .formalDemand ? $0.deadline : nil }).max(), today <= deadline {
      let demand: LocalizedText
      switch jurisdiction {
      case .france: demand = LocalizedText("mise en demeure", "formal demand")
      case .englandAndWales: demand = LocalizedText("lettre avant poursuites", "letter before claim")
      case .unsupported: demand = LocalizedText("demande de paiement", "demand for payment")
      }
      return .keep(LocalizedText("\(demand.french) en cours jusqu’au \(deadline.formatted(.french))",
                     "\(demand.english) running until \(deadline.formatted(.english))"))
    }
    if owed, let lastDay = CivilTimeLimit.lastDay(of: incident, kind: kind, in: jurisdiction), lastDay < today {
      let years = CivilTimeLimit.years(for: kind, in: jurisdiction) ?? 0
      return .purge(reason: "unpaid; civil time limit (\(years) years) ended \(lastDay)")
    }
    guard !incident.isOpen, let closedAt = incident.closedAt else {
      return .keep(LocalizedText("dossier ouvert", "case still open"))
    }
    if !owed {
      let due = closedAt.day.adding(days: purgePaidAfterDays)
      guard today >= due else {
        return .keep(LocalizedText("payé : effacement prévu le \(due.formatted(.french))", "paid: purge due on \(due.formatted(.english))"))
      }
      return .purge(reason: "paid; closed \(closedAt.day); retention \(purgePaidAfterDays) days")
    }
    guard let lastDay = CivilTimeLimit.lastDay(of: incident, kind: kind, in: jurisdiction) else {
      return .keep(LocalizedText("impayé : délai de prescription inconnu pour cette juridiction, à effacer à la main",
                     "unpaid: time limit unknown for this jurisdiction, purge by hand"))
    }
    return .keep(LocalizedText("impayé : à conserver jusqu’à la prescription (\(lastDay.formatted(.french)))",
                   "unpaid: keep until the time limit (\(lastDay.formatted(.english)))"))
  }
}
