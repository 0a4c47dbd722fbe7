import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise amend ID …`: corrects facts with a new event; nothing is rewritten.
  struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Correct the facts of a case (recorded as a correction; the original stays in the log).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(parsing: .unconditional, help: "The right amount of the bill.") var amount: String?
    @Option(help: "When they left.") var at: String?
    @Option(help: "Table or zone.") var table: String?
    @Option(help: "Number of covers.") var covers: String?
    @Option(help: "Server.") var server: String?
    @Option(help: "Bill number.") var bill: String?
    @Option(parsing: .unconditional, help: "What happened.") var note: String?
    @Option(parsing: .unconditional, help: "A description of the customers (no names).") var description: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      var amendment = FactsAmendment()
      amendment.amount = try amount.map { try context.money($0, option: "--amount") }
      amendment.occurredAt = try at.map { try context.timestamp($0, option: "--at") }
      if let covers {
        amendment.covers = try context.covers(covers, option: "--covers")
      }
      amendment.table = table.clean
      amendment.server = server.clean
      amendment.bill = bill.clean
      amendment.summary = note.clean
      amendment.customerDescription = description.clean
      try context.perform(.amend(amendment), on: caseID)
    }
  }
}
