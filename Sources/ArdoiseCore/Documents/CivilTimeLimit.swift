/// The time limit for suing over an unpaid meal, by jurisdiction.
///
/// - France: 2 years against a consumer, a natural person (art. L218-2 C. conso.), 5 years against
///   any other debtor (art. 2224 C. civ.), counted from the meal. A part-payment or any
///   acknowledgement by the debtor (a promise to pay recorded in the case) interrupts it
///   (art. 2240 C. civ.) and a new limit of the same length starts from it (art. 2231).
/// - England and Wales: 6 years from the meal for a claim on a contract (Limitation Act 1980, s. 5).
///   The sources ardoise holds say nothing of interruptions there, so none is applied.
/// - Elsewhere: unknown (nil).
public enum CivilTimeLimit {
  /// Years the claim lasts against a debtor of `kind`; nil when ardoise does not know the law.
  public static func years(for kind: DebtorKind, in jurisdiction: Jurisdiction) -> Int? {
    switch jurisdiction {
    case .france: kind == .consumer ? 2 : 5
    case .englandAndWales: 6
    case .unsupported: nil
    }
  }

  /// The registry fact stating the limit for `kind`.
  public static func factID(for kind: DebtorKind, in jurisdiction: Jurisdiction) -> String? {
    switch jurisdiction {
    case .france: kind == .consumer ? "fr.consumer-code.L218-2" : "fr.civil-code.2224"
    case .englandAndWales: "gb-eng.limitation-act-1980.s5"
    case .unsupported: nil
    }
  }

  /// The last part-payment or acknowledgement of the debt recorded in `incident` (a payment, a
  /// promise to pay given on a step or during a contact), or nil when there is none.
  public static func lastInterruption(of incident: Incident) -> CalendarDay? {
    var days = incident.payments.map(\.at.day)
    for event in incident.events {
      switch event.body {
      case .stepRecorded(let record) where record.promisedDay != nil: days.append(event.occurredAt.day)
      case .contactRecorded(let attempt) where attempt.outcome == .promisedToPay: days.append(event.occurredAt.day)
      default: continue
      }
    }
    return days.max()
  }

  /// The day the limit runs from: the meal, or in France the last interruption after it.
  public static func start(of incident: Incident, in jurisdiction: Jurisdiction) -> CalendarDay {
    let meal = incident.facts.occurredAt.day
    guard jurisdiction == .france, let interruption = lastInterruption(of: incident), interruption > meal else { return meal }
    return interruption
  }

  /// The last day a claim can be brought: the anniversary of ``start(of:in:)`` (its own day is not
  /// counted, and the limit runs out at the end of the last day: art. 2228–2229 C. civ.); nil when
  /// the jurisdiction's limit is unknown.
  public static func lastDay(of incident: Incident, kind: DebtorKind, in jurisdiction: Jurisdiction) -> CalendarDay? {
    guard let years = years(for: kind, in: jurisdiction) else { return nil }
    return start(of: incident, in: jurisdiction).adding(years: years)
  }

  /// Whether the time limit has run out on `today` (false when it is unknown).
  public static func hasExpired(_ incident: Incident, kind: DebtorKind, in jurisdiction: Jurisdiction, today: CalendarDay) -> Bool {
    guard let last = lastDay(of: incident, kind: kind, in: jurisdiction) else { return false }
    return last < today
  }
}
