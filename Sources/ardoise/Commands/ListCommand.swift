import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise list`: the cases, open first, newest first.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Lister les dossiers (les ouverts par défaut).", "List cases (open ones by default).").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Flag(help: .localized(LocalizedText("Tous les dossiers, ouverts et clos.", "Every case, open and closed."))) var all = false
    @Flag(help: .localized(LocalizedText("Seulement les dossiers clos.", "Closed cases only."))) var closed = false
    @Flag(help: .localized(LocalizedText("Dossiers ouverts dont la relance tombe aujourd’hui ou est en retard : qui relancer maintenant.", "Open cases whose follow-up is today or overdue: who to chase now."))) var due = false
    @Flag(help: .localized(LocalizedText("Sortie en JSON.", "Output JSON."))) var json = false
    @OptionGroup var groupOption: GroupOption
    /// `--group`: every site of the group.
    var group: Bool { groupOption.group }

    func validate() throws {
      if [all, closed, due].filter({ $0 }).count > 1 { throw ValidationError(LocalizedText("--all, --closed et --due ne vont pas ensemble", "--all, --closed and --due cannot be used together")) }
    }

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      // A case whose first line is damaged cannot be listed: say so, on stderr, whatever the format
      // (one such file is named with its line; several are counted).
      if let notice = context.store.damagedCasesNotice { Console.warn(notice(language)) }
      let today = context.today
      let includes = { (summary: IncidentSummary) -> Bool in
        if self.all { return true }
        if closed { return !summary.isOpen }
        if due { return summary.isOpen && (summary.followUp.map { $0 <= today } ?? false) }
        return summary.isOpen
      }
      if group { return try GroupViews.list(context, json: json, includes: includes) }
      let all = context.store.summaries.filter(includes)
      // Logs read in full (no summary cache yet, or changed elsewhere) leave their summaries in
      // the cache, so that the next list reads them no more; a snapshot is written on another
      // thread meanwhile. `--json` reads every log again for its details either way.
      context.store.writesSummaryCacheInBackground = true
      context.store.saveSummaryCache()
      defer { context.store.finishSummaryCompaction() }
      // Sort small keys, not whole summaries: open first, then newest, then id.
      let order = all.indices.map { (isOpen: all[$0].isOpen, at: all[$0].occurredAt, id: all[$0].id, index: $0) }
        .sorted { lhs, rhs in
          if lhs.isOpen != rhs.isOpen { return lhs.isOpen }
          return (lhs.at, lhs.id) > (rhs.at, rhs.id)
        }
      let summaries = order.map { all[$0.index] }
      if json {
        CaseJSON.printArray(summaries.map(\.id), store: context.store, playbook: context.playbook)
        return
      }
      if summaries.isEmpty && due {
        Console.print(LocalizedText("Aucune relance due aujourd’hui.", "No follow-up due today.")(language))
        return
      }
      guard !summaries.isEmpty else {
        Console.print(LocalizedText("Aucun dossier. Pour enregistrer un départ sans payer : ardoise new --amount 42,50 (ou ardoise pour l’écran).",
                        "No cases. To record a walkout: ardoise new --amount 42.50 (or ardoise for the screen).")(language))
        return
      }
      var rows = [[
        "ID", LocalizedText("Date", "Date")(language), LocalizedText("Table", "Table")(language), LocalizedText("Montant", "Amount")(language),
        LocalizedText("Reste dû", "Outstanding")(language), LocalizedText("Étape", "Step")(language), LocalizedText("Relance", "Follow-up")(language),
        LocalizedText("Statut", "Status")(language),
      ]]
      for summary in summaries {
        var followUp = summary.isOpen ? summary.followUp?.formatted(language) ?? "" : ""
        if summary.isOverdue(today: today) { followUp += LocalizedText(" EN RETARD", " OVERDUE")(language) }
        rows.append([
          summary.id.rawValue + (summary.isReadOnly ? " !" : ""), summary.occurredAt.formatted(language),
          summary.table ?? "", summary.amount.formatted(language), summary.outstanding.formatted(language),
          summary.stepSummary(in: context.playbook, language: language), followUp, summary.statusLabel(language),
        ])
      }
      Console.print(Output.table(rows))
    }
  }
}
