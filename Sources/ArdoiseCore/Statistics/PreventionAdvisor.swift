/// Draws advice from the restaurant's own walkouts. Pure: the same cases give the same advice.
///
/// The rules and their thresholds (each stated with the advice it gives):
/// - zone and hour: a zone where at least 40 % of the walkouts (and at least 3) happened from some
///   hour on (18:00 to 03:00); the latest such hour is named.
/// - large parties: parties of 6 or more hold at least 40 % of the money lost (and 2 cases).
/// - phone within 24 h: among cases whose end is known, the money came back in at least two
///   thirds (and 3 cases) of those where the customer was reached by phone within 24 hours, at
///   least 20 points more often than otherwise.
public struct PreventionAdvisor: Sendable {
  /// Cases needed before any advice (`stats.advice_min_cases`).
  public var minimumCases: Int

  static let zoneShareInTenths = 4
  static let zoneMinimumCases = 3
  static let zoneHours = 18...27
  static let largePartyCovers = 6
  static let largePartyShareInTenths = 4
  static let largePartyMinimumCases = 2
  static let phoneMinimumCases = 3
  static let phoneLeadInPoints = 20

  public init(minimumCases: Int = 10) {
    self.minimumCases = minimumCases
  }

  public func advise(_ cases: [AdviceCase]) -> PreventionAdviceResult {
    guard cases.count >= max(1, minimumCases) else { return .notEnoughData(cases: cases.count, needed: max(1, minimumCases)) }
    let found = [zoneAfterHour(cases), largeParties(cases), phoneWithin24Hours(cases)].compactMap { $0 }
    return found.isEmpty ? .noPattern(cases: cases.count) : .advice(found)
  }

  /// `42 %` in French, `42%` in English.
  static func percent(_ part: Int64, of whole: Int64) -> LocalizedText {
    let value = whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
    return LocalizedText("\(value) %", "\(value)%")
  }

  static func hourText(_ serviceHour: Int) -> LocalizedText {
    let hour = serviceHour % 24
    return LocalizedText("\(hour) h", hour.zeroPadded(2) + ":00")
  }

  func zoneAfterHour(_ cases: [AdviceCase]) -> PreventionAdvice? {
    let total = cases.count
    var best: (zone: String, hour: Int, count: Int, money: Money)?
    let zones = Set(cases.compactMap(\.zone)).sorted()
    for zone in zones {
      let inZone = cases.filter { $0.zone == zone }
      for hour in Self.zoneHours.reversed() {
        let matching = inZone.filter { $0.serviceHour >= hour }
        let count = matching.count
        guard count >= Self.zoneMinimumCases, count * 10 >= total * Self.zoneShareInTenths else { continue }
        // The latest hour that still holds is this zone's candidate.
        if count > best?.count ?? 0 {
          let money = matching.dropFirst().reduce(matching[0].amount) { $0 + $1.amount }
          best = (zone, hour, count, money)
        }
        break
      }
    }
    guard let best else { return nil }
    let hour = Self.hourText(best.hour)
    let share = Self.percent(Int64(best.count), of: Int64(total))
    return PreventionAdvice(
      rule: .zoneAfterHour,
      advice: LocalizedText("\(best.count) des \(total) départs sans payer ont eu lieu dans la zone « \(best.zone) » à partir de \(hour.french) : faire régler dès le service dans cette zone après \(hour.french).",
                "\(best.count) of the \(total) walkouts were at “\(best.zone)” from \(hour.english) on: take payment when serving there after \(hour.english)."),
      figures: LocalizedText("Chiffres : \(best.count)/\(total) dossiers (\(share.french)), \(best.money.formatted(.french)) de notes impayées.",
                 "Figures: \(best.count)/\(total) cases (\(share.english)), \(best.money.formatted(.english)) of unpaid bills."),
      ruleText: LocalizedText("Règle : une zone qui réunit au moins 40 % des départs (et au moins 3) à partir d’une heure entre 18 h et 3 h ; l’heure la plus tardive qui tient encore.",
                  "Rule: a zone holding at least 40% of the walkouts (and at least 3) from an hour between 18:00 and 03:00; the latest hour that still holds."),
      zone: best.zone, fromServiceHour: best.hour)
  }

