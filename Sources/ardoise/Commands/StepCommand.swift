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
}
