/// The figures that prevent the next walkout: what was lost and recovered, how fast, and when
/// and where walkouts happen. Per-server figures are deliberately absent: they would invite
/// sanctions, which the law forbids (art. L1331-2 Code du travail).
public struct WalkoutStatistics: Sendable, Equatable {
  /// One month's figures.
  public struct Month: Sendable, Equatable {
    /// `2026-11`.
    public var month: String
    public var count: Int
    public var owed: Money
    public var recovered: Money
  }

  /// A labelled count, for breakdowns.
  public struct Bucket: Sendable, Equatable {
    public var label: LocalizedText
    public var count: Int
    public var owed: Money
  }

  public var currency: Currency
  public var count = 0
  public var openCount = 0
  public var owed: Money
  public var recovered: Money
  /// Still owed on open cases.
  public var outstanding: Money
  /// Given up on closed cases.
  public var writtenOff: Money
  /// Closed cases that ended recovered (in full) or as an honest mistake, among closed cases.
  public var closedCount = 0
  public var resolvedWellCount = 0
  /// Cases where someone was identified.
  public var identifiedCount = 0
  /// Days from the meal to the payment that settled the case, median; nil without any.
  public var medianDaysToPayment: Int?
  public var months: [Month] = []
  public var byWeekday: [Bucket] = []
  public var byTimeOfDay: [Bucket] = []
  public var byPartySize: [Bucket] = []
  /// Tables or zones with the most walkouts, at most five.
  public var topTables: [Bucket] = []
  /// Which step brought the money in.
  public var recoveredBy: [Bucket] = []
  /// When walkouts happen, weekday by hour.
  public var heatMap = WalkoutHeatMap([Timestamp]())

  /// Share of the money owed that came back, 0…1.
  public var recoveryRateByValue: Double {
    owed.isZero ? 0 : Double(recovered.minorUnits) / Double(owed.minorUnits)
  }

  /// Share of closed cases that ended well, 0…1.
  public var recoveryRateByCount: Double {
    closedCount == 0 ? 0 : Double(resolvedWellCount) / Double(closedCount)
  }

  /// Computes the figures for full cases.
  public init(_ incidents: [Incident], currency: Currency = .euro, monthCount: Int = 6, today: CalendarDay) {
    self.init(incidents.map { IncidentSummary($0) }, currency: currency, monthCount: monthCount, today: today)
  }

