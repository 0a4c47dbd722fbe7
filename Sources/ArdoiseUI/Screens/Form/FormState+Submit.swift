import ArdoiseCore

extension FormState {
  /// Validates every field as the command line would; on success returns the effect and keeps
  /// the form open until the store says it is saved.
  mutating func submit(context: ScreenContext) -> [ScreenEffect] {
    var reader = FormReader(self, context: context)
    reader.checkRequiredFields()
    let effect = Self.effect(of: purpose, title: title, reading: &reader)
    self = reader.form
    return effect.map { [.run($0)] } ?? []
  }

  /// What submitting a form for `purpose` records, nil when a field is refused.
  private static func effect(of purpose: FormPurpose, title: LocalizedText, reading reader: inout FormReader) -> Effect? {
    switch purpose {
    case .newIncident:
      return reader.facts().map(Effect.create)
    case .amendFacts(let id):
      guard let current = reader.context.openCase.flatMap({ $0.incident.id == id ? $0.incident.facts : nil }), let typed = reader.facts() else {
        return nil
      }
      let (amendment, erased) = FactsAmendment.changes(from: current, to: typed, language: reader.context.language)
      // A correction replaces a value; the log has no way to say “no table any more”.
      for key in erased {
        reader.fail(key, reader.context.localized(LocalizedText("une correction remplace une valeur, elle ne peut pas l’effacer",
                                                    "a correction replaces a value; it cannot erase one")))
      }
      guard !reader.failed else { return nil }
      return .record(RecordRequest(id, .amend(amendment), message: LocalizedText("faits corrigés", "facts corrected")))
    case .payment(let id):
      let amount = reader.money(.amount)
      let when = reader.moment(.when)
      let method = reader.choice(.method)?.paymentMethod ?? .other
      guard let amount, !reader.failed else { return nil }
      return .record(RecordRequest(id, .recordPayment(Payment(amount: amount, method: method, reference: reader.text(.reference))),
                                   occurredAt: when, message: LocalizedText("paiement de ", "payment of ") + LocalizedText(amount.formatted(.french), amount.formatted(.english))))
    case .contact(let id):
      let followUp = reader.day(.followUp)
      let channel = reader.choice(.channel)?.contactChannel ?? .phone
      let outcome = reader.choice(.outcome)?.contactOutcome ?? .noAnswer
      guard !reader.failed else { return nil }
      return .record(RecordRequest(id, .recordContact(ContactAttempt(channel: channel, outcome: outcome, note: reader.text(.note), followUp: followUp)),
                                   message: LocalizedText("contact : ", "contact: ") + outcome.label))
    case .note(let id):
      guard let note = reader.text(.text), !reader.failed else { return nil }
      return .record(RecordRequest(id, .addNote(note), message: LocalizedText("note ajoutée", "note added")))
    case .followUp(let id):
      let followUp = reader.day(.day)
      guard !reader.failed else { return nil }
      return .record(RecordRequest(id, .scheduleFollowUp(followUp),
                                   message: followUp.map { LocalizedText("relance le " + $0.formatted(.french), "follow-up on " + $0.formatted(.english)) }
                                     ?? LocalizedText("relance annulée", "follow-up cleared")))
    case .evidence(let id):
      let kind = reader.choice(.kind)?.evidenceKind ?? .other
      guard let location = reader.text(.location), !reader.failed else { return nil }
      return .record(RecordRequest(id, .addEvidence(Evidence(kind: kind, location: location, note: reader.text(.note))),
                                   message: LocalizedText("preuve : ", "evidence: ") + kind.label))
    case .customer(let id):
      return reader.customer().map { Effect.saveCustomer(id, $0) }
    case .outcomeInput(let id, let stepID, let outcomeID, _):
      let value: OutcomeValue?
      if let method = reader.form.field(.method) {
        value = .paymentMethod(method.choice?.paymentMethod ?? .other)
      } else if reader.form.field(.day) != nil {
        let sent = reader.day(.day)
        let received = reader.day(.received)
        value = sent.map { sent in received.map { OutcomeValue.sentAndReceived(sent: sent, received: $0) } ?? .day(sent) }
      } else {
        value = reader.text(.reference).map(OutcomeValue.reference)
      }
      guard let value, !reader.failed else { return nil }
      return .record(RecordRequest(id, .chooseOutcome(step: stepID, outcome: outcomeID, value: value, note: nil),
                                   message: title, advancesGuide: true))
    case .plan(let id):
      return reader.plan(for: id).map { .record($0) }
    case .measure(let id):
      let kind = reader.choice(.kind)?.measureKind ?? .other
      let note = reader.text(.note)
      let day = reader.day(.day)
      guard !reader.failed else { return nil }
      return .record(RecordRequest(id, .recordMeasure(PreventionMeasure(kind: kind, note: note, day: day)),
                                   message: LocalizedText("mesure\u{202F}: ", "measure: ") + kind.label))
    }
  }
}
