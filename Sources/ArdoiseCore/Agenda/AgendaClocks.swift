/// The durations behind the agenda's legal dates, for the restaurant's jurisdiction (never the
/// screen's language). The agenda takes every legal duration from here and from nowhere else.
public struct AgendaClocks: Sendable, Equatable {
  /// Years a civil claim lasts against a consumer, counted from the meal; nil where ardoise does
  /// not know the law (no date is then shown, rather than a guess).
  public var civilYearsConsumer: Int?
  /// The same against a business or any other debtor.
  public var civilYearsBusiness: Int?
  /// Whether a part-payment or an acknowledgement restarts the civil limit in full.
  public var interruptionsRestartCivilLimit: Bool
  /// Years to file a criminal complaint, from the walkout; nil where ardoise knows no such limit.
  public var complaintYears: Int?
  /// The longest CCTV footage may be kept, in months; nil where the law sets no fixed period.
  public var cctvRetentionMonths: Int?
  /// Months to serve a court order before it lapses; nil where there is no such order.
  public var orderServiceMonths: Int?
  /// Months the debtor has to object once the order is served.
  public var objectionMonths: Int?
  /// Days a formal demand gives a consumer, from its receipt.
  public var demandDaysConsumer: Int
  /// Days a formal demand gives a business.
  public var demandDaysBusiness: Int
  /// Whether those days run from the demand's receipt (France) or from the letter's date, the day
  /// it is sent (England and Wales): ``Jurisdiction/demandTimeRunsFromReceipt``.
  public var demandTimeRunsFromReceipt: Bool
  /// Days after a paid case is closed before the customer's identity is purged.
  public var purgePaidAfterDays: Int
  /// Where each duration comes from, by item kind, shown with the item.
  public var sources: [AgendaItem.Kind: LocalizedText]
  /// The words of the jurisdiction's law for an item, where they differ from France's
  /// (``AgendaItem/Kind/label``): England and Wales's letter before claim and judgment.
  public var labels: [AgendaItem.Kind: LocalizedText]

  public init(civilYearsConsumer: Int?, civilYearsBusiness: Int?, interruptionsRestartCivilLimit: Bool, complaintYears: Int?,
              cctvRetentionMonths: Int?, orderServiceMonths: Int?, objectionMonths: Int?, demandDaysConsumer: Int,
              demandDaysBusiness: Int, demandTimeRunsFromReceipt: Bool = true, purgePaidAfterDays: Int,
              sources: [AgendaItem.Kind: LocalizedText] = [:], labels: [AgendaItem.Kind: LocalizedText] = [:]) {
    self.civilYearsConsumer = civilYearsConsumer
    self.civilYearsBusiness = civilYearsBusiness
    self.interruptionsRestartCivilLimit = interruptionsRestartCivilLimit
    self.complaintYears = complaintYears
    self.cctvRetentionMonths = cctvRetentionMonths
    self.orderServiceMonths = orderServiceMonths
    self.objectionMonths = objectionMonths
    self.demandDaysConsumer = demandDaysConsumer
    self.demandDaysBusiness = demandDaysBusiness
    self.demandTimeRunsFromReceipt = demandTimeRunsFromReceipt
    self.purgePaidAfterDays = purgePaidAfterDays
    self.sources = sources
    self.labels = labels
  }

