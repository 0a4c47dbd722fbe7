/// One piece of advice drawn from the restaurant's own walkouts, with the figures behind it and
/// the rule that produced it. Never a canned tip: without the figures there is no advice.
public struct PreventionAdvice: Sendable, Equatable {
  /// The rules that can produce advice.
  public enum Rule: String, Sendable, CaseIterable {
    /// Many walkouts in one zone from some hour on.
    case zoneAfterHour = "zone-after-hour"
    /// Large parties account for much of the money lost.
    case largeParties = "large-parties"
    /// The money comes back when the customer is reached by phone quickly.
    case phoneWithin24Hours = "phone-within-24h"
  }

  public var rule: Rule
  /// What to do, with the key figure: `5 of the 7 walkouts were at “Terrasse” from 22:00 on: …`.
  public var advice: LocalizedText
  /// The figures behind it.
  public var figures: LocalizedText
  /// The rule that produced it, in words, with its thresholds.
  public var ruleText: LocalizedText
  /// The zone the advice is about, for ``concerns(_:)``.
  public var zone: String?
  /// From this service hour on (24 and more for after midnight).
  public var fromServiceHour: Int?
  /// From this party size on.
  public var minimumCovers: Int?

  public init(rule: Rule, advice: LocalizedText, figures: LocalizedText, ruleText: LocalizedText, zone: String? = nil,
              fromServiceHour: Int? = nil, minimumCovers: Int? = nil) {
    self.rule = rule
    self.advice = advice
    self.figures = figures
    self.ruleText = ruleText
    self.zone = zone
    self.fromServiceHour = fromServiceHour
    self.minimumCovers = minimumCovers
  }

  /// Whether the advice is about a case like `candidate` (its zone and hour, its party size).
  /// The phone advice concerns every case.
  public func concerns(_ candidate: AdviceCase) -> Bool {
    switch rule {
    case .zoneAfterHour:
      guard let zone, let fromServiceHour else { return false }
      return candidate.zone == zone && candidate.serviceHour >= fromServiceHour
    case .largeParties:
      guard let minimumCovers, let covers = candidate.covers else { return false }
      return covers >= minimumCovers
    case .phoneWithin24Hours:
      return true
    }
  }

  /// The advice, then its figures and its rule, as lines of text at most `width` wide.
  public func lines(_ language: Language, width: Int = 78) -> [String] {
    func indented(_ text: String, first: String) -> [String] {
      WalkoutStatistics.wrapped(text, width: max(10, width - 2)).enumerated().map { ($0.offset == 0 ? first : "  ") + $0.element }
    }
    return indented(advice(language), first: "• ") + indented(figures(language), first: "  ") + indented(ruleText(language), first: "  ")
  }
}

/// What the advice rules found.
public enum PreventionAdviceResult: Sendable, Equatable {
  /// Too few cases to say anything.
  case notEnoughData(cases: Int, needed: Int)
  /// Enough cases, but no rule found a pattern.
  case noPattern(cases: Int)
  case advice([PreventionAdvice])

  /// The advice, or why there is none, as lines of text at most `width` wide.
  public func lines(_ language: Language, width: Int = 78) -> [String] {
    switch self {
    case .notEnoughData(let cases, let needed):
      return WalkoutStatistics.wrapped(LocalizedText("Pas assez de données pour un conseil : \(cases) dossier\(cases > 1 ? "s" : "") sur la période, il en faut au moins \(needed).",
                "Not enough data for advice: \(cases) case\(cases == 1 ? "" : "s") in the period, at least \(needed) needed.")(language), width: width)
    case .noPattern(let cases):
      return WalkoutStatistics.wrapped(LocalizedText("Aucune tendance nette dans les \(cases) dossiers de la période : pas de conseil.",
                "No clear pattern in the \(cases) cases of the period: no advice.")(language), width: width)
    case .advice(let items):
      return items.flatMap { $0.lines(language, width: width) }
    }
  }

  public var items: [PreventionAdvice] {
    if case .advice(let items) = self { items } else { [] }
  }

  /// The advice about a case like `candidate`: its zone and hour, its party size (for the
  /// prevention step of that case).
  public func concerning(_ candidate: AdviceCase) -> [PreventionAdvice] {
    items.filter { $0.concerns(candidate) }
  }
}
