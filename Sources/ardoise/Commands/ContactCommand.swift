import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise contact ID --channel C --outcome O`.
  struct Contact: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a contact attempt and the next follow-up day.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "phone, email, sms, letter or in-person.") var channel: String
    @Option(help: "no-answer, left-message, reached, promised-to-pay, refused, disputed, wrong-contact or sent.") var outcome: String
    @Option(help: "Next follow-up day: YYYY-MM-DD, DD/MM or +3 (in three days).") var followUp: String?
    @Option(parsing: .unconditional, help: "A note.") var note: String?
    @Option(help: "When it happened (default: now).") var at: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let attempt = ContactAttempt(
        channel: try context.choice(channel, ContactChannel.self, option: "--channel"),
        outcome: try context.choice(outcome, ContactOutcome.self, option: "--outcome"),
        note: note.clean, followUp: try followUp.map { try context.day($0, option: "--follow-up") })
      let moment = try at.map { try context.timestamp($0, option: "--at") }
      let incident = try context.perform(.recordContact(attempt), on: caseID, occurredAt: moment)
      Console.print(L("relance : ", "follow-up: ")(context.language) + (incident.followUp?.formatted(context.language) ?? "–"))
    }
  }
}
