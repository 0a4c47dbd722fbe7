import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise purge`: deletes customers' identities the retention rules no longer allow keeping.
  struct Purge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Effacer l’identité des clients, les documents et brouillons d’e-mail de leurs dossiers selon les règles de conservation ; affiche une ligne par dossier (sans donnée personnelle).", "Purge customers' identities and their cases' documents and mail drafts under the retention rules; prints one line per case (no personal data).").inCommandLanguage,
      discussion: LocalizedText("""
        Dossiers payés (récupéré, erreur de bonne foi) : privacy.purge_paid_after_days après la clôture. Dossiers \
        impayés, ouverts ou clos : une fois la prescription civile passée (2 ans après le repas, 5 pour une \
        entreprise). Les dossiers avec une demande en justice en cours et les mises en demeure encore en cours sont \
        gardés, comme les autres dossiers ouverts. Les documents écrits pour un dossier effacé dans <data>/documents/ \
        et ses brouillons d’e-mail non envoyés dans <data>/outbox/ sont supprimés avec l’identité ; ceux écrits ailleurs \
        avec --out sont nommés sur la sortie d’erreur. Un répertoire documents/ ou outbox/ qui est un lien symbolique \
        n’est jamais suivi : l’identité est alors gardée et l’erreur signalée, dossier par dossier.
        """, """
        Paid cases (recovered, honest mistake): privacy.purge_paid_after_days after closing. Unpaid cases, open or \
        closed: once the civil time limit has passed (2 years from the meal, 5 for a business). Cases with a pending \
        court request and formal demands still running are kept, and so are other open cases. The documents written for a purged case \
        in <data>/documents/ and its unsent mail drafts in <data>/outbox/ are deleted with the identity; documents written \
        elsewhere with --out are named on stderr. A documents/ or outbox/ folder that is a symbolic link is never followed: \
        the identity is then kept and the error reported, case by case.
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
      var failed = 0
      for (index, (id, reason)) in expired.enumerated() {
        var deleted: LocalizedText?
        if !dryRun {
          progress.update(ProgressReport(phase: LocalizedText("effacement", "purging"), done: index + 1, total: expired.count))
          do {
            deleted = try context.store.purgePersonalData(id, reason: reason).summary
            progress.finish()
          } catch let error as StoreError {
            // This case keeps its identity (the next purge tries again); the others go on.
            progress.finish()
            Console.warn(id.rawValue + LocalizedText(" : ", ": ")(language) + error.message(language))
            failed += 1
            continue
          }
        }
        Console.print(id.rawValue + "  " + (dryRun ? LocalizedText("à effacer", "would purge")(language) : LocalizedText("effacé", "purged")(language))
                      + " — " + reason + (deleted.map { " — " + $0(language) } ?? ""))
        let outside = context.store.incident(id).map { DocumentFiles.documentsOutside($0.incident) } ?? []
        if !outside.isEmpty {
          let files = outside.joined(separator: ", ")
          Console.warn(id.rawValue + LocalizedText("\u{202F}: documents écrits hors du dossier de données, à supprimer vous-même\u{202F}: ",
                                       ": documents written outside the data directory, delete them yourself: ")(language) + files)
        }
      }
      if failed > 0 { throw ExitCode(1) }
    }
  }
}
