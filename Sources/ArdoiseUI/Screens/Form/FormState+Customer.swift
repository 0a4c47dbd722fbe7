import ArdoiseCore

extension FormState {
  /// The customer's details, holding what `people/` has (empty for a new customer); what the
  /// address and the company number are for is said in the words of the restaurant's law.
  static func customer(_ id: IncidentID, identity: CustomerIdentity?, under jurisdiction: Jurisdiction) -> FormState {
    let kinds = DebtorKind.allCases
    let kindIndex = identity.flatMap { current in kinds.firstIndex(of: current.kind) } ?? 0
    var form = FormState(purpose: .customer(id), title: LocalizedText("Fiche client", "Customer card"), fields: [
      FormField(.name, LocalizedText("Nom", "Name"), value: identity?.name ?? ""),
      FormField(.phone, LocalizedText("Téléphone", "Phone"), value: identity?.phone ?? ""),
      FormField(.email, LocalizedText("E-mail", "Email"), value: identity?.email ?? ""),
      FormField(.postalAddress, LocalizedText("Adresse postale", "Postal address"), value: identity?.postalAddress ?? "",
                help: addressHelp(under: jurisdiction)),
      FormField(.debtorKind, LocalizedText("Débiteur", "Debtor"), kind: .choice(kinds.map { FieldChoice(.debtorKind($0), $0.label) }), choiceIndex: kindIndex,
                help: LocalizedText("←/→ : il décide du tribunal et du délai de prescription", "←/→: it decides the court and the time limit")),
      FormField(.company, LocalizedText("Société", "Company"), value: identity?.companyName ?? ""),
      FormField(.companyNumber, LocalizedText("N° d’entreprise", "Company number"), value: identity?.companyNumber ?? "",
                help: companyNumberHelp(under: jurisdiction)),
      FormField(.source, LocalizedText("Source", "Source"), value: identity?.source ?? "",
                help: LocalizedText("d’où viennent ces coordonnées (réservation, le client lui-même…) : la notice d’information le dit",
                        "where these details came from (booking, the customer themself…): the privacy notice says so")),
    ])
    // What is on file is the customer's, not a suggestion: typing edits it.
    for index in form.fields.indices where !form.fields[index].input.isEmpty {
      form.fields[index].input = TextInput(form.fields[index].input.text)
    }
    return form
  }

  /// Why the postal address is asked for: the written demand and the court step of the law.
  static func addressHelp(under jurisdiction: Jurisdiction) -> LocalizedText {
    switch jurisdiction {
    case .france:
      LocalizedText("nécessaire pour une mise en demeure ou une injonction de payer", "needed for a formal demand (mise en demeure) or a payment order")
    case .englandAndWales:
      LocalizedText("nécessaire pour une lettre avant poursuites ou une demande en paiement en justice", "needed for a letter before claim or a money claim")
    case .unsupported:
      LocalizedText("nécessaire pour une demande de paiement écrite ou une action en justice", "needed for a written demand for payment or a court claim")
    }
  }

  /// What number identifies a business debtor there.
  static func companyNumberHelp(under jurisdiction: Jurisdiction) -> LocalizedText {
    switch jurisdiction {
    case .france: LocalizedText("SIREN ou SIRET", "SIREN or SIRET number")
    case .englandAndWales, .unsupported: LocalizedText("numéro d’immatriculation de la société", "company registration number")
    }
  }
}
