import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise step ID STEP done|skip|na|pending [--outcome O]`.
  struct Step: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Mark a checklist step, optionally with an outcome.",
      discussion: """
        An outcome records itself and moves the guide on; some ask for --day (promise to pay, demand sent:         add --received once the acknowledgement of receipt is back) or --ref (complaint receipt, court reference).         `ardoise show ID` shows where a case stands. Steps and their outcomes (a playbook.toml may add others):

        """ + Playbook.standard.steps.map { step in
          "  \(step.id.rawValue): " + step.outcomes.map(\.id).joined(separator: ", ")
        }.joined(separator: "\n"))

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Argument(help: "Step id.") var step: String
    @Argument(help: "done, skip, na or pending (default with --outcome: as the outcome says).") var status: String?
    @Option(help: "Outcome id (listed below).") var outcome: String?
    @Option(help: "Day asked by the outcome (promised day, day the demand was sent).") var day: String?
    @Option(help: "With demand-sent: the day the debtor received the demand (acknowledgement of receipt); the deadline counts from it.") var received: String?
    @Option(help: "Reference asked by the outcome (complaint receipt, court reference).") var ref: String?
    @Option(help: "Payment method for “paid on the spot”.") var method: String?
    @Option(parsing: .unconditional, help: "A note.") var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let stepID = StepID(step.lowercased())
      guard context.playbook.step(stepID) != nil else {
        throw Console.failure(L("étape « \(step) » inconnue ; possibles : ", "no step “\(step)”; valid: ")(context.language)
                              + context.playbook.stepIDs.map(\.rawValue).joined(separator: ", "))
      }
      let intent: Intent
      if let outcome {
        if let status, status != "done" {
          throw Console.failure(L("--outcome va avec « done » (ou rien)", "--outcome goes with “done” (or nothing)")(context.language))
        }
        try checkOptions(for: context.playbook.step(stepID)?.outcome(outcome), context: context)
        var value: OutcomeValue? = nil
        if let day { value = .day(try context.day(day, option: "--day")) }
        if let received, case .day(let sent)? = value {
          value = .sentAndReceived(sent: sent, received: try context.day(received, option: "--received"))
        }
        if let ref { value = .reference(ref) }
        if let method { value = .paymentMethod(try context.choice(method, PaymentMethod.self, option: "--method")) }
        intent = .chooseOutcome(step: stepID, outcome: outcome, value: value, note: note)
      } else {
        guard let status else {
          throw Console.failure(L("indiquez done, skip, na ou pending, ou --outcome", "give done, skip, na or pending, or --outcome")(context.language))
        }
        let statuses: [String: StepStatus] = ["done": .done, "skip": .skipped, "skipped": .skipped, "na": .notApplicable,
                                              "not-applicable": .notApplicable, "pending": .pending]
        guard let parsed = statuses[status.lowercased()] else {
          throw Console.failure(L("statut « \(status) » inconnu ; possibles : done, skip, na, pending",
                                  "unknown status “\(status)”; valid: done, skip, na, pending")(context.language))
        }
        intent = .markStep(stepID, parsed, note: note)
      }
      let incident = try context.perform(intent, on: caseID)
      Console.print(incident.stepSummary(in: context.playbook, language: context.language))
    }

    /// Fails with the option an outcome needs when it is missing, or names an option it does not use.
    func checkOptions(for chosen: ArdoiseCore.Outcome?, context: CommandContext) throws {
      guard let chosen else { return }  // an unknown outcome is refused below, with the known ones
      let language = context.language
      switch chosen.effect.requiredInput {
      case .day?:
        if day == nil {
          let what = chosen.effect == .demandSent
            ? L("le jour d’envoi de la mise en demeure", "the day the demand was sent")
            : L("le jour promis", "the promised day")
          throw Console.failure(L("« \(chosen.id) » demande --day JOUR (\(what.french), p. ex. --day 2026-11-30 ou --day 30/11)",
                                  "“\(chosen.id)” needs --day DAY (\(what.english), e.g. --day 2026-11-30)")(language)
                                + (ref == nil ? "" : L(" ; --ref ne sert pas ici", "; --ref is not used here")(language)))
        }
      case .reference?:
        if ref == nil {
          throw Console.failure(L("« \(chosen.id) » demande --ref RÉFÉRENCE", "“\(chosen.id)” needs --ref REFERENCE")(language))
        }
      case nil:
        break
      }
      if received != nil && chosen.effect != .demandSent {
        throw Console.failure(L("--received ne sert qu’avec une mise en demeure envoyée (demand-sent)",
                                "--received only goes with a formal demand sent (demand-sent)")(language))
      }
    }
  }

  /// `ardoise pay ID AMOUNT`.
  struct Pay: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a payment (partial or full).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Argument(help: "Amount received, e.g. 20 or 42,50.") var amount: String
    @Option(help: "cash, card, transfer, cheque, online or other.") var method: String = "other"
    @Option(help: "Receipt, transfer or cheque reference.") var ref: String?
    @Option(help: "When it was received (default: now).") var at: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let money = try context.money(amount, option: "AMOUNT")
      let paymentMethod = try context.choice(method, PaymentMethod.self, option: "--method")
      let moment = try at.map { try context.timestamp($0, option: "--at") }
      let incident = try context.perform(.recordPayment(Payment(amount: money, method: paymentMethod, reference: ref.clean)),
                                         on: caseID, occurredAt: moment)
      let language = context.language
      Console.print(L("reste dû : ", "outstanding: ")(language) + incident.outstanding.formatted(language)
                    + (incident.isOpen ? "" : " — " + incident.statusLabel(language)))
      if let settled = incident.settlementStatement { Console.print(settled(language)) }
    }
  }

  /// `ardoise contact ID --channel C --outcome O`.
  struct Contact: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a contact attempt and the next follow-up day.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "phone, email, sms, letter or in-person.") var channel: String
    @Option(help: "no-answer, left-message, reached, promised-to-pay, refused, disputed, wrong-contact or sent.") var outcome: String
    @Option(help: "Next follow-up day: YYYY-MM-DD, DD/MM or +3 (in three days).") var followUp: String?
    @Option(parsing: .unconditional, help: "A note.") var note: String?
    @Option(help: "When it happened (default: now).") var at: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let attempt = ContactAttempt(
        channel: try context.choice(channel, ContactChannel.self, option: "--channel"),
        outcome: try context.choice(outcome, ContactOutcome.self, option: "--outcome"),
        note: note.clean, followUp: try followUp.map { try context.day($0, option: "--follow-up") })
      let moment = try at.map { try context.timestamp($0, option: "--at") }
      let incident = try context.perform(.recordContact(attempt), on: caseID, occurredAt: moment)
      Console.print(L("relance : ", "follow-up: ")(context.language) + (incident.followUp?.formatted(context.language) ?? "–"))
    }
  }

  /// `ardoise note ID TEXT`.
  struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a note to a case's timeline.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Argument(help: "The note.") var text: String

    func run() throws {
      let context = try CommandContext(global)
      try context.perform(.addNote(text), on: try context.resolve(id))
    }
  }

  /// `ardoise close ID --resolution R`.
  struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Close a case with a resolution.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "recovered, partly-recovered, honest-mistake, written-off or police-or-court.") var resolution: String
    @Option(parsing: .unconditional, help: "A note.") var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let chosen = try context.choice(resolution, Resolution.self, option: "--resolution")
      let incident = try context.perform(.close(chosen, note: note), on: caseID)
      Console.print(incident.statusLabel(context.language))
    }
  }

  /// `ardoise reopen ID`.
  struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Reopen a closed case.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(parsing: .unconditional, help: "A note: why it is reopened.") var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let incident = try context.perform(.reopen(note: note), on: try context.resolve(id))
      Console.print(incident.statusLabel(context.language))
    }
  }
}
