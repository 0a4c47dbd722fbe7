import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise contact ID --channel C --outcome O`.
  struct Contact: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Enregistrer une prise de contact et le jour de la prochaine relance.", "Record a contact attempt and the next follow-up day.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Option(help: .localized(LocalizedText("Le moyen de contact.", "How the customer was contacted."), valueName: ValueName.channel)) var channel: ContactChannel
    @Option(help: .localized(LocalizedText("Ce qu’a donné la prise de contact.", "What came of the contact."), valueName: ValueName.outcome)) var outcome: ContactOutcome
    @Option(help: .localized(LocalizedText("Jour de la prochaine relance : AAAA-MM-JJ, JJ/MM ou +3 (dans trois jours).", "Next follow-up day: YYYY-MM-DD, DD/MM or +3 (in three days)."), valueName: ValueName.day("follow-up"))) var followUp: String?
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une note.", "A note."))) var note: String?
    @Option(help: .localized(LocalizedText("Quand c’est arrivé (par défaut : maintenant).", "When it happened (default: now)."), valueName: ValueName.at)) var at: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let attempt = ContactAttempt(
        channel: channel,
        outcome: outcome,
        note: note.clean, followUp: try followUp.map { try context.day($0, option: "--follow-up") })
      let moment = try at.map { try context.timestamp($0, option: "--at") }
      let incident = try context.perform(.recordContact(attempt), on: caseID, occurredAt: moment)
      Console.print(LocalizedText("relance : ", "follow-up: ")(context.language) + (incident.followUp?.formatted(context.language) ?? "–"))
    }
  }
}
