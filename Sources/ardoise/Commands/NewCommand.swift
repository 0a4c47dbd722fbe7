import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise new`: records a walkout and prints its id.
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Enregistrer une grivèlerie ; affiche seul l’identifiant du nouveau dossier sur la sortie standard.", "Record a walkout; prints the new case id alone on stdout.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Montant de l’addition impayée, p. ex. 42,50 ou 42.50.", "Amount of the unpaid bill, e.g. 42,50 or 42.50."), valueName: ValueName.amount)) var amount: String
    @Option(help: .localized(LocalizedText("Quand ils sont partis : AAAA-MM-JJ HH:MM, JJ/MM HH:MM ou HH:MM (par défaut : maintenant).", "When they left: YYYY-MM-DD HH:MM, DD/MM HH:MM or HH:MM (default: now)."), valueName: ValueName.at)) var at: String?
    @Option(help: .localized(LocalizedText("Table ou zone.", "Table or zone."))) var table: String?
    @Option(help: .localized(LocalizedText("Nombre de couverts.", "Number of covers."), valueName: ValueName.covers)) var covers: String?
    @Option(help: .localized(LocalizedText("Serveur ou serveuse (un prénom ou un pseudonyme).", "Server (a first name or a pseudonym)."), valueName: ValueName.server)) var server: String?
    @Option(help: .localized(LocalizedText("Numéro de l’addition ou du ticket de caisse.", "Bill or POS ticket number."), valueName: ValueName.bill)) var bill: String?
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Ce qui s’est passé.", "What happened."))) var note: String?
    @Option(parsing: .unconditional, help: .localized(LocalizedText("Une description des clients et de leur départ (sans nom).", "A description of the customers and how they left (no names)."))) var description: String?

    func run() throws {
      let context = try CommandContext(global)
      let money = try context.money(amount, option: "--amount")
      let moment = try at.map { try context.timestamp($0, option: "--at") } ?? Timestamp(context.store.now(), in: context.store.timeZone)
      var coverCount: Int? = nil
      if let covers {
        coverCount = try context.covers(covers, option: "--covers")
      }
      let facts = IncidentFacts(occurredAt: moment, amount: money, table: table.clean, covers: coverCount, server: server.clean,
                                bill: bill.clean, summary: note.clean, customerDescription: description.clean)
      try context.prepareDataDirectory()
      do {
        let incident = try context.store.create(facts)
        Console.print(incident.id.rawValue)
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(context.language))
      }
    }
  }
}

extension Optional where Wrapped == String {
  /// Trimmed, nil when empty.
  var clean: String? {
    guard let trimmed = self?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
    return trimmed
  }
}
