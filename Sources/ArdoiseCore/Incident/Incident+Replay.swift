/// Something replay noticed that a person should know about.
public struct ReplayConflict: Sendable, Equatable {
  public var eventID: EventID
  public var reason: LocalizedText
  /// Where the events in conflict stand in the list given to replay: the first with this id,
  /// then the one that differs from it (to name both lines of the log).
  public var positions: [Int] = []
}

extension Incident {
  /// Rebuilds a case from its events, in any order: events are de-duplicated by id and applied
  /// by recorded time, then id, so a log merged by git (`merge=union`) gives the same state
  /// whatever the line order. The same id with different content is a conflict.
  ///
  /// - Returns: nil when there is no `opened` event.
  ///
  /// A log is normally written in order with every id once, so that case is checked first and
  /// costs one pass over a set of ids and one over the events; only a log that needs it is
  /// de-duplicated through a dictionary and sorted.
  public static func replay(id: IncidentID, events: [Event]) -> (incident: Incident?, conflicts: [ReplayConflict]) {
    var conflicts: [ReplayConflict] = []
    var ordered = hasDistinctIDs(events) ? events : deduplicated(events, conflicts: &conflicts)
    if !isInReplayOrder(ordered) { ordered.sort(by: Incident.replayOrder) }
    guard let openingIndex = ordered.firstIndex(where: { if case .opened = $0.body { true } else { false } }),
      case .opened(let facts) = ordered[openingIndex].body
    else {
      return (nil, conflicts)
    }
    let opening = ordered[openingIndex]
    var incident = Incident(id: id, facts: facts, openedAt: opening.recordedAt, openedBy: opening.actor)
    for event in ordered {
      if event.id == opening.id {
        incident.events.append(event)
        continue
      }
      if case .opened = event.body {
        conflicts.append(ReplayConflict(eventID: event.id, reason: LocalizedText("un second événement « opened »", "a second “opened” event")))
      }
      incident.apply(event)
    }
    return (incident, conflicts)
  }

  /// Whether no two of `events` share an id.
  private static func hasDistinctIDs(_ events: [Event]) -> Bool {
    var seen = Set<EventID>(minimumCapacity: events.count)
    for event in events where !seen.insert(event.id).inserted { return false }
    return true
  }

  /// The first event of each id, in no particular order; a later event with the same id and
  /// different content is a conflict.
  private static func deduplicated(_ events: [Event], conflicts: inout [ReplayConflict]) -> [Event] {
    var unique: [EventID: (event: Event, position: Int)] = [:]
    for (position, event) in events.enumerated() {
      if let existing = unique[event.id] {
        if existing.event != event {
          conflicts.append(ReplayConflict(eventID: event.id, reason: LocalizedText("même identifiant d’événement, contenu différent", "same event id with different content"),
                                          positions: [existing.position, position]))
        }
        continue
      }
      unique[event.id] = (event, position)
    }
    return unique.values.map(\.event)
  }

  /// Whether `events` (with distinct ids, so no two are equal in replay order) already stand in
  /// replay order, which is then the one sorting would give.
  private static func isInReplayOrder(_ events: [Event]) -> Bool {
    var index = 1
    while index < events.count {
      if replayOrder(events[index], events[index - 1]) { return false }
      index += 1
    }
    return true
  }

  /// The order events are applied in.
  public static func replayOrder(_ lhs: Event, _ rhs: Event) -> Bool {
    (lhs.recordedAt.secondsSince1970, lhs.id.rawValue) < (rhs.recordedAt.secondsSince1970, rhs.id.rawValue)
  }

  /// Applies one event that comes after all those already applied.
  public mutating func apply(_ event: Event) {
    events.append(event)
    switch event.body {
    case .opened:
      break
    case .amended(let amendment):
      facts = amendment.applied(to: facts)
    case .stepRecorded(let record):
      var progress = self.progress(of: record.step)
      progress.status = record.status
      progress.outcome = record.outcome
      progress.note = record.note ?? progress.note
      progress.at = event.occurredAt
      progress.by = event.actor
      steps[record.step] = progress
      suggestedNext = record.next
      if let payment = record.payment {
        payments.append(PaymentEntry(payment: payment, at: event.occurredAt, by: event.actor))
      }
      if let promised = record.promisedDay {
        promisedDay = promised
        followUp = promised
      }
      if let legal = record.legal {
        // The same formal demand (or court order) recorded again, with the day it was received
        // (or served), replaces the first record.
        let replaces = legal.action == .formalDemand || legal.action == .courtOrder
        if replaces, let index = self.legal.firstIndex(where: { $0.action == legal.action && $0.day == legal.day }) {
          self.legal[index] = legal
        } else {
          self.legal.append(legal)
        }
        if let deadline = legal.deadline { followUp = deadline.adding(days: 1) }
      }
      if let resolution = record.resolution { close(resolution, at: event.occurredAt) }
    case .subActionToggled(let step, let subAction, let isDone):
      var progress = self.progress(of: step)
      if isDone { progress.ticked.insert(subAction) } else { progress.ticked.remove(subAction) }
      steps[step] = progress
    case .paymentRecorded(let payment, let resolution):
      payments.append(PaymentEntry(payment: payment, at: event.occurredAt, by: event.actor))
      if let resolution { close(resolution, at: event.occurredAt) }
    case .contactRecorded(let attempt):
      contacts.append(ContactEntry(attempt: attempt, at: event.occurredAt, by: event.actor))
      if let day = attempt.followUp { followUp = day }
    case .noteAdded(let text):
      notes.append(NoteEntry(text: text, at: event.occurredAt, by: event.actor))
    case .evidenceAdded(let item):
      evidence.append(item)
    case .followUpScheduled(let day):
      followUp = day
    case .closed(let resolution, _):
      close(resolution, at: event.occurredAt)
    case .reopened:
      status = .open
      resolution = nil
      closedAt = nil
    case .documentGenerated(let kind, let file):
      documents.append(DocumentEntry(kind: kind, file: file, at: event.occurredAt))
    case .customerIdentified:
      hasIdentifiedCustomer = true
    case .customerDetailsChanged(let change):
      hasIdentifiedCustomer = change.kind != .removed
    case .personalDataPurged:
      isPurged = true
      hasIdentifiedCustomer = false
    case .planAgreed(let agreed):
      plan = agreed
      paidBeforePlan = paid
    case .planCancelled:
      plan = nil
      paidBeforePlan = nil
    case .measureTaken(let measure):
      measures.append(MeasureEntry(measure: measure, at: event.occurredAt, by: event.actor))
    }
    followPlan(after: event.body)
  }

  /// While a plan is in force, the case's next action is the due day of the first instalment not
  /// fully paid: the follow-up day, overdue (late) from the day after. Set when the plan is agreed
  /// and after each payment.
  private mutating func followPlan(after body: EventBody) {
    guard let plan else { return }
    switch body {
    case .planAgreed, .paymentRecorded:
      followUp = plan.nextDueDay(paid: paidTowardsPlan)
    case .stepRecorded(let record) where record.payment != nil:
      followUp = plan.nextDueDay(paid: paidTowardsPlan)
    default:
      break
    }
  }

  private mutating func close(_ resolution: Resolution, at moment: Timestamp) {
    status = .closed
    self.resolution = resolution
    closedAt = moment
  }
}
