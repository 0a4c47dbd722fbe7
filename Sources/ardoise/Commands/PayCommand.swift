import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise pay ID AMOUNT`.
  struct Pay: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a payment (partial or full).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Argument(help: "Amount received, e.g. 20 or 42,50.") var amount: String
    @Option(help: "cash, card, transfer, cheque, online or other.") var method: String = "other"
    @Option(help: "Receipt, transfer or cheque reference.") var ref: String?
    @Option(help: "When it was received (default: now).") var at: String?

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      let money = try context.money(amount, option: "AMOUNT")
      let paymentMethod = try context.choice(method, PaymentMethod.self, option: "--method")
      let moment = try at.map { try context.timestamp($0, option: "--at") }
      let incident = try context.perform(.recordPayment(Payment(amount: money, method: paymentMethod, reference: ref.clean)),
                                         on: caseID, occurredAt: moment)
      let language = context.language
      Console.print(L("reste dû : ", "outstanding: ")(language) + incident.outstanding.formatted(language)
                    + (incident.isOpen ? "" : " — " + incident.statusLabel(language)))
    }
  }
}
