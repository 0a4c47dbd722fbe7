import ArdoiseCore

extension FormState {
  /// The customer's details, holding what `people/` has (empty for a new customer).
  static func customer(_ id: IncidentID, identity: CustomerIdentity?) -> FormState {
    let kinds = DebtorKind.allCases
    let kindIndex = identity.flatMap { current in kinds.firstIndex(of: current.kind) } ?? 0
    var form = FormState(purpose: .customer(id), title: L("Fiche client", "Customer card"), fields: [
      FormField(.name, L("Nom", "Name"), value: identity?.name ?? ""),
      FormField(.phone, L("Téléphone", "Phone"), value: identity?.phone ?? ""),
      FormField(.email, L("E-mail", "Email"), value: identity?.email ?? ""),
      FormField(.postalAddress, L("Adresse postale", "Postal address"), value: identity?.postalAddress ?? "",
                help: L("nécessaire pour une mise en demeure ou une injonction de payer", "needed for a formal demand or a court claim")),
      FormField(.debtorKind, L("Débiteur", "Debtor"), kind: .choice(kinds.map { FieldChoice(.debtorKind($0), $0.label) }), choiceIndex: kindIndex,
                help: L("←/→ : il décide du tribunal et du délai de prescription", "←/→: it decides the court and the time limit")),
      FormField(.company, L("Société", "Company"), value: identity?.companyName ?? ""),
      FormField(.companyNumber, L("N° d’entreprise", "Company number"), value: identity?.companyNumber ?? "",
                help: L("SIREN ou SIRET", "company registration number")),
      FormField(.source, L("Source", "Source"), value: identity?.source ?? "",
                help: L("d’où viennent ces coordonnées (réservation, le client lui-même…) : la notice d’information le dit",
                        "where these details came from (booking, the customer themself…): the privacy notice says so")),
    ])
    // What is on file is the customer's, not a suggestion: typing edits it.
    for index in form.fields.indices where !form.fields[index].input.isEmpty {
      form.fields[index].input = TextInput(form.fields[index].input.text)
    }
    return form
  }
}
