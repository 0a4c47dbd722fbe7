import ArdoiseCore
import Foundation

extension AppState {
  mutating func handleFormKey(_ key: Key) -> [Effect] {
    guard case .form(var form)? = overlay else { return [] }
    let command = Keymap.command(for: key, in: .form)
    let fieldIndex = form.focus
    let isChoice: Bool = { if case .choice = form.fields[fieldIndex].kind { return true } else { return false } }()
    switch command {
    case .nextField?:
      form.focus = (form.focus + 1) % form.fields.count
    case .previousField?:
      form.focus = (form.focus - 1 + form.fields.count) % form.fields.count
    case .submit?:
      overlay = .form(form)
      return submit(form)
    case .cancel?:
      if form.isDirty {
        overlay = .confirm(ConfirmState(question: t(L("Abandonner ce qui a été saisi ?", "Discard what was typed?")),
                                        pending: .discardForm(form)))
      } else {
        overlay = nil
      }
      return []
    case .quit?:
      overlay = .form(form)
      return quit()
    default:
      if isChoice, case .choice(let choices) = form.fields[fieldIndex].kind, !choices.isEmpty {
        switch key {
        case .right, .character(" "):
          form.fields[fieldIndex].choiceIndex = (form.fields[fieldIndex].choiceIndex + 1) % choices.count
          form.isDirty = true
        case .left:
          form.fields[fieldIndex].choiceIndex = (form.fields[fieldIndex].choiceIndex - 1 + choices.count) % choices.count
          form.isDirty = true
        case .character(let character):
          let typed = String(character).lowercased()
          if let match = choices.firstIndex(where: { t($0.label).lowercased().hasPrefix(typed) }) {
            form.fields[fieldIndex].choiceIndex = match
            form.isDirty = true
          }
        default:
          break
        }
      } else if form.fields[fieldIndex].input.handle(key) {
        // Typing or deleting changes the form; moving the cursor does not.
        switch key {
        case .character, .backspace, .delete, .control("u"), .control("k"), .control("d"): form.isDirty = true
        default: break
        }
        form.fields[fieldIndex].error = nil
      }
    }
    overlay = .form(form)
    return []
  }

  /// Validates every field as the command line would; on success returns the effect and keeps
  /// the form open until the store says it is saved.
  mutating func submit(_ original: FormState) -> [Effect] {
    var form = original
    form.error = nil
    for index in form.fields.indices { form.fields[index].error = nil }
    var failed = false
    func fail(_ key: String, _ message: String) {
      form.setError(message, on: key)
      if !failed, let index = form.fields.firstIndex(where: { $0.key == key }) { form.focus = index }
      failed = true
    }
    func text(_ key: String) -> String? {
      guard let value = form.field(key)?.value, !value.isEmpty else { return nil }
      return value
    }
    for field in form.fields where field.isRequired && field.value.isEmpty {
      fail(field.key, t(L("à remplir", "required")))
    }
    func money(_ key: String) -> Money? {
      guard let value = text(key) else { return nil }
      do { return try Money.parse(value, currency: currency) } catch let error as MoneyParsingError {
        fail(key, error.message(language))
      } catch { fail(key, "\(error)") }
      return nil
    }
    func day(_ key: String) -> CalendarDay? {
      guard let value = text(key) else { return nil }
      do { return try CalendarDay.parse(value, today: today) } catch let error as DateParsingError {
        fail(key, error.message(language))
      } catch { fail(key, "\(error)") }
      return nil
    }
    func moment(_ key: String) -> Timestamp? {
      guard let value = text(key) else { return nil }
      do { return try Timestamp.parse(value, now: clock, timeZone: timeZone) } catch let error as DateParsingError {
        fail(key, error.message(language))
      } catch { fail(key, "\(error)") }
      return nil
    }

    /// The facts as typed, nil when a field is refused.
    func facts() -> IncidentFacts? {
      let amount = money("amount")
      let when = moment("when")
      var covers: Int?
      if let value = text("covers") {
        switch IncidentFacts.parseCovers(value) {
        case .success(let count): covers = count
        case .failure(let refusal): fail("covers", refusal.message(language))
        }
      }
      guard let amount, let when, !failed else { return nil }
      return IncidentFacts(occurredAt: when, amount: amount, table: text("table"), covers: covers, server: text("server"),
                           bill: text("bill"), summary: text("summary"), customerDescription: text("description"))
    }

    var effect: Effect?
    switch form.purpose {
    case .newIncident:
      effect = facts().map(Effect.create)
    case .amendFacts(let id):
      guard let current = cases[id]?.incident.facts, let typed = facts() else { break }
      let (amendment, erased) = FactsAmendment.changes(from: current, to: typed, language: language)
      // A correction replaces a value; the log has no way to say “no table any more”.
      for key in erased { fail(key, t(L("une correction remplace une valeur, elle ne peut pas l’effacer", "a correction replaces a value; it cannot erase one"))) }
      if !failed {
        effect = .record(RecordRequest(id, .amend(amendment), message: L("faits corrigés", "facts corrected")))
      }
    case .payment(let id):
      let amount = money("amount")
      let when = moment("when")
      let method = PaymentMethod(rawValue: form.field("method")?.value ?? "") ?? .other
      if let amount, !failed {
        effect = .record(RecordRequest(id, .recordPayment(Payment(amount: amount, method: method, reference: text("reference"))),
                                       occurredAt: when, message: L("paiement de ", "payment of ") + L(amount.formatted(.french), amount.formatted(.english))))
      }
    case .contact(let id):
      let followUp = day("followUp")
      let channel = ContactChannel(rawValue: form.field("channel")?.value ?? "") ?? .phone
      let outcome = ContactOutcome(rawValue: form.field("outcome")?.value ?? "") ?? .noAnswer
      if !failed {
        effect = .record(RecordRequest(id, .recordContact(ContactAttempt(channel: channel, outcome: outcome, note: text("note"), followUp: followUp)),
                                       message: L("contact : ", "contact: ") + outcome.label))
      }
    case .note(let id):
      if let note = text("text"), !failed {
        effect = .record(RecordRequest(id, .addNote(note), message: L("note ajoutée", "note added")))
      }
    case .followUp(let id):
      let followUp = day("day")
      if !failed {
        effect = .record(RecordRequest(id, .scheduleFollowUp(followUp),
                                       message: followUp.map { L("relance le " + $0.formatted(.french), "follow-up on " + $0.formatted(.english)) }
                                         ?? L("relance annulée", "follow-up cleared")))
      }
    case .evidence(let id):
      let kind = EvidenceKind(rawValue: form.field("kind")?.value ?? "") ?? .other
      if let location = text("location"), !failed {
        effect = .record(RecordRequest(id, .addEvidence(Evidence(kind: kind, location: location, note: text("note"))),
                                       message: L("preuve : ", "evidence: ") + kind.label))
      }
    case .outcomeInput(let id, let stepID, let outcomeID, _):
      var value: OutcomeValue?
      if let method = form.field("method") {
        value = .paymentMethod(PaymentMethod(rawValue: method.value) ?? .other)
      } else if form.field("day") != nil {
        value = day("day").map(OutcomeValue.day)
      } else {
        value = text("reference").map(OutcomeValue.reference)
      }
      if let value, !failed {
        effect = .record(RecordRequest(id, .chooseOutcome(step: stepID, outcome: outcomeID, value: value, note: nil),
                                       message: form.title, advancesGuide: true))
      }
    }
    overlay = .form(form)
    return effect.map { [$0] } ?? []
  }
}
