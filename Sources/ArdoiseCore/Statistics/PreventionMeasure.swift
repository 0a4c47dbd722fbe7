/// A measure the restaurant took to prevent walkouts, recorded on a case's prevention step so
/// that the figures can compare before and after its day.
public struct PreventionMeasure: Sendable, Equatable {
  /// Which measure; the first ones answer the advice rules (``PreventionAdvice/Rule``).
  public enum Kind: String, Sendable, CaseIterable, Codable {
    /// Take payment when serving (the zone-after-hour advice).
    case payWhenServed = "pay-when-served"
    /// A card guarantee or deposit when booking a large party (the large-parties advice).
    case deposit
    /// Call the customer the same day (the phone advice).
    case callSameDay = "call-same-day"
    /// Payment at the counter, not at the table.
    case payAtCounter = "pay-at-counter"
    /// Seating: parties placed away from the exit, in view of the staff.
    case seating
    /// A camera installed or moved.
    case cctv
    /// The staff briefed.
    case staffBriefing = "staff-briefing"
    case other

    public var label: LocalizedText {
      switch self {
      case .payWhenServed: LocalizedText("paiement dès le service", "payment when serving")
      case .deposit: LocalizedText("empreinte de carte ou acompte pour les grandes tables", "card guarantee or deposit for large parties")
      case .callSameDay: LocalizedText("appel au client le jour même", "calling the customer the same day")
      case .payAtCounter: LocalizedText("paiement au comptoir", "payment at the counter")
      case .seating: LocalizedText("placement loin de la sortie", "seating away from the exit")
      case .cctv: LocalizedText("vidéosurveillance", "CCTV")
      case .staffBriefing: LocalizedText("consignes à l’équipe", "staff briefing")
      case .other: LocalizedText("autre mesure", "other measure")
      }
    }

    /// The advice rule this measure answers, if any.
    public var rule: PreventionAdvice.Rule? {
      switch self {
      case .payWhenServed: .zoneAfterHour
      case .deposit: .largeParties
      case .callSameDay: .phoneWithin24Hours
      case .payAtCounter, .seating, .cctv, .staffBriefing, .other: nil
      }
    }
  }

  public var kind: Kind
  public var note: String?
  /// The day it was taken, when stated (it can be before the day it is recorded); nil: the day
  /// it was recorded.
  public var day: CalendarDay?

  public init(kind: Kind, note: String? = nil, day: CalendarDay? = nil) {
    self.kind = kind
    self.note = note
    self.day = day
  }
}

/// A measure recorded on a case, with its day.
public struct MeasureEntry: Sendable, Equatable {
  public var measure: PreventionMeasure
  public var at: Timestamp
  public var by: String

  public init(measure: PreventionMeasure, at: Timestamp, by: String) {
    self.measure = measure
    self.at = at
    self.by = by
  }

  /// The day the measure was taken: the day stated, else the day it was recorded. The
  /// before-and-after comparison counts it on this day.
  public var day: CalendarDay { measure.day ?? at.day }
}
