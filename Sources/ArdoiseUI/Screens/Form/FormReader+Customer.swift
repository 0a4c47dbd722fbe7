import ArdoiseCore

extension FormReader {
  /// The customer's details as typed, nil when a field is refused (an email that is not one) or
  /// when nothing identifies anyone.
  mutating func customer() -> CustomerIdentity? {
    if let email = text(.email), let problem = EmailAddressShape.problem(email) { fail(.email, context.localized(problem)) }
    let identity = CustomerIdentity(name: text(.name), phone: text(.phone), email: text(.email), postalAddress: text(.postalAddress),
                                    kind: choice(.debtorKind)?.debtorKind ?? .consumer, companyName: text(.company),
                                    companyNumber: text(.companyNumber), source: text(.source))
    if !failed, identity.isEmpty {
      fail(.name, context.localized(LocalizedText("donnez au moins un nom, un téléphone, un e-mail ou une adresse",
                                      "give at least a name, a phone, an email or an address")))
    }
    return failed ? nil : identity
  }
}
