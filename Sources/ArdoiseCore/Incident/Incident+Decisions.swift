extension Incident {
  /// Decides what to write for `intent`: the event body, or a refusal that says why.
  /// Pure: no I/O, no clock; the store calls it with the freshest state, under its lock.
  public func decide(_ intent: Intent, playbook: Playbook, policy: RecoveryPolicy) -> Result<EventBody, Refusal> {
    switch intent {
    case .recordPayment(let payment):
      if let refusal = refusePayment(payment.amount) { return .failure(refusal) }
      let settles = payment.amount == outstanding
      return .success(.paymentRecorded(payment, closesAs: settles ? .recovered : nil))

    case .chooseOutcome(let stepID, let outcomeID, let value, let note):
      return decideOutcome(stepID: stepID, outcomeID: outcomeID, value: value, note: note, playbook: playbook, policy: policy)

    case .markStep(let stepID, let status, let note):
      guard playbook.step(stepID) != nil || steps[stepID] != nil else { return .failure(Refusal.unknownStep(stepID, in: playbook)) }
      return .success(.stepRecorded(StepRecord(step: stepID, status: status, note: note.nonEmpty)))

    case .toggleSubAction(let stepID, let subAction):
      guard let step = playbook.step(stepID) else { return .failure(Refusal.unknownStep(stepID, in: playbook)) }
      guard step.subActions.contains(where: { $0.id == subAction }) else {
        return .failure(Refusal(LocalizedText("action « \(subAction) » inconnue à cette étape", "no action “\(subAction)” at this step")))
      }
      let isDone = !progress(of: stepID).ticked.contains(subAction)
      return .success(.subActionToggled(step: stepID, subAction: subAction, isDone: isDone))

    case .recordContact(var attempt):
      attempt.note = attempt.note.nonEmpty
      if let followUp = attempt.followUp, followUp < policy.today {
        return .failure(Refusal(LocalizedText("la date de relance est passée", "the follow-up day is in the past")))
      }
      return .success(.contactRecorded(attempt))

    case .addNote(let text):
      guard let text = text.nonEmpty else { return .failure(Refusal(LocalizedText("la note est vide", "the note is empty"))) }
      return .success(.noteAdded(text))

    case .addEvidence(let evidence):
      guard evidence.location.nonEmpty != nil else {
        return .failure(Refusal(LocalizedText("indiquez où la preuve est conservée", "say where the evidence is kept")))
      }
      return .success(.evidenceAdded(evidence))

    case .scheduleFollowUp(let day):
      if let day, day < policy.today {
        return .failure(Refusal(LocalizedText("la date de relance est passée", "the follow-up day is in the past")))
      }
      return .success(.followUpScheduled(day))

    case .close(let resolution, let note):
      guard isOpen else { return .failure(Refusal(LocalizedText("le dossier est déjà clos", "the case is already closed"))) }
      switch resolution {
      case .recovered where hasOutstandingBalance:
        return .failure(Refusal(LocalizedText("il reste \(outstanding.formatted(.french)) à payer : enregistrez le paiement, ou clôturez « récupéré en partie » ou « abandonné »",
                                  "\(outstanding.formatted(.english)) is still owed: record the payment, or close as partly recovered or written off")))
      case .partlyRecovered where paid.isZero:
        return .failure(Refusal(LocalizedText("aucun paiement enregistré : rien n’a été récupéré", "no payment recorded: nothing was recovered")))
      case .partlyRecovered where !hasOutstandingBalance:
        return .failure(Refusal(LocalizedText("tout est payé : clôturez « récupéré »", "everything is paid: close as recovered")))
      default:
        return .success(.closed(resolution, note: note.nonEmpty))
      }

    case .reopen(let note):
      guard !isOpen else { return .failure(Refusal(LocalizedText("le dossier est déjà ouvert", "the case is already open"))) }
      return .success(.reopened(note: note.nonEmpty))

    case .amend(let amendment):
      guard !amendment.isEmpty else { return .failure(Refusal(LocalizedText("rien à corriger", "nothing to correct"))) }
      if let amount = amendment.amount {
        guard amount.isPositive else { return .failure(Refusal(LocalizedText("le montant doit être supérieur à zéro", "the amount must be more than zero"))) }
        guard amount >= paid else {
          return .failure(Refusal(LocalizedText("le montant ne peut pas être inférieur à ce qui a déjà été payé (\(paid.formatted(.french)))",
                                    "the amount cannot be less than what was already paid (\(paid.formatted(.english)))")))
        }
      }
      return .success(.amended(amendment))

    case .recordDocument(let kind, let file):
      return .success(.documentGenerated(kind: kind, file: file))

    case .markCustomerIdentified:
      return .success(.customerIdentified)

    case .purgePersonalData(let reason):
      return .success(.personalDataPurged(reason: reason))

    case .agreePlan(let plan):
      guard isOpen else { return .failure(Refusal(LocalizedText("le dossier est clos", "the case is closed"))) }
      guard hasOutstandingBalance else { return .failure(Refusal(LocalizedText("rien n’est dû", "nothing is owed"))) }
      guard !plan.instalments.isEmpty, plan.total.currency == currency else {
        return .failure(Refusal(LocalizedText("échéancier vide ou dans une autre devise", "an empty plan, or in another currency")))
      }
      guard plan.total == outstanding else {
        return .failure(Refusal(LocalizedText("l’échéancier totalise \(plan.total.formatted(.french)), il reste \(outstanding.formatted(.french)) à payer",
                                  "the plan adds up to \(plan.total.formatted(.english)) but \(outstanding.formatted(.english)) is owed")))
      }
      return .success(.planAgreed(plan))

    case .cancelPlan(let note):
      guard plan != nil else { return .failure(Refusal(LocalizedText("aucun échéancier en cours", "no payment plan in force"))) }
      return .success(.planCancelled(note: note.nonEmpty))

    case .recordMeasure(var measure):
      // Prevention comes after the case, so a closed case takes a measure too.
      measure.note = measure.note?.nonEmpty
      guard measure.kind != .other || measure.note != nil else {
        return .failure(Refusal(LocalizedText("décrivez la mesure dans la note", "describe the measure in the note")))
      }
      if let day = measure.day {
        guard day <= policy.today else { return .failure(Refusal(LocalizedText("le jour de la mesure est dans le futur", "the day of the measure is in the future"))) }
        guard day >= facts.occurredAt.day else {
          return .failure(Refusal(LocalizedText("le jour de la mesure précède le départ sans payer", "the day of the measure is before the walkout")))
        }
      }
      return .success(.measureTaken(measure))
    }
  }

  private func refusePayment(_ amount: Money) -> Refusal? {
    guard isOpen else {
      return Refusal(LocalizedText("le dossier est clos : rouvrez-le avant d’enregistrer un paiement", "the case is closed: reopen it before recording a payment"))
    }
    guard amount.currency == currency else {
      return Refusal(LocalizedText("devise différente de celle de la note (\(currency.code))", "a different currency from the bill’s (\(currency.code))"))
    }
    guard amount.isPositive else { return Refusal(LocalizedText("le montant doit être supérieur à zéro", "the amount must be more than zero")) }
    guard amount <= outstanding else {
      return Refusal(LocalizedText("paiement supérieur au reste dû (\(outstanding.formatted(.french)))",
                       "payment above the outstanding balance (\(outstanding.formatted(.english)))"))
    }
    return nil
  }

  private func decideOutcome(stepID: StepID, outcomeID: String, value: OutcomeValue?, note: String?, playbook: Playbook,
                             policy: RecoveryPolicy) -> Result<EventBody, Refusal> {
    guard let step = playbook.step(stepID) else { return .failure(Refusal.unknownStep(stepID, in: playbook)) }
    guard let outcome = step.outcome(outcomeID) else {
      let known = step.outcomes.map(\.id).joined(separator: ", ")
      return .failure(Refusal(LocalizedText("suite « \(outcomeID) » inconnue pour cette étape (possibles : \(known))",
                                "no outcome “\(outcomeID)” for this step (known: \(known))")))
    }
    var record = StepRecord(step: stepID, status: outcome.completesStep ? .done : .pending, outcome: outcome.id,
                            note: note.nonEmpty, next: outcome.next)
    let closingEffects: [OutcomeEffect] = [.paidInFull, .honestMistake, .honestMistakePaid, .writeOff]
    if closingEffects.contains(outcome.effect) && !isOpen {
      return .failure(Refusal(LocalizedText("le dossier est déjà clos", "the case is already closed")))
    }
    switch outcome.effect {
    case .moveOn:
      break
    case .paidInFull:
      guard hasOutstandingBalance else { return .failure(Refusal(LocalizedText("rien n’est dû", "nothing is owed"))) }
      var method = PaymentMethod.other
      if case .paymentMethod(let chosen)? = value { method = chosen }
      record.payment = Payment(amount: outstanding, method: method)
      record.resolution = .recovered
    case .honestMistake:
      record.resolution = .honestMistake
    case .honestMistakePaid:
      guard hasOutstandingBalance else { return .failure(Refusal(LocalizedText("rien n’est dû", "nothing is owed"))) }
      var method = PaymentMethod.other
      if case .paymentMethod(let chosen)? = value { method = chosen }
      record.payment = Payment(amount: outstanding, method: method)
      record.resolution = .honestMistake
    case .writeOff:
      record.resolution = paid.isZero ? .writtenOff : .partlyRecovered
    case .promiseToPay:
      guard case .day(let day)? = value else {
        return .failure(Refusal(LocalizedText("indiquez la date promise", "give the promised day")))
      }
      guard day >= policy.today else { return .failure(Refusal(LocalizedText("la date promise est passée", "the promised day is in the past"))) }
      record.promisedDay = day
    case .demandSent:
      let sent: CalendarDay
      var received: CalendarDay? = nil
      switch value {
      case .day(let day)?: sent = day
      case .sentAndReceived(let day, let receipt)?: (sent, received) = (day, receipt)
      default: return .failure(Refusal(LocalizedText("indiquez la date d’envoi", "give the day it was sent")))
      }
      guard sent <= policy.today else { return .failure(Refusal(LocalizedText("la date d’envoi est dans le futur", "the sending day is in the future"))) }
      if let received {
        guard received >= sent else { return .failure(Refusal(LocalizedText("la réception précède l’envoi", "the day received is before the day sent"))) }
        guard received <= policy.today else { return .failure(Refusal(LocalizedText("la date de réception est dans le futur", "the day received is in the future"))) }
      }
      // France: the deadline counts from receipt; until the acknowledgement of receipt is back,
      // from the sending day, as an estimate (``LegalRecord/deadlineIsEstimate(under:)``). England
      // and Wales: from the letter's date, the day it is sent; a receipt is kept but moves nothing.
      let start = policy.demandTimeRunsFromReceipt ? (received ?? sent) : sent
      record.legal = LegalRecord(action: .formalDemand, day: sent, deadline: start.adding(days: policy.demandDays),
                                 received: received)
    case .courtOrderMade:
      let made: CalendarDay
      var served: CalendarDay? = nil
      switch value {
      case .day(let day)?: made = day
      case .sentAndReceived(let day, let service)?: (made, served) = (day, service)
      default: return .failure(Refusal(LocalizedText("indiquez le jour de l’ordonnance", "give the day the order was made")))
      }
      guard made <= policy.today else { return .failure(Refusal(LocalizedText("le jour de l’ordonnance est dans le futur", "the day of the order is in the future"))) }
      guard made >= facts.occurredAt.day else { return .failure(Refusal(LocalizedText("l’ordonnance précède le repas", "the day of the order is before the meal"))) }
      if let served {
        guard served >= made else { return .failure(Refusal(LocalizedText("la signification précède l’ordonnance", "the day served is before the day of the order"))) }
        guard served <= policy.today else { return .failure(Refusal(LocalizedText("le jour de la signification est dans le futur", "the day served is in the future"))) }
      }
      record.legal = LegalRecord(action: .courtOrder, day: made, received: served)
    case .complaintFiled, .courtRequested:
      guard case .reference(let reference)? = value, let reference = reference.nonEmpty else {
        return .failure(Refusal(outcome.effect == .complaintFiled
          ? LocalizedText("indiquez le numéro du récépissé de plainte", "give the complaint receipt number")
          : LocalizedText("indiquez le tribunal et la référence", "give the court and the reference")))
      }
      record.legal = LegalRecord(action: outcome.effect == .complaintFiled ? .complaint : .courtRequest,
                                 day: policy.today, reference: reference)
    }
    return .success(.stepRecorded(record))
  }
}

extension Refusal {
  static func unknownStep(_ id: StepID, in playbook: Playbook) -> Refusal {
    let known = playbook.stepIDs.map(\.rawValue).joined(separator: ", ")
    return Refusal(LocalizedText("étape « \(id) » inconnue (possibles : \(known))", "no step “\(id)” (known: \(known))"))
  }
}

extension Optional where Wrapped == String {
  /// The trimmed text, or nil when empty.
  var nonEmpty: String? { self.flatMap { $0.nonEmpty } }
}

extension String {
  /// The trimmed text, or nil when empty.
  var nonEmpty: String? {
    let trimmed = trimmingSpaces
    return trimmed.isEmpty ? nil : trimmed
  }
}
