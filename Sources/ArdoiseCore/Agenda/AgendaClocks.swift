/// The durations behind the agenda's legal dates, for the restaurant's jurisdiction. The agenda
/// takes every legal duration from here and from nowhere else, so that filling it from the legal
/// registry is one change in ``AgendaClocks/init(config:)``.
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
  /// Days after a paid case is closed before the customer's identity is purged.
  public var purgePaidAfterDays: Int
  /// Where each duration comes from, by item kind, shown with the item.
  public var sources: [AgendaItem.Kind: LocalizedText]

  public init(civilYearsConsumer: Int?, civilYearsBusiness: Int?, interruptionsRestartCivilLimit: Bool, complaintYears: Int?,
              cctvRetentionMonths: Int?, orderServiceMonths: Int?, objectionMonths: Int?, demandDaysConsumer: Int,
              demandDaysBusiness: Int, purgePaidAfterDays: Int, sources: [AgendaItem.Kind: LocalizedText] = [:]) {
    self.civilYearsConsumer = civilYearsConsumer
    self.civilYearsBusiness = civilYearsBusiness
    self.interruptionsRestartCivilLimit = interruptionsRestartCivilLimit
    self.complaintYears = complaintYears
    self.cctvRetentionMonths = cctvRetentionMonths
    self.orderServiceMonths = orderServiceMonths
    self.objectionMonths = objectionMonths
    self.demandDaysConsumer = demandDaysConsumer
    self.demandDaysBusiness = demandDaysBusiness
    self.purgePaidAfterDays = purgePaidAfterDays
    self.sources = sources
  }

  /// France (domain §1, §8): civil claim 2 years against a consumer, 5 otherwise (L218-2 C. consom.,
  /// art. 2224 C. civ.), restarted by a part-payment or acknowledgement (art. 2240, 2231 C. civ.);
  /// complaint for a délit 6 years (art. 8 CPP); CCTV kept at most 1 month (L252-5 CSI); an
  /// injonction de payer served within 6 months (art. 1411 CPC), then 1 month to object (art. 1416
  /// CPC); the formal demand's days and the purge delay from the settings.
  public static func france(demandDays: Int?, purgePaidAfterDays: Int) -> AgendaClocks {
    AgendaClocks(
      civilYearsConsumer: CivilTimeLimit.years(for: .consumer, in: .france), civilYearsBusiness: CivilTimeLimit.years(for: .business, in: .france),
      interruptionsRestartCivilLimit: true, complaintYears: 6, cctvRetentionMonths: 1, orderServiceMonths: 6, objectionMonths: 1,
      demandDaysConsumer: demandDays ?? 8, demandDaysBusiness: demandDays ?? 8, purgePaidAfterDays: purgePaidAfterDays,
      sources: [
        .civilTimeLimit: L("art. L218-2 C. consom. (consommateur), art. 2224 C. civ. (autres) ; interrompue par un paiement partiel ou une reconnaissance (art. 2240 C. civ.)",
                           "art. L218-2 French Consumer Code (consumer), art. 2224 French Civil Code (others); restarted by a part-payment or an acknowledgement (art. 2240 Civil Code)"),
        .complaintLimit: L("art. 8 C. proc. pén. (délit : 6 ans)", "art. 8 French Code of Criminal Procedure (délit: 6 years)"),
        .cctvExport: L("art. L252-5 C. sécu. int. (1 mois au plus)", "art. L252-5 French Internal Security Code (1 month at most)"),
        .orderService: L("art. 1411 C. proc. civ. (6 mois)", "art. 1411 French Code of Civil Procedure (6 months)"),
        .objection: L("art. 1416 C. proc. civ. (1 mois)", "art. 1416 French Code of Civil Procedure (1 month)"),
        .demandDeadline: L("délai de la mise en demeure (réglages)", "the formal demand’s deadline (settings)"),
        .purge: L("règles de conservation (RGPD)", "retention rules (GDPR)"),
      ])
  }

  /// The clocks for the restaurant in `config`.
  public init(config: Config) {
    self = .france(demandDays: config.demandDays, purgePaidAfterDays: config.purgePaidAfterDays)
  }

  public func civilYears(for kind: DebtorKind) -> Int? { kind == .business ? civilYearsBusiness : civilYearsConsumer }

  /// Days a formal demand gives a debtor of `kind` (a consumer when unknown).
  public func demandDays(for kind: DebtorKind?) -> Int { kind == .business ? demandDaysBusiness : demandDaysConsumer }
}