  /// The clocks of `jurisdiction`: the civil limit from ``CivilTimeLimit``, the demand's days from
  /// the settings and the jurisdiction, each source named by the legal registry. France (domain
  /// §1, §8): civil claim 2 years against a consumer, 5 otherwise, restarted by a part-payment or
  /// an acknowledgement; complaint for a délit 6 years; CCTV kept at most 1 month; an injonction
  /// de payer served within 6 months, then 1 month to object. England and Wales: 6 years for a
  /// claim on a contract, with no restart applied; no other fixed period is known to ardoise, so
  /// none is shown. Elsewhere: no legal date at all, only the restaurant's own.
  public static func forJurisdiction(_ jurisdiction: Jurisdiction, config: Config) -> AgendaClocks {
    let civil = (CivilTimeLimit.years(for: .consumer, in: jurisdiction), CivilTimeLimit.years(for: .business, in: jurisdiction))
    let demand = (config.demandDays(for: jurisdiction, debtor: .consumer), config.demandDays(for: jurisdiction, debtor: .business))
    let purge = LocalizedText("règles de conservation des données personnelles", "retention rules for personal data")
    switch jurisdiction {
    case .france:
      return AgendaClocks(
        civilYearsConsumer: civil.0, civilYearsBusiness: civil.1, interruptionsRestartCivilLimit: true, complaintYears: 6,
        cctvRetentionMonths: 1, orderServiceMonths: 6, objectionMonths: 1, demandDaysConsumer: demand.0, demandDaysBusiness: demand.1,
        purgePaidAfterDays: config.purgePaidAfterDays,
        sources: [
          .civilTimeLimit: LegalRegistry.name("fr.consumer-code.L218-2") + LocalizedText(" (consommateur), ", " (consumer), ")
            + LegalRegistry.name("fr.civil-code.2224") + LocalizedText(" (autres)", " (others)"),
          .complaintLimit: LegalRegistry.name("fr.criminal-procedure.time-limit"),
          .cctvExport: LegalRegistry.name("fr.security-code.L252-5"),
          .orderService: LegalRegistry.name("fr.payment-order.service"),
          .objection: LegalRegistry.name("fr.payment-order.objection"),
          .demandDeadline: LegalRegistry.name("fr.demand.deadline"),
          .purge: purge,
        ])
    case .englandAndWales:
      return AgendaClocks(
        civilYearsConsumer: civil.0, civilYearsBusiness: civil.1, interruptionsRestartCivilLimit: false, complaintYears: nil,
        cctvRetentionMonths: nil, orderServiceMonths: nil, objectionMonths: nil, demandDaysConsumer: demand.0, demandDaysBusiness: demand.1,
        demandTimeRunsFromReceipt: jurisdiction.demandTimeRunsFromReceipt, purgePaidAfterDays: config.purgePaidAfterDays,
        sources: [
          .civilTimeLimit: LegalRegistry.name("gb-eng.limitation-act-1980.s5"),
          .demandDeadline: LegalRegistry.name("gb-eng.debt-protocol.reply-period"),
          .courtCheck: LegalRegistry.name("gb-eng.judgment.check-with-court"),
          .purge: purge,
        ],
        labels: [
          .demandDeadline: LocalizedText("fin du délai de la lettre avant poursuites", "letter before claim’s deadline"),
          .courtCheck: LocalizedText("vérifier auprès du tribunal les délais du jugement", "check with the court the judgment’s time limits"),
        ])
    case .unsupported:
      return AgendaClocks(
        civilYearsConsumer: nil, civilYearsBusiness: nil, interruptionsRestartCivilLimit: false, complaintYears: nil,
        cctvRetentionMonths: nil, orderServiceMonths: nil, objectionMonths: nil, demandDaysConsumer: demand.0, demandDaysBusiness: demand.1,
        purgePaidAfterDays: config.purgePaidAfterDays,
        labels: [
          .demandDeadline: LocalizedText("fin du délai de la demande de paiement", "demand for payment’s deadline"),
          .courtCheck: LocalizedText("vérifier auprès du tribunal les délais de la décision", "check with the court the decision’s time limits"),
        ])
    }
  }

  /// The French clocks with `demandDays` (8 when nil) and the purge delay.
  public static func france(demandDays: Int?, purgePaidAfterDays: Int) -> AgendaClocks {
    var config = Config()
    config.demandDays = demandDays
    config.purgePaidAfterDays = purgePaidAfterDays
    return forJurisdiction(.france, config: config)
  }

  /// The clocks for the restaurant in `config`, by its jurisdiction.
  public init(config: Config) {
    self = .forJurisdiction(config.jurisdiction, config: config)
  }

  public func civilYears(for kind: DebtorKind) -> Int? { kind == .business ? civilYearsBusiness : civilYearsConsumer }

  /// Days a formal demand gives a debtor of `kind` (a consumer when unknown).
  public func demandDays(for kind: DebtorKind?) -> Int { kind == .business ? demandDaysBusiness : demandDaysConsumer }
}
