import ArdoiseCore
import ArgumentParser
import Foundation

extension PlanRhythm: ExpressibleByArgument {}
extension RemainderPlacement: ExpressibleByArgument {}

extension Ardoise {
  /// `ardoise plan ID --parts N --first DAY [--every month|2weeks|week]`, `--days D1,D2,…`, `--cancel`.
  struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Convenir d’un échéancier pour ce qui reste dû, ou l’annuler.",
                              "Agree an instalment plan (échéancier) for what is owed, or cancel it.").inCommandLanguage,
      discussion: LocalizedText("""
        --parts 3 --first 2026-12-10 : trois échéances mensuelles à partir de ce jour
        --parts 4 --first +7 --every 2weeks : toutes les deux semaines (ou week : chaque semaine)
        --days 2026-12-10,2026-12-24,2027-01-15 : les jours tapés un par un (pas avec --every)
        --cancel : annuler l’échéancier en vigueur
        Les montants font le reste dû au centime près ; les centimes qui ne se partagent pas également vont sur \
        la première échéance (--remainder last : sur la dernière). Un nouvel échéancier remplace celui en vigueur \
        (renégociation) ; les deux restent dans le journal. Une échéance non payée est en retard dès le lendemain \
        de son jour.
        """, """
        --parts 3 --first 2026-12-10: three monthly instalments from that day
        --parts 4 --first +7 --every 2weeks: every two weeks (or week)
        --days 2026-12-10,2026-12-24,2027-01-15: days typed one by one (not with --every)
        --cancel: cancel the plan in force
        The amounts add up to the outstanding balance to the cent; the cents that do not divide evenly go on \
        the first instalment (--remainder last: on the last). A new plan replaces the one in force (renegotiation); \
        both stay in the log. An instalment not paid is late from the day after its due day.
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Option(help: .localized(LocalizedText("Combien d’échéances.", "How many instalments."), valueName: ValueName.parts)) var parts: Int?
    @Option(help: .localized(LocalizedText("Le jour de la première échéance : AAAA-MM-JJ, JJ/MM ou +7.", "The first due day: YYYY-MM-DD, DD/MM or +7."), valueName: ValueName.day("first"))) var first: String?
    @Option(help: ArgumentHelp(LocalizedText("Le rythme : month (chaque mois), 2weeks (toutes les deux semaines) ou week (chaque semaine).", "How often: month, 2weeks or week.").inCommandLanguage, valueName: "month|2weeks|week")) var every: PlanRhythm?
    @Option(help: .localized(LocalizedText("Les jours d’échéance un par un, séparés par des virgules (au lieu de --parts et --first).", "The due days one by one, comma-separated (instead of --parts and --first)."), valueName: ValueName.days("days"))) var days: String?
    @Option(help: ArgumentHelp(LocalizedText("L’échéance qui prend les centimes restants : first (la première) ou last (la dernière).", "Which instalment takes the odd cents: first or last.").inCommandLanguage, valueName: "first|last"))
    var remainder: RemainderPlacement = .first
    @Flag(help: .localized(LocalizedText("Annuler l’échéancier en vigueur.", "Cancel the plan in force."))) var cancel = false
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une note (avec --cancel).", "A note (with --cancel)."))) var note: String?

    func validate() throws {
      if cancel {
        guard parts == nil, first == nil, days == nil else { throw ValidationError(LocalizedText("--cancel va seul (avec --note)", "--cancel goes alone (with --note)")) }
      } else if days != nil {
        guard parts == nil, first == nil else { throw ValidationError(LocalizedText("--days remplace --parts et --first", "--days replaces --parts and --first")) }
        // The days are typed, so a rhythm has nothing to set (--remainder still places the odd cents).
        if every != nil {
          throw ValidationError(LocalizedText("--every ne va pas avec --days : les échéances sont les jours donnés",
                                              "--every does not go with --days: the instalments fall on the days given"))
        }
      } else {
        guard parts != nil, first != nil else { throw ValidationError(LocalizedText("donnez --parts N et --first JOUR, ou --days, ou --cancel",
                                                                                  "give --parts N and --first DAY, or --days, or --cancel")) }
      }
    }

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let language = context.language
      if cancel {
        try context.perform(.cancelPlan(note: note), on: caseID)
        Console.print(LocalizedText("Échéancier annulé.", "Payment plan cancelled.")(language))
        return
      }
      guard let stored = context.store.incident(caseID) else { throw Console.reportFailure(StoreError.notFound(id).message(language)) }
      let schedule: PlanSchedule
      if let days {
        schedule = .days(try days.split(separator: ",").map { try context.day(String($0).trimmingCharacters(in: .whitespaces), option: "--days") })
      } else {
        schedule = .every(every ?? .month, first: try context.day(first ?? "", option: "--first"), parts: parts ?? 0)
      }
      switch InstalmentPlan.make(outstanding: stored.incident.outstanding, schedule: schedule, remainderOn: remainder) {
      case .failure(let refusal):
        throw Console.reportFailure(refusal.message(language))
      case .success(let plan):
        let incident = try context.perform(.agreePlan(plan), on: caseID)
        Console.print(LocalizedText("Échéancier convenu :", "Payment plan agreed:")(language))
        for line in incident.planLines(today: context.today, language: language) { Console.print("  " + line) }
      }
    }
  }
}
