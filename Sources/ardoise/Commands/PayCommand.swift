import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise pay ID AMOUNT`.
  struct Pay: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: LocalizedText("Enregistrer un paiement (partiel ou total).", "Record a payment (partial or full).").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Argument(help: .localized(LocalizedText("Montant reçu, p. ex. 20 ou 42,50.", "Amount received, e.g. 20 or 42,50."), valueName: LocalizedText("montant", "amount"))) var amount: String
    @Option(help: .localized(LocalizedText("Le moyen de paiement.", "How it was paid."), valueName: ValueName.method)) var method: PaymentMethod = .other
    @Option(help: .localized(LocalizedText("Référence du reçu, du virement ou du chèque.", "Receipt, transfer or cheque reference."), valueName: ValueName.reference)) var ref: String?
    @Option(help: .localized(LocalizedText("Quand il a été reçu (par défaut : maintenant).", "When it was received (default: now)."), valueName: ValueName.at)) var at: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let money = try context.money(amount, option: LocalizedText("MONTANT", "AMOUNT")(context.language))
      let moment = try at.map { try context.timestamp($0, option: "--at") }
      let incident = try context.perform(.recordPayment(Payment(amount: money, method: method, reference: ref.clean)),
                                         on: caseID, occurredAt: moment)
      let language = context.language
      Console.print(LocalizedText("reste dû : ", "outstanding: ")(language) + incident.outstanding.formatted(language)
                    + (incident.isOpen ? "" : " — " + incident.statusLabel(language)))
      if let settled = incident.settlementStatement { Console.print(settled(language)) }
    }
  }
}
