/// What changed in a customer's details, as the case log records it: the kind of change and the
/// names of the fields, never their values (the values stay in `people/<id>.toml`).
public struct IdentityChange: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case added, corrected, removed
  }

  public var kind: Kind
  /// Field names as written in `people/<id>.toml` (`name`, `phone`, `kind`…).
  public var fields: [String]

  public init(_ kind: Kind, fields: [String]) {
    self.kind = kind
    self.fields = fields
  }

  /// The change from `previous` (nil: none on file) to `next` (nil: removed); nil when nothing
  /// changed.
  public static func between(_ previous: CustomerIdentity?, _ next: CustomerIdentity?) -> IdentityChange? {
    switch (previous, next) {
    case (nil, nil):
      return nil
    case (let previous?, nil):
      return IdentityChange(.removed, fields: previous.filledFieldNames)
    case (nil, let next?):
      return IdentityChange(.added, fields: next.filledFieldNames)
    case (let previous?, let next?):
      var changed = CustomerIdentity.fields.filter { previous[keyPath: $0.1] != next[keyPath: $0.1] }.map(\.0)
      if previous.kind != next.kind { changed.insert("kind", at: 0) }
      return changed.isEmpty ? nil : IdentityChange(.corrected, fields: changed)
    }
  }

  /// The timeline's line: what happened and to which fields, in words.
  public func description(_ language: Language) -> String {
    let names = fields.map { IdentityChange.label(of: $0)(language) }.joined(separator: ", ")
    let suffix = names.isEmpty ? "" : " (" + names + ")"
    switch kind {
    case .added: return LocalizedText("Client identifié, coordonnées conservées à part", "Customer identified, details kept apart")(language) + suffix
    case .corrected: return LocalizedText("Coordonnées du client corrigées", "Customer’s details corrected")(language) + suffix
    case .removed: return LocalizedText("Coordonnées du client retirées", "Customer’s details removed")(language)
    }
  }

  /// A field's name as a person reads it.
  public static func label(of field: String) -> LocalizedText {
    switch field {
    case "name": LocalizedText("nom", "name")
    case "phone": LocalizedText("téléphone", "phone")
    case "email": LocalizedText("e-mail", "email")
    case "postal_address": LocalizedText("adresse", "address")
    case "kind": LocalizedText("type de débiteur", "kind of debtor")
    case "company_name": LocalizedText("société", "company")
    case "company_number": LocalizedText("n° d’entreprise", "company number")
    case "source": LocalizedText("source", "source")
    default: LocalizedText(field, field)
    }
  }
}

extension CustomerIdentity {
  /// The names of the fields that hold something.
  var filledFieldNames: [String] {
    CustomerIdentity.fields.filter { !(self[keyPath: $0.1] ?? "").isEmpty }.map(\.0)
  }
}

extension IdentityChange {
  /// The kind of change in a word: added, corrected, removed.
  public var kindLabel: LocalizedText {
    switch kind {
    case .added: LocalizedText("ajoutée", "added")
    case .corrected: LocalizedText("corrigée", "corrected")
    case .removed: LocalizedText("retirée", "removed")
    }
  }
}
