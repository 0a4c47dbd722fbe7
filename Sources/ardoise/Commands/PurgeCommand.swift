import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise purge`: deletes customers' identities the retention rules no longer allow keeping.
  struct Purge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Effacer l’identité des clients et les documents de leurs dossiers selon les règles de conservation ; affiche une ligne par dossier (sans donnée personnelle).", "Purge customers' identities and their cases' documents under the retention rules; prints one line per case (no personal data).").inCommandLanguage,
      discussion: LocalizedText("""
        Dossiers payés (récupéré, erreur de bonne foi) : privacy.purge_paid_after_days après la clôture. Dossiers \
        impayés, ouverts ou clos : une fois la prescription civile passée (2 ans après le repas, 5 pour une \
        entreprise). Les dossiers avec une demande en justice en cours et les mises en demeure encore en cours sont \
        gardés, comme les autres dossiers ouverts. Les documents écrits pour un dossier effacé dans <data>/documents/ sont supprimés avec \
        l’identité ; ceux écrits ailleurs avec --out sont nommés sur la sortie d’erreur.
        """, """
        Paid cases (recovered, honest mistake): privacy.purge_paid_after_days after closing. Unpaid cases, open or \
        closed: once the civil time limit has passed (2 years from the meal, 5 for a business). Cases with a pending \
        court request and formal demands still running are kept, and so are other open cases. The documents written for a purged case \
        in <data>/documents/ are deleted with the identity; documents written elsewhere with --out are named on stderr.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Flag(help: .localized(LocalizedText("Dire seulement ce qui serait effacé.", "Only say what would be purged."))) var dryRun = false

    func run() throws {
      let context = try CommandContext(global)
      let language = context.language
      let policy = RetentionPolicy(config: context.config)
      let progress = Progress(language: language)
      let expired = context.store.expiredIdentities(policy: policy, today: context.today, progress: progress.handler)
      progress.finish()
      for (index, (id, reason)) in expired.enumerated() {
        if !dryRun {
          progress.update(ProgressReport(phase: LocalizedText("effacement", "purging"), done: index + 1, total: expired.count))
          do {
            try context.store.purgePersonalData(id, reason: reason)
          } catch let error as StoreError {
            progress.finish()
            throw Console.reportFailure(id.rawValue + LocalizedText(" : ", ": ")(language) + error.message(language))
          }
          progress.finish()
        }
        Console.print(id.rawValue + "  " + (dryRun ? LocalizedText("à effacer", "would purge")(language) : LocalizedText("effacé", "purged")(language))
                      + " — " + reason)
        let outside = context.store.incident(id).map { DocumentFiles.documentsOutside($0.incident) } ?? []
        if !outside.isEmpty {
          let files = outside.joined(separator: ", ")
          Console.warn(id.rawValue + LocalizedText("\u{202F}: documents écrits hors du dossier de données, à supprimer vous-même\u{202F}: ",
                                       ": documents written outside the data directory, delete them yourself: ")(language) + files)
        }
      }
    }
  }
}
