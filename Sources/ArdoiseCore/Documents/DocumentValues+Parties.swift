extension DocumentValues {
  /// The restaurant (creditor) from the config.
  mutating func addRestaurant() {
    let config = request.config
    require("restaurant_name", config.restaurantName, placeholder: LocalizedText("NOM DU RESTAURANT À COMPLÉTER", "RESTAURANT NAME MISSING"),
            warning: Self.missingSetting("restaurant.name", "Nom du restaurant", "Restaurant name"))
    require("legal_name", config.legalName, placeholder: LocalizedText("RAISON SOCIALE À COMPLÉTER", "LEGAL NAME MISSING"),
            warning: Self.missingSetting("restaurant.legal_name", "Raison sociale", "Legal name"))
    require("restaurant_address", config.address, placeholder: LocalizedText("ADRESSE DU RESTAURANT À COMPLÉTER", "RESTAURANT ADDRESS MISSING"),
            warning: Self.missingSetting("restaurant.address", "Adresse du restaurant", "Restaurant address"))
    require("city", config.city, placeholder: LocalizedText("VILLE À COMPLÉTER", "TOWN MISSING"),
            warning: Self.missingSetting("restaurant.city", "Ville", "Town"))
    require("company_number", config.companyNumber, placeholder: LocalizedText("SIRET À COMPLÉTER", "COMPANY NUMBER MISSING"),
            warning: Self.missingSetting("restaurant.company_number", "SIRET", "Company number"))
    require("restaurant_phone", config.phone, placeholder: LocalizedText("TÉLÉPHONE DU RESTAURANT À COMPLÉTER", "RESTAURANT PHONE MISSING"),
            warning: Self.missingSetting("restaurant.phone", "Téléphone du restaurant", "Restaurant phone"))
    require("representative", config.representative, placeholder: LocalizedText("NOM DU REPRÉSENTANT À COMPLÉTER", "REPRESENTATIVE’S NAME MISSING"),
            warning: Self.missingSetting("restaurant.representative", "Représentant légal", "Legal representative"))
    put("restaurant_email", config.email)
    put("payment_link", config.paymentLink)
    put("iban", config.iban)
    let canPay = values["payment_link"] != nil || values["iban"] != nil
    values["has_payment_means"] = canPay
    if !canPay {
      let text = "[" + localized("LIEN DE PAIEMENT OU IBAN À COMPLÉTER", "PAYMENT LINK OR IBAN MISSING") + "]"
      values["payment_means_missing"] = text
      placeholders.append((text, LocalizedText("Aucun moyen de paiement à distance : ardoise config set restaurant.payment_link … ou restaurant.iban …",
                                   "No way to pay remotely: ardoise config set restaurant.payment_link … or restaurant.iban …")))
    }
  }

  /// The customer (debtor), when identified.
  mutating func addDebtor() {
    let customer = request.customer
    let kind = customer?.kind ?? .consumer
    let isBusiness = kind != .consumer
    let name = isBusiness ? (customer?.companyName ?? customer?.name) : customer?.name
    require("debtor_name", name, placeholder: LocalizedText("NOM DU DÉBITEUR À COMPLÉTER", "DEBTOR’S NAME MISSING"),
            warning: Self.debtorNameMissing)
    require("debtor_address", customer?.postalAddress, placeholder: LocalizedText("ADRESSE DU DÉBITEUR À COMPLÉTER", "DEBTOR’S ADDRESS MISSING"),
            warning: Self.debtorAddressMissing)
    if isBusiness {
      values["debtor_is_business"] = true
      put("debtor_contact_person", customer?.companyName == nil ? nil : customer?.name)
      put("debtor_company_number", customer?.companyNumber)
    }
    put("greeting_name", customer?.name ?? name)
    put("debtor_phone", customer?.phone)
    put("debtor_email", customer?.email)
    require("data_source", customer?.source, placeholder: LocalizedText("ORIGINE DES COORDONNÉES À COMPLÉTER", "SOURCE OF THE DETAILS MISSING"),
            warning: LocalizedText("Origine des coordonnées du client inconnue (l’information sur les données personnelles doit la donner) : ardoise identify ID --source …",
                       "Where the customer’s details came from is unknown (the privacy notice must give it): ardoise identify ID --source …"))
    values["author_known"] = customer.map { !($0.name ?? $0.companyName ?? "").trimmingSpaces.isEmpty } ?? false
    values["debtor_kind"] = kind.label(language)
  }
}

extension DocumentValues {
  static let debtorNameMissing = LocalizedText("Nom du débiteur inconnu : ardoise identify ID --name …",
                                   "Debtor’s name unknown: ardoise identify ID --name …")
  static let debtorAddressMissing = LocalizedText("Adresse du débiteur inconnue : ardoise identify ID --address …",
                                      "Debtor’s address unknown: ardoise identify ID --address …")
}
