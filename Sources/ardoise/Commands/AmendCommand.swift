import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise amend ID …`: corrects facts with a new event; nothing is rewritten.
  struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Corriger les faits d’un dossier (enregistré comme une correction ; l’original reste dans le journal).", "Correct the facts of a case (recorded as a correction; the original stays in the log).").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Le bon montant de l’addition.", "The right amount of the bill."), valueName: ValueName.amount)) var amount: String?
    @Option(help: .localized(LocalizedText("Quand ils sont partis.", "When they left."), valueName: ValueName.at)) var at: String?
    @Option(help: .localized(LocalizedText("Table ou zone.", "Table or zone."))) var table: String?
    @Option(help: .localized(LocalizedText("Nombre de couverts.", "Number of covers."), valueName: ValueName.covers)) var covers: String?
    @Option(help: .localized(LocalizedText("Serveur ou serveuse.", "Server."), valueName: ValueName.server)) var server: String?
    @Option(help: .localized(LocalizedText("Numéro de l’addition.", "Bill number."), valueName: ValueName.bill)) var bill: String?
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Ce qui s’est passé.", "What happened."))) var note: String?
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une description des clients (sans nom).", "A description of the customers (no names)."))) var description: String?

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
