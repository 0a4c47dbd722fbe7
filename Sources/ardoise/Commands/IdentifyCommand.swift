import ArdoiseCore
import ArgumentParser

extension Ardoise {
  /// `ardoise identify ID`: records who the customer is, apart from the log (`people/<id>.toml`).
  struct Identify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: LocalizedText("Enregistrer l’identité du client, gardée à part du journal pour pouvoir être effacée.", "Record the customer's identity, kept apart from the log so it can be purged.").inCommandLanguage,
      discussion: LocalizedText("Les champs donnés remplacent ceux enregistrés ; les autres sont gardés. N’enregistrez jamais de pièce d’identité ni de numéro de carte.", "Given fields replace the stored ones; others are kept. Never record ID documents or card numbers.").inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(LocalizedText("Identifiant du dossier.", "Case id."), valueName: ValueName.caseID)) var id: String
    @Option(help: .localized(LocalizedText("Nom complet.", "Full name."), valueName: ValueName.name)) var name: String?
    @Option(help: .localized(LocalizedText("Numéro de téléphone.", "Phone number."), valueName: ValueName.phone)) var phone: String?
    @Option(help: .localized(LocalizedText("Adresse e-mail.", "Email address."), valueName: ValueName.email)) var email: String?
    @Option(help: .localized(LocalizedText("Adresse postale (nécessaire pour réclamer par écrit ou en justice).", "Postal address (needed for a written demand or a court claim)."), valueName: ValueName.address)) var address: String?
    @Flag(help: .localized(LocalizedText("Le débiteur est un commerçant, un artisan ou une société commerciale (France : tribunal de commerce, prescription de 5 ans).", "The debtor is a trader, an artisan or a commercial company (France: tribunal de commerce, 5-year time limit)."))) var business = false
    @Flag(help: .localized(LocalizedText("Le débiteur est un autre professionnel : profession libérale, association, société non commerciale (France : tribunal judiciaire, prescription de 5 ans).", "The debtor is another professional: a liberal profession, an association, a non-commercial company (France: tribunal judiciaire, 5-year time limit)."))) var nonTrader = false
    @Flag(help: .localized(LocalizedText("Le client a agi comme particulier (par défaut ; France : prescription de 2 ans).", "The customer acted as a private person (the default; France: 2-year time limit)."))) var consumer = false
    @Option(help: .localized(LocalizedText("Le nom de l’entreprise.", "The business's name."), valueName: ValueName.company)) var company: String?
    @Option(help: .localized(LocalizedText("Le numéro d’immatriculation de l’entreprise (SIREN/SIRET).", "The business's company number (SIREN/SIRET)."), valueName: ValueName.companyNumber)) var companyNumber: String?
    @Option(help: .localized(LocalizedText("D’où viennent ces coordonnées (réservation, le client lui-même, une carte de visite…).", "Where the details came from (reservation, the customer themself, a business card…)."))) var source: String?

    func validate() throws {
      if [business, nonTrader, consumer].filter({ $0 }).count > 1 {
        throw ValidationError(LocalizedText("--business, --non-trader et --consumer s’excluent mutuellement",
                                      "--business, --non-trader and --consumer exclude each other"))
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
        throw Console.reportFailure(LocalizedText("rien à enregistrer : donnez au moins --name, --phone, --email ou --address",
                                "nothing to record: give at least --name, --phone, --email or --address")(context.language))
      }
      do {
        try context.store.identify(caseID, as: identity)
      } catch let error as StoreError {
        throw Console.reportFailure(error.message(context.language))
      }
      let language = context.language
      Console.print(LocalizedText("client identifié : ", "customer identified: ")(language) + caseID.rawValue)
      // The kind decides the court, the form and the time limit: say which one applies, and how to change it.
      var kindLine = LocalizedText("débiteur : ", "debtor: ")(language) + identity.kind.label(language)
      if !(business || nonTrader || consumer) {
        kindLine += LocalizedText(" — s’il s’agit d’un commerçant, d’un artisan ou d’une société commerciale : --business ; d’un autre professionnel (profession libérale, association) : --non-trader",
                      " — for a trader, an artisan or a commercial company give --business; for another professional (liberal profession, association) --non-trader")(language)
      }
      Console.print(kindLine)
    }
  }
}