  /// Computes the figures for `summaries` (in one currency; others are left out).
  public init(_ summaries: [IncidentSummary], currency: Currency = .euro, monthCount: Int = 6, today: CalendarDay) {
    self.currency = currency
    let zero = Money.zero(currency)
    owed = zero
    recovered = zero
    outstanding = zero
    writtenOff = zero
    let chosen = summaries.filter { $0.currency == currency }
    count = chosen.count
    heatMap = WalkoutHeatMap(chosen)

    var weekday = [(Int, Money)](repeating: (0, zero), count: 7)
    var timeOfDay = [(Int, Money)](repeating: (0, zero), count: 4)
    var partySize = [(Int, Money)](repeating: (0, zero), count: 4)
    var tables: [String: (Int, Money)] = [:]
    var byStep: [String: (Int, Money)] = [:]
    var monthly: [String: (Int, Money, Money)] = [:]
    var daysToPayment: [Int] = []

    for incident in chosen {
      let amount = incident.amount
      owed = owed + amount
      recovered = recovered + incident.paid
      if incident.isOpen {
        openCount += 1
        outstanding = outstanding + incident.outstanding
      } else {
        closedCount += 1
        if incident.resolution == .recovered || incident.resolution == .honestMistake { resolvedWellCount += 1 }
        if incident.resolution != .honestMistake { writtenOff = writtenOff + incident.outstanding }
      }
      if incident.hasIdentifiedCustomer || incident.isPurged { identifiedCount += 1 }
      let wall = incident.occurredAt.wallClock
      let day = incident.occurredAt.day
      weekday[day.weekday].0 += 1
      weekday[day.weekday].1 = weekday[day.weekday].1 + amount
      let slot = wall.hour < 11 ? 3 : (wall.hour < 16 ? 0 : (wall.hour < 21 ? 1 : 2))
      timeOfDay[slot].0 += 1
      timeOfDay[slot].1 = timeOfDay[slot].1 + amount
      let covers = incident.covers ?? 0
      let size = covers <= 1 ? 0 : (covers == 2 ? 1 : (covers <= 4 ? 2 : 3))
      partySize[size].0 += 1
      partySize[size].1 = partySize[size].1 + amount
      let table = incident.table ?? "—"
      tables[table, default: (0, zero)].0 += 1
      tables[table, default: (0, zero)].1 = tables[table, default: (0, zero)].1 + amount
      let monthKey = day.year.zeroPadded(4) + "-" + day.month.zeroPadded(2)
      var entry = monthly[monthKey] ?? (0, zero, zero)
      entry.0 += 1
      entry.1 = entry.1 + amount
      entry.2 = entry.2 + incident.paid
      monthly[monthKey] = entry
      for tally in incident.steps where tally.paymentCount > 0 {
        byStep[tally.step.rawValue, default: (0, zero)].0 += tally.paymentCount
        byStep[tally.step.rawValue, default: (0, zero)].1 = byStep[tally.step.rawValue, default: (0, zero)].1 + tally.paid
      }
      if incident.resolution == .recovered, let last = incident.lastPaymentDay {
        daysToPayment.append(max(0, day.days(until: last)))
      }
    }
    daysToPayment.sort()
    if !daysToPayment.isEmpty { medianDaysToPayment = daysToPayment[daysToPayment.count / 2] }

    let weekdayNames = [LocalizedText("lundi", "Monday"), LocalizedText("mardi", "Tuesday"), LocalizedText("mercredi", "Wednesday"), LocalizedText("jeudi", "Thursday"),
                        LocalizedText("vendredi", "Friday"), LocalizedText("samedi", "Saturday"), LocalizedText("dimanche", "Sunday")]
    byWeekday = (0..<7).map { Bucket(label: weekdayNames[$0], count: weekday[$0].0, owed: weekday[$0].1) }
    let slots = [LocalizedText("midi (11 h–16 h)", "lunch (11:00–16:00)"), LocalizedText("soir (16 h–21 h)", "evening (16:00–21:00)"),
                 LocalizedText("fin de service (21 h–)", "late (21:00–)"), LocalizedText("nuit et matin", "night and morning")]
    byTimeOfDay = (0..<4).map { Bucket(label: slots[$0], count: timeOfDay[$0].0, owed: timeOfDay[$0].1) }
    let sizes = [LocalizedText("1 couvert", "1 cover"), LocalizedText("2 couverts", "2 covers"), LocalizedText("3–4 couverts", "3–4 covers"), LocalizedText("5 couverts et plus", "5+ covers")]
    byPartySize = (0..<4).map { Bucket(label: sizes[$0], count: partySize[$0].0, owed: partySize[$0].1) }
    topTables = tables.sorted { ($0.value.0, $1.key) > ($1.value.0, $0.key) }.prefix(5)
      .map { Bucket(label: LocalizedText($0.key, $0.key), count: $0.value.0, owed: $0.value.1) }
    recoveredBy = byStep.sorted { ($0.value.1.minorUnits, $1.key) > ($1.value.1.minorUnits, $0.key) }
      .map { Bucket(label: Playbook.standard.step(StepID($0.key))?.title ?? LocalizedText($0.key, $0.key), count: $0.value.0, owed: $0.value.1) }
    var monthKeys: [String] = []
    var cursor = CalendarDay(year: today.year, month: today.month, day: 1)
    for _ in 0..<monthCount {
      monthKeys.insert(cursor.year.zeroPadded(4) + "-" + cursor.month.zeroPadded(2), at: 0)
      cursor = cursor.adding(days: -1)
      cursor = CalendarDay(year: cursor.year, month: cursor.month, day: 1)
    }
    months = monthKeys.map { key in
      let entry = monthly[key] ?? (0, zero, zero)
      return Month(month: key, count: entry.0, owed: entry.1, recovered: entry.2)
    }
  }
}

import Foundation
