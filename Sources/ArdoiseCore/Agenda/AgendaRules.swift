/// The deadline rules: for one case, its dated items on `today`. Pure value logic; every legal
/// duration comes from ``AgendaClocks``.
public struct AgendaRules: Sendable, Equatable {
  public var clocks: AgendaClocks

  public init(clocks: AgendaClocks) {
    self.clocks = clocks
  }

  /// The last day of the civil claim: the anniversary of the meal or, where the law says so, of
  /// the last part-payment or acknowledgement (the start day is not counted and the limit ends
  /// with its last day, art. 2228–2229 C. civ.; 29 February gives 28 February in a common year).
  /// The debtor's kind decides the years; unknown, the shorter limit is shown, as an estimate.
  /// Nil where the limit is not known.
  public func civilTimeLimit(for agendaCase: AgendaCase) -> (day: CalendarDay, isEstimated: Bool)? {
    let start = clocks.interruptionsRestartCivilLimit ? ([agendaCase.mealDay] + agendaCase.interruptions).max() ?? agendaCase.mealDay : agendaCase.mealDay
    let known = agendaCase.debtorKind.flatMap { clocks.civilYears(for: $0) }
    let shortest = [clocks.civilYears(for: .consumer), clocks.civilYears(for: .business)].compactMap { $0 }.min()
    guard let years = known ?? shortest else { return nil }
    let isEstimated = known == nil && clocks.civilYears(for: .consumer) != clocks.civilYears(for: .business)
    return (start.adding(years: years), isEstimated)
  }

