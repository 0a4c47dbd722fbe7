import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise evidence ID --kind K --location WHERE`.
  struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "evidence",
      abstract: "Record a piece of evidence and where it is kept (never the file itself).",
      discussion: "CCTV recordings may be kept one month at most: export the clip early and say where it is.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "bill, cctv, witness, reservation, declined-card, item-left, licence-plate, letter, receipt or other.") var kind: String
    @Option(help: "Where it is kept or who holds it, e.g. \"USB key in the office safe\".") var location: String
    @Option(help: "A note.") var note: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let evidenceKind = try context.choice(kind, EvidenceKind.self, option: "--kind")
      try context.perform(.addEvidence(Evidence(kind: evidenceKind, location: location, note: note.clean)), on: caseID)
    }
  }

  /// `ardoise amend ID …`: corrects facts with a new event; nothing is rewritten.
  struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Correct the facts of a case (recorded as a correction; the original stays in the log).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "The right amount of the bill.") var amount: String?
    @Option(help: "When they left.") var at: String?
    @Option(help: "Table or zone.") var table: String?
    @Option(help: "Number of covers.") var covers: String?
    @Option(help: "Server.") var server: String?
    @Option(help: "Bill number.") var bill: String?
    @Option(help: "What happened.") var note: String?
    @Option(help: "A description of the customers (no names).") var description: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      var amendment = FactsAmendment()
      amendment.amount = try amount.map { try context.money($0, option: "--amount") }
      amendment.occurredAt = try at.map { try context.timestamp($0, option: "--at") }
      if let covers {
        guard let count = Int(covers.trimmingCharacters(in: .whitespaces)), (1...999).contains(count) else {
          throw Console.failure(L("--covers : « \(covers) » n’est pas un nombre de couverts (1 à 999)",
                                  "--covers: “\(covers)” is not a number of covers (1 to 999)")(context.language))
        }
        amendment.covers = count
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

import Foundation