  func largeParties(_ cases: [AdviceCase]) -> PreventionAdvice? {
    guard let currency = cases.first?.amount.currency else { return nil }
    let lostTotal = cases.reduce(Money.zero(currency)) { $0 + $1.lost }
    let large = cases.filter { ($0.covers ?? 0) >= Self.largePartyCovers && $0.lost.isPositive }
    let lostLarge = large.reduce(Money.zero(currency)) { $0 + $1.lost }
    guard lostTotal.isPositive, large.count >= Self.largePartyMinimumCases,
      lostLarge.minorUnits * 10 >= lostTotal.minorUnits * Int64(Self.largePartyShareInTenths)
    else { return nil }
    let share = Self.percent(lostLarge.minorUnits, of: lostTotal.minorUnits)
    let size = Self.largePartyCovers
    return PreventionAdvice(
      rule: .largeParties,
      advice: LocalizedText("Les tables de \(size) couverts et plus font \(share.french) de l’argent perdu : demander une empreinte de carte à la réservation.",
                "Parties of \(size) or more are \(share.english) of the money lost: ask for a card guarantee when booking."),
      figures: LocalizedText("Chiffres : \(lostLarge.formatted(.french)) sur \(lostTotal.formatted(.french)) perdus, \(large.count) dossiers sur \(cases.count).",
                 "Figures: \(lostLarge.formatted(.english)) of \(lostTotal.formatted(.english)) lost, \(large.count) cases of \(cases.count)."),
      ruleText: LocalizedText("Règle : les tables de \(size) couverts et plus font au moins 40 % de l’argent perdu (et au moins 2 dossiers).",
                  "Rule: parties of \(size) or more hold at least 40% of the money lost (and at least 2 cases)."),
      minimumCovers: size)
  }

  func phoneWithin24Hours(_ cases: [AdviceCase]) -> PreventionAdvice? {
    let settled = cases.filter(\.isSettled)
    let reached = settled.filter(\.reachedByPhoneWithin24Hours)
    let others = settled.filter { !$0.reachedByPhoneWithin24Hours }
    let back = reached.filter(\.moneyCameBack).count
    let othersBack = others.filter(\.moneyCameBack).count
    guard reached.count >= Self.phoneMinimumCases, back * 3 >= reached.count * 2 else { return nil }
    if !others.isEmpty {
      // Compared in whole points, cross-multiplied to stay exact.
      let lead = back * 100 * others.count - othersBack * 100 * reached.count
      guard lead >= Self.phoneLeadInPoints * reached.count * others.count else { return nil }
    }
    let against = others.isEmpty
      ? LocalizedText("aucun autre dossier terminé pour comparer", "no other finished case to compare with")
      : LocalizedText("contre \(othersBack) sur \(others.count) sinon", "against \(othersBack) of \(others.count) otherwise")
    return PreventionAdvice(
      rule: .phoneWithin24Hours,
      advice: LocalizedText("L’argent est revenu dans \(back) cas sur \(reached.count) où le client a été joint par téléphone dans les 24 h : appeler le jour même.",
                "The money came back in \(back) of \(reached.count) cases where the customer was reached by phone within 24 h: call the same day."),
      figures: LocalizedText("Chiffres : \(back)/\(reached.count) joints par téléphone en 24 h, " + against.french + " (dossiers terminés).",
                 "Figures: \(back)/\(reached.count) reached by phone within 24 h, " + against.english + " (finished cases)."),
      ruleText: LocalizedText("Règle : parmi les dossiers terminés, l’argent revient dans au moins deux tiers des cas joints par téléphone en 24 h (au moins 3), et au moins 20 points plus souvent que sinon.",
                  "Rule: among finished cases, the money comes back in at least two thirds of those reached by phone within 24 h (at least 3), and at least 20 points more often than otherwise."))
  }
}