  /// The items of `agendaCase` on `today`, most urgent first.
  public func items(for agendaCase: AgendaCase, today: CalendarDay) -> [AgendaItem] {
    var items: [AgendaItem] = []
    func add(_ kind: AgendaItem.Kind, _ day: CalendarDay, step: StepID?, estimated: Bool = false, note: LocalizedText? = nil,
             label: LocalizedText? = nil) {
      items.append(AgendaItem(caseID: agendaCase.id, kind: kind, day: day, state: AgendaItem.state(of: kind, on: day, today: today),
                              step: step, isEstimated: estimated, outstanding: agendaCase.outstanding, note: note,
                              source: clocks.sources[kind], label: label ?? clocks.labels[kind]))
    }
    let owed = !agendaCase.isSettled
    if agendaCase.isOpen {
      if let promised = agendaCase.promisedDay, owed {
        add(.promise, promised, step: .paymentOptions,
            note: LocalizedText("vérifier que le paiement promis est arrivé", "check that the promised payment came in"))
      }
      let instalment = owed ? agendaCase.instalment : nil
      if let instalment {
        add(.instalment, instalment.due, step: .paymentOptions, label: instalment.label)
      }
      // The follow-up a promise or an instalment set is that item, not another.
      if let followUp = agendaCase.followUp, followUp != agendaCase.promisedDay || !owed, followUp != instalment?.due {
        add(.followUp, followUp, step: .contact)
      }
      if owed, let demand = agendaCase.demand {
        let days = clocks.demandDays(for: agendaCase.debtorKind)
        if !clocks.demandTimeRunsFromReceipt {
          add(.demandDeadline, demand.sent.adding(days: days), step: .authorities,
              note: LocalizedText("\(days) jours à compter de la date de la lettre, envoyée le \(demand.sent.formatted(.french)) ; sa réception n’y change rien",
                      "\(days) days from the letter’s date, sent on \(demand.sent.formatted(.english)); its receipt changes nothing"))
        } else if let received = demand.received {
          add(.demandDeadline, received.adding(days: days), step: .authorities,
              note: LocalizedText("\(days) jours après réception le \(received.formatted(.french))",
                      "\(days) days after receipt on \(received.formatted(.english))"))
        } else {
          add(.demandDeadline, demand.sent.adding(days: days), step: .authorities, estimated: true,
              note: LocalizedText("estimation au plus tôt : le délai court de la réception, inconnue ; compté de l’envoi le \(demand.sent.formatted(.french))",
                      "earliest estimate: the deadline runs from receipt, not yet known; counted from sending on \(demand.sent.formatted(.english))"))
        }
      }
      if !agendaCase.hasCCTVClip, let months = clocks.cctvRetentionMonths {
        add(.cctvExport, agendaCase.mealDay.adding(months: months), step: .review,
            note: LocalizedText("au plus tard : l’enregistrement est souvent effacé plus tôt", "at the latest: footage is often erased sooner"))
      }
      if owed, let limit = civilTimeLimit(for: agendaCase) {
        let consumer = clocks.civilYearsConsumer.map(String.init) ?? "?"
        let business = clocks.civilYearsBusiness.map(String.init) ?? "?"
        add(.civilTimeLimit, limit.day, step: .authorities, estimated: limit.isEstimated,
            note: limit.isEstimated
              ? LocalizedText("client non identifié : délai d’un consommateur (\(consumer) ans), \(business) ans pour une entreprise",
                  "customer not identified: a consumer’s limit (\(consumer) years), \(business) for a business")
              : nil)
      }
      if owed, !agendaCase.complaintFiled, let years = clocks.complaintYears {
        add(.complaintLimit, agendaCase.mealDay.adding(years: years), step: .authorities)
      }
      if owed, let order = agendaCase.courtOrder {
        if clocks.orderServiceMonths == nil || clocks.objectionMonths == nil {
          // No checked time for this jurisdiction: say so, with no date rather than a guess.
          add(.courtCheck, order.issued, step: .authorities,
              note: LocalizedText("ardoise ne connaît pas de délai vérifié pour cette décision\u{202F}: demandez au tribunal (ou lisez la décision) jusqu’à quand la signifier ou la contester",
                      "ardoise holds no checked time limit for this order: ask the court (or read the order) how long there is to serve it or to challenge it"))
        } else if let served = order.served, let months = clocks.objectionMonths {
          add(.objection, served.adding(months: months), step: .authorities,
              note: LocalizedText("\(months) mois après la signification le \(served.formatted(.french))",
                      "\(months) month\(months == 1 ? "" : "s") after service on \(served.formatted(.english))"))
        } else if let months = clocks.orderServiceMonths {
          add(.orderService, order.issued.adding(months: months), step: .authorities,
              note: LocalizedText("sans signification dans ce délai, l’ordonnance du \(order.issued.formatted(.french)) est non avenue",
                      "unserved by then, the order of \(order.issued.formatted(.english)) lapses"))
        }
      }
    }
    if let purge = purgeDay(for: agendaCase) { add(.purge, purge, step: nil) }
    return items.sorted(by: AgendaItem.isMoreUrgent)
  }

  /// The day the customer's personal data is due to be purged, by the retention rules
  /// (``RetentionPolicy``): a paid case `purgePaidAfterDays` after closing; an unpaid one, open or
  /// closed, the day after the civil time limit, not before a running demand's deadline. None
  /// while a court request is under way, when the limit is unknown, or when no personal data is held.
  public func purgeDay(for agendaCase: AgendaCase) -> CalendarDay? {
    guard agendaCase.holdsPersonalData else { return nil }
    if agendaCase.isSettled {
      guard !agendaCase.isOpen, let closed = agendaCase.closedDay else { return nil }
      return closed.adding(days: clocks.purgePaidAfterDays)
    }
    if agendaCase.courtRequested { return nil }
    guard let afterLimit = civilTimeLimit(for: agendaCase)?.day.adding(days: 1) else { return nil }
    guard let demand = agendaCase.demand else { return afterLimit }
    let start = clocks.demandTimeRunsFromReceipt ? (demand.received ?? demand.sent) : demand.sent
    let deadline = start.adding(days: clocks.demandDays(for: agendaCase.debtorKind))
    return max(afterLimit, deadline.adding(days: 1))
  }
}
