import ArdoiseCore

extension FormState {
  /// The customer's details, holding what `people/` has (empty for a new customer).
  static func customer(_ id: IncidentID, identity: CustomerIdentity?) -> FormState {
    let kinds = DebtorKind.allCases
    let kindIndex = identity.flatMap { current in kinds.firstIndex(of: current.kind) } ?? 0
    var form = FormState(purpose: .customer(id), title: LocalizedText("Fiche client", "Customer card"), fields: [
      FormField(.name, LocalizedText("Nom", "Name"), value: identity?.name ?? ""),
      FormField(.phone, LocalizedText("Téléphone", "Phone"), value: identity?.phone ?? ""),
      FormField(.email, LocalizedText("E-mail", "Email"), value: identity?.email ?? ""),
      FormField(.postalAddress, LocalizedText("Adresse postale", "Postal address"), value: identity?.postalAddress ?? "",
                help: LocalizedText("nécessaire pour une mise en demeure ou une injonction de payer", "needed for a formal demand or a court claim")),
      FormField(.debtorKind, LocalizedText("Débiteur", "Debtor"), kind: .choice(kinds.map { FieldChoice(.debtorKind($0), $0.label) }), choiceIndex: kindIndex,
                help: LocalizedText("←/→ : il décide du tribunal et du délai de prescription", "←/→: it decides the court and the time limit")),
      FormField(.company, LocalizedText("Société", "Company"), value: identity?.companyName ?? ""),
      FormField(.companyNumber, LocalizedText("N° d’entreprise", "Company number"), value: identity?.companyNumber ?? "",
                help: LocalizedText("SIREN ou SIRET", "company registration number")),
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
}
