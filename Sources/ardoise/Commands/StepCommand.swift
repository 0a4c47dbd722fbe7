import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise step ID STEP done|skip|na|pending [--outcome O]`.
  struct Step: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Marquer une étape de la liste, avec un résultat si besoin.", "Mark a checklist step, optionally with an outcome.").inCommandLanguage,
      discussion: LocalizedText("""
        Un résultat s’enregistre et fait avancer le guide ; certains demandent --day (promesse de paiement, \
        mise en demeure envoyée : ajoutez --received au retour de l’accusé de réception) ou --ref (récépissé \
        de plainte, référence du tribunal). `ardoise show ID` montre où en est un dossier. Les étapes et leurs \
        résultats (un playbook.toml peut en ajouter) :

        """, """
        An outcome records itself and moves the guide on; some ask for --day (promise to pay, demand sent: \
        add --received once the acknowledgement of receipt is back) or --ref (complaint receipt, court reference). \
        `ardoise show ID` shows where a case stands. Steps and their outcomes (a playbook.toml may add others):

        """).inCommandLanguage + Playbook.standard.steps.map { step in
          outcomeLines(LocalizedText("  \(step.id.rawValue)\u{202F}: ", "  \(step.id.rawValue): ").inCommandLanguage, step.outcomes.map(\.id))
        }.joined(separator: "\n"))

  /// `head` then the ids, in lines of at most 76 columns, the next ones indented under the first
  /// (the parser would break a longer line and start its end at the margin).
  static func outcomeLines(_ head: String, _ ids: [String]) -> String {
    var lines = [head]
    for (index, id) in ids.enumerated() {
      let piece = id + (index < ids.count - 1 ? "," : "")
      if lines[lines.count - 1].count + piece.count + 1 > 76, lines[lines.count - 1] != head {
        lines.append("    " + piece)
      } else {
        lines[lines.count - 1] += (lines[lines.count - 1] == head ? "" : " ") + piece
      }
    }
    return lines.joined(separator: "\n")
  }

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Argument(help: .localized(LocalizedText("Identifiant de l’étape (liste ci-dessous).", "Step id (listed below)."), valueName: ValueName.step),
              completion: .list(Playbook.standard.stepIDs.map(\.rawValue))) var step: String
    @Argument(help: .localized(LocalizedText("Fait, passé, sans objet ou en attente (avec --outcome, par défaut : selon le résultat).", "Done, skipped, not applicable or pending (default with --outcome: as the outcome says)."),
                                valueName: LocalizedText("statut", "status"))) var status: StepMark?
    @Option(help: .localized(LocalizedText("Identifiant du résultat (liste ci-dessous).", "Outcome id (listed below)."), valueName: ValueName.outcome)) var outcome: String?
    @Option(help: .localized(LocalizedText("Jour demandé par le résultat (jour promis, jour d’envoi de la mise en demeure).", "Day asked by the outcome (promised day, day the demand was sent)."), valueName: ValueName.day("day"))) var day: String?
    @Option(help: .localized(LocalizedText("Avec demand-sent : le jour où le débiteur a reçu la demande (accusé de réception). En droit français, le délai court à partir de ce jour ; en Angleterre et au pays de Galles, il court de la date de la lettre et la réception n’y change rien.", "With demand-sent: the day the debtor received the demand (acknowledgement of receipt). Under French law the deadline counts from it; in England and Wales it counts from the letter’s date and receipt changes nothing."), valueName: ValueName.day("received"))) var received: String?
    @Option(help: .localized(LocalizedText("Référence demandée par le résultat (récépissé de plainte, référence du tribunal).", "Reference asked by the outcome (complaint receipt, court reference)."), valueName: ValueName.reference)) var ref: String?
    @Option(help: .localized(LocalizedText("Moyen de paiement pour « payé sur place ».", "Payment method for “paid on the spot”."), valueName: ValueName.method)) var method: PaymentMethod?
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une note.", "A note."))) var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let stepID = StepID(step.lowercased())
      guard context.playbook.step(stepID) != nil else {
        throw Console.reportFailure(LocalizedText("étape « \(step) » inconnue ; possibles : ", "no step “\(step)”; valid: ")(context.language)
                              + context.playbook.stepIDs.map(\.rawValue).joined(separator: ", "))
      }
      let intent: Intent
      if let outcome {
        if let status, status != .done {
          throw Console.reportFailure(LocalizedText("--outcome va avec « done » (ou rien)", "--outcome goes with “done” (or nothing)")(context.language))
        }
        try checkOptions(for: context.playbook.step(stepID)?.outcome(outcome), context: context)
        var value: OutcomeValue? = nil
        if let day { value = .day(try context.day(day, option: "--day")) }
        if let received, case .day(let sent)? = value {
          value = .sentAndReceived(sent: sent, received: try context.day(received, option: "--received"))
        }
        if let ref { value = .reference(ref) }
        if let method { value = .paymentMethod(method) }
        intent = .chooseOutcome(step: stepID, outcome: outcome, value: value, note: note)
      } else {
        guard let status else {
          throw Console.reportFailure(LocalizedText("indiquez done, skip, na ou pending, ou --outcome", "give done, skip, na or pending, or --outcome")(context.language))
        }
        intent = .markStep(stepID, status.status, note: note)
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
            ? LocalizedText("le jour d’envoi de la mise en demeure", "the day the demand was sent")
            : LocalizedText("le jour promis", "the promised day")
          throw Console.reportFailure(LocalizedText("« \(chosen.id) » demande --day JOUR (\(what.french), p. ex. --day 2026-11-30 ou --day 30/11)",
                                  "“\(chosen.id)” needs --day DAY (\(what.english), e.g. --day 2026-11-30)")(language)
                                + (ref == nil ? "" : LocalizedText(" ; --ref ne sert pas ici", "; --ref is not used here")(language)))
        }
        // A reference would replace the day: refuse it rather than lose the day the user gave.
        if ref != nil {
          throw Console.reportFailure(LocalizedText("« \(chosen.id) » ne prend pas --ref (le numéro du recommandé peut aller dans --note)",
                                  "“\(chosen.id)” takes no --ref (the registered letter’s number can go in --note)")(language))
        }
      case .reference?:
        if ref == nil {
          throw Console.reportFailure(LocalizedText("« \(chosen.id) » demande --ref RÉFÉRENCE", "“\(chosen.id)” needs --ref REFERENCE")(language))
        }
      case nil:
        break
      }
      if received != nil && chosen.effect != .demandSent {
        throw Console.reportFailure(LocalizedText("--received ne sert qu’avec une mise en demeure envoyée (demand-sent)",
                                "--received only goes with a formal demand sent (demand-sent)")(language))
      }
    }
  }
}
