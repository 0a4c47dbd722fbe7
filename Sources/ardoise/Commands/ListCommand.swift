import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise list`: the cases, open first, newest first.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List cases (open ones by default).")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Every case, open and closed.") var all = false
    @Flag(help: "Closed cases only.") var closed = false
    @Flag(help: "Output JSON.") var json = false

    func validate() throws {
      if all && closed { throw ValidationError("--all and --closed cannot be used together") }
    }

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let chosen = context.store.incidents
        .filter { all || (closed ? !$0.incident.isOpen : $0.incident.isOpen) }
        .sorted { lhs, rhs in
          if lhs.incident.isOpen != rhs.incident.isOpen { return lhs.incident.isOpen }
          return (lhs.incident.facts.occurredAt, lhs.incident.id) > (rhs.incident.facts.occurredAt, rhs.incident.id)
        }
      if json {
        Console.print(Output.json(chosen.map { Output.json($0, playbook: context.playbook) }))
        return
      }
      guard !chosen.isEmpty else {
        Console.print(L("Aucun dossier. Pour enregistrer un départ sans payer : ardoise new --amount 42,50 (ou ardoise pour l’écran).",
                        "No cases. To record a walkout: ardoise new --amount 42.50 (or ardoise for the screen).")(language))
        return
      }
      let today = context.today
      var rows = [[
        "ID", L("Date", "Date")(language), L("Table", "Table")(language), L("Montant", "Amount")(language),
        L("Reste dû", "Outstanding")(language), L("Étape", "Step")(language), L("Relance", "Follow-up")(language),
        L("Statut", "Status")(language),
      ]]
      for stored in chosen {
        let incident = stored.incident
        var followUp = incident.isOpen ? incident.followUp?.formatted(language) ?? "" : ""
        if incident.isOverdue(today: today) { followUp += L(" EN RETARD", " OVERDUE")(language) }
        rows.append([
          incident.id.rawValue + (stored.isReadOnly ? " !" : ""), incident.facts.occurredAt.formatted(language),
          incident.facts.table ?? "", incident.facts.amount.formatted(language), incident.outstanding.formatted(language),
          incident.stepSummary(in: context.playbook, language: language), followUp, incident.statusLabel(language),
        ])
      }
      Console.print(Output.table(rows))
    }
  }
}
