import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise court-order ID DAY [--served DAY]`: the court made its order (injonction de payer,
  /// county court judgment); the agenda then counts the time to serve it and the time to object.
  struct CourtOrder: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "court-order",
      abstract: LocalizedText("Enregistrer l’ordonnance du tribunal (injonction de payer, jugement) ; l’agenda montre le délai pour la signifier et celui pour y faire opposition.",
                              "Record the court's order (payment order, judgment); the agenda shows the time to serve it and to object.").inCommandLanguage,
      discussion: LocalizedText("""
        Enregistrée comme le résultat `court-order` de l’étape des autorités. Relancez la commande avec --served \
        une fois l’ordonnance signifiée : l’agenda montre alors la fin du délai d’opposition au lieu du délai de \
        signification. Les délais viennent du registre juridique de la juridiction du restaurant (`ardoise legal`) ; \
        là où ardoise n’en a aucun, l’agenda dit de vérifier auprès du tribunal, sans date.
        """, """
        Recorded as the authorities step's outcome `court-order`. Run it again with --served once the order is \
        served: the agenda then shows the end of the time to object instead of the time to serve. The times \
        come from the legal registry for the restaurant's jurisdiction (`ardoise legal`); where ardoise holds \
        none, the agenda says to check with the court, with no date.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Argument(help: .localized(LocalizedText("Le jour où l’ordonnance a été rendue.", "The day the order was made."), valueName: ValueName.day("day"))) var day: String
    @Option(help: .localized(LocalizedText("Le jour où elle a été signifiée au débiteur.", "The day it was served on the debtor."), valueName: ValueName.day("served"))) var served: String?
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une note (le tribunal, la référence de l’ordonnance).", "A note (the court, the order's reference)."))) var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let caseID = try context.resolve(id)
      let found = context.playbook.steps.lazy.compactMap { step in
        step.outcomes.first { $0.effect == .courtOrderMade }.map { (step: step.id, outcome: $0.id) }
      }.first
      guard let found else {
        throw Console.reportFailure(LocalizedText("le déroulé (playbook.toml) n’a pas d’issue « ordonnance rendue » (effet court-order-made)",
                                "the playbook (playbook.toml) has no “order made” outcome (effect court-order-made)")(language))
      }
      let made = try context.day(day, option: "DAY")
      let value: OutcomeValue = try served.map { .sentAndReceived(sent: made, received: try context.day($0, option: "--served")) } ?? .day(made)
      let incident = try context.perform(.chooseOutcome(step: found.step, outcome: found.outcome, value: value, note: note), on: caseID)
      Console.print(incident.stepSummary(in: context.playbook, language: language))
      // What the order starts, from the agenda's rules for the restaurant's jurisdiction.
      let rules = AgendaRules(clocks: AgendaClocks(config: context.config))
      let kind = incident.hasIdentifiedCustomer ? context.store.customer(of: caseID)?.kind : nil
      let started: Set<AgendaItem.Kind> = [.orderService, .objection, .courtCheck]
      for item in rules.items(for: AgendaCase(incident, debtorKind: kind), today: context.today) where started.contains(item.kind) {
        var line = item.kind.label(language)
        if item.kind != .courtCheck { line += LocalizedText("\u{202F}: ", ": ")(language) + item.day.formatted(language) }
        if let source = item.source { line += " (" + source(language) + ")" }
        Console.print(line)
        if let note = item.note { Console.print("  " + note(language)) }
      }
    }
  }
}
