import ArdoiseCore
import ArgumentParser
import Foundation

extension PlanRhythm: ExpressibleByArgument {}
extension RemainderPlacement: ExpressibleByArgument {}

extension Ardoise {
  /// `ardoise plan ID --parts N --first DAY [--every month|2weeks|week]`, `--days D1,D2,…`, `--cancel`.
  struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Agree an instalment plan (échéancier) for what is owed, or cancel it.",
      discussion: """
        --parts 3 --first 2026-12-10: three monthly instalments from that day
        --parts 4 --first +7 --every 2weeks: every two weeks (or week)
        --days 2026-12-10,2026-12-24,2027-01-15: days typed one by one (not with --every)
        --cancel: cancel the plan in force
        The amounts add up to the outstanding balance to the cent; the cents that do not divide evenly go on \
        the first instalment (--remainder last: on the last). A new plan replaces the one in force (renegotiation); \
        both stay in the log. An instalment not paid is late from the day after its due day.
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "How many instalments.") var parts: Int?
    @Option(help: "The first due day: YYYY-MM-DD, DD/MM or +7.") var first: String?
    @Option(help: ArgumentHelp("How often: month, 2weeks or week.", valueName: "month|2weeks|week")) var every: PlanRhythm?
    @Option(help: "The due days one by one, comma-separated (instead of --parts and --first).") var days: String?
    @Option(help: ArgumentHelp("Which instalment takes the odd cents: first or last.", valueName: "first|last"))
    var remainder: RemainderPlacement = .first
    @Flag(help: "Cancel the plan in force.") var cancel = false
    @Option(parsing: .unconditional, help: "A note (with --cancel).") var note: String?

    func validate() throws {
      if cancel {
        guard parts == nil, first == nil, days == nil else { throw ValidationError("--cancel goes alone (with --note)") }
      } else if days != nil {
        guard parts == nil, first == nil else { throw ValidationError("--days replaces --parts and --first") }
        // The days are typed, so a rhythm has nothing to set (--remainder still places the odd cents).
        if every != nil {
          throw Console.reportFailure(LocalizedText("--every ne va pas avec --days : les échéances sont les jours donnés",
                                                    "--every does not go with --days: the instalments fall on the days given").inCommandLanguage)
        }
      } else {
        guard parts != nil, first != nil else { throw ValidationError("give --parts N and --first DAY, or --days, or --cancel") }
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
