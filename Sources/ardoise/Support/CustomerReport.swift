import ArdoiseCore
import Foundation

/// The customer of a case as `ardoise show` prints it, unless `--no-personal-data`.
enum CustomerReport {
  /// The lines of text: who the customer is, or why `people/<id>.toml` cannot be read.
  static func lines(_ reading: CustomerReading, language: Language) -> [String] {
    let localized = { (french: String, english: String) in LocalizedText(french, english)(language) }
    switch reading {
    case .none:
      return []
    case .unreadable(let reason):
      return ["! " + localized("Fiche client illisible : ", "Customer file unreadable: ") + reason(language)]
    case .identity(let identity):
      var lines = [localized("Client : ", "Customer: ") + [identity.name, identity.phone, identity.email].compactMap { $0 }.joined(separator: " · ")]
      if let address = identity.postalAddress { lines.append(localized("Adresse : ", "Address: ") + address) }
      var debtor = localized("Débiteur : ", "Debtor: ") + identity.kind.label(language)
      if let company = identity.companyName { debtor += " — " + company }
      if let number = identity.companyNumber { debtor += " (" + number + ")" }
      lines.append(debtor)
      if let source = identity.source { lines.append(localized("Source des coordonnées : ", "Details from: ") + source) }
      return lines
    }
  }

  /// The `customer` member of `show --json`: the details, null when none, or `{"error": …}`.
  static func json(_ reading: CustomerReading) -> Any {
    switch reading {
    case .none:
      return NSNull()
    case .unreadable(let reason):
      return ["error": reason(.english)]
    case .identity(let identity):
      return [
        "name": identity.name ?? NSNull(), "phone": identity.phone ?? NSNull(), "email": identity.email ?? NSNull(),
        "postalAddress": identity.postalAddress ?? NSNull(), "kind": identity.kind.rawValue,
        "companyName": identity.companyName ?? NSNull(), "companyNumber": identity.companyNumber ?? NSNull(),
        "source": identity.source ?? NSNull(),
      ] as [String: Any]
    }
  }

  /// The same as ``json(_:)``, for the streaming writer: members in sorted order, as
  /// `JSONSerialization` with sorted keys wrote them.
  static func write(_ reading: CustomerReading, into writer: inout JSONWriter) {
    switch reading {
    case .none:
      writer.null()
    case .unreadable(let reason):
      writer.beginObject()
      writer.member("error", reason(.english))
      writer.endObject()
    case .identity(let identity):
      writer.beginObject()
      writer.member("companyName", identity.companyName)
      writer.member("companyNumber", identity.companyNumber)
      writer.member("email", identity.email)
      writer.member("kind", identity.kind.rawValue)
      writer.member("name", identity.name)
      writer.member("phone", identity.phone)
      writer.member("postalAddress", identity.postalAddress)
      writer.member("source", identity.source)
      writer.endObject()
    }
  }
}
