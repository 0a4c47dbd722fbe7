import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise measure ID KIND [--day DAY] [--note TEXT]`: a prevention measure taken after this walkout.
  struct Measure: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Enregistrer une mesure de prévention prise après ce départ sans payer.", "Record a prevention measure taken after this walkout.").inCommandLanguage,
      discussion: LocalizedText("""
        La mesure entre dans l’historique du dossier, prise le jour dit par --day (par défaut aujourd’hui, pas avant \
        le départ sans payer ni dans le futur)\u{202F}; `ardoise stats` compte les mesures prises sur la période, à ce \
        jour-là, par type, pour comparer avant et après (--compare-from, --compare-to).
        """, """
        The measure goes into the case's timeline, taken on the day given by --day (today by default, not before \
        the walkout nor in the future); `ardoise stats` counts the measures taken in the period, on that day, by \
        kind, to compare before and after (--compare-from, --compare-to).
        """).inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Argument(help: .localized(LocalizedText("La mesure prise.", "The measure taken."), valueName: ValueName.kind)) var kind: PreventionMeasure.Kind
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une note (obligatoire pour «\u{202F}other\u{202F}»).", "A note (required for “other”)."))) var note: String?
    @Option(help: .localized(LocalizedText("Le jour où la mesure a été prise (2026-11-02, 02/11, hier…)\u{202F}; par défaut aujourd’hui.",
                                           "The day the measure was taken (2026-11-02, 02/11, yesterday…); today by default."),
                            valueName: ValueName.day("day"))) var day: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let taken = try day.map { try context.day($0, option: "--day") }
      let incident = try context.perform(.recordMeasure(PreventionMeasure(kind: kind, note: note.clean, day: taken)), on: caseID)
      if let event = incident.events.last {
        Console.print(TimelineText.describe(event, playbook: context.playbook, jurisdiction: context.config.jurisdiction, language: context.language))
      }
    }
  }
}
