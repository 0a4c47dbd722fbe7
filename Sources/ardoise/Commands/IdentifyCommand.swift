import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise identify ID`: records who the customer is, apart from the log (`people/<id>.toml`).
  struct Identify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record the customer's identity, kept apart from the log so it can be purged.",
      discussion: "Given fields replace the stored ones; others are kept. Never record ID documents or card numbers.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Case id.") var id: String
    @Option(help: "Full name.") var name: String?
    @Option(help: "Phone number.") var phone: String?
    @Option(help: "Email address.") var email: String?
    @Option(help: "Postal address (needed for a formal demand or a court request).") var address: String?
    @Flag(help: "The debtor is a trader, an artisan or a commercial company (France: tribunal de commerce, 5-year time limit).") var business = false
    @Flag(help: "The debtor is another professional: a liberal profession, an association, a non-commercial company (France: tribunal judiciaire, 5-year time limit).") var nonTrader = false
    @Flag(help: "The customer acted as a private person (the default; France: 2-year time limit).") var consumer = false
    @Option(help: "The business's name.") var company: String?
    @Option(help: "The business's company number (SIREN/SIRET).") var companyNumber: String?
    @Option(help: "Where the details came from (reservation, the customer themself, a business card…).") var source: String?

    func validate() throws {
      if [business, nonTrader, consumer].filter({ $0 }).count > 1 {
        throw ValidationError("--business, --non-trader and --consumer exclude each other")
      }
    }

    func run() throws {
      let context = try CommandContext(global)
      let caseID = try context.resolve(id)
      var identity = context.store.customer(of: caseID) ?? CustomerIdentity()
      if let name = name.clean { identity.name = name }
      if let phone = phone.clean { identity.phone = phone }
      if let email = email.clean { identity.email = email }
      if let address = address.clean { identity.postalAddress = address }
      if let company = company.clean { identity.companyName = company }
      if let number = companyNumber.clean { identity.companyNumber = number }
      if let source = source.clean { identity.source = source }
      if business { identity.kind = .business }
      if consumer { identity.kind = .consumer }
      if nonTrader { identity.kind = .nonTrader }
      guard !identity.isEmpty else {
        throw Console.failure(L("rien à enregistrer : donnez au moins --name, --phone, --email ou --address",
                                "nothing to record: give at least --name, --phone, --email or --address")(context.language))
      }
      do {
        try context.store.identify(caseID, as: identity)
      } catch let error as StoreError {
        throw Console.failure(error.message(context.language))
      }
      let language = context.language
      Console.print(L("client identifié : ", "customer identified: ")(language) + caseID.rawValue)
      // The kind decides the court, the form and the time limit: say which one applies, and how to change it.
      var kindLine = L("débiteur : ", "debtor: ")(language) + identity.kind.label(language)
      if !(business || nonTrader || consumer) {
        kindLine += L(" — s’il s’agit d’un commerçant, d’un artisan ou d’une société commerciale : --business ; d’un autre professionnel (profession libérale, association) : --non-trader",
                      " — for a trader, an artisan or a commercial company give --business; for another professional (liberal profession, association) --non-trader")(language)
      }
      Console.print(kindLine)
    }
  }
}
