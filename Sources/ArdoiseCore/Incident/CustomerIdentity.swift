import Foundation

/// Who the debtor is, which decides the court, the form and the time limit: in France a trader,
/// an artisan or a commercial company goes to the tribunal de commerce (CERFA 12946*02), anyone
/// else to the tribunal judiciaire (CERFA 12948*06); the limit is 2 years against a consumer and 5
/// against any other debtor. In England and Wales the Pre-Action Protocol for Debt Claims applies
/// to an individual.
public enum DebtorKind: String, Sendable, CaseIterable, Codable {
  /// A private person, not acting for a business.
  case consumer
  /// A trader (commerçant), an artisan or a commercial company.
  case business
  /// Any other professional debtor: a liberal profession, an association, a non-commercial company.
  case nonTrader = "non-trader"

  /// The kind as a person reads it.
  public var label: LocalizedText {
    switch self {
    case .consumer: LocalizedText("consommateur (particulier)", "consumer (private person)")
    case .business: LocalizedText("commerçant, artisan ou société commerciale", "trader, artisan or commercial company")
    case .nonTrader: LocalizedText("autre professionnel (profession libérale, association, société civile)",
                       "other professional (liberal profession, association, non-commercial company)")
    }
  }
}

/// Who the customer is, once someone is identified. Stored in `people/<id>.toml`, apart from the
/// append-only log, so it can be purged; never copied into events. No ID documents, no card numbers.
public struct CustomerIdentity: Sendable, Equatable {
  public var name: String?
  public var phone: String?
  public var email: String?
  public var postalAddress: String?
  public var kind: DebtorKind
  /// For a business: its name and company number.
  public var companyName: String?
  public var companyNumber: String?
  /// Where the details came from (reservation, the customer themself, a card slip…).
  public var source: String?

  public init(name: String? = nil, phone: String? = nil, email: String? = nil, postalAddress: String? = nil,
              kind: DebtorKind = .consumer, companyName: String? = nil, companyNumber: String? = nil, source: String? = nil) {
    self.name = name
    self.phone = phone
    self.email = email
    self.postalAddress = postalAddress
    self.kind = kind
    self.companyName = companyName
    self.companyNumber = companyNumber
    self.source = source
  }

  public var isEmpty: Bool {
    [name, phone, email, postalAddress, companyName, companyNumber].allSatisfy { ($0 ?? "").isEmpty }
  }

  nonisolated(unsafe) static let fields: [(String, WritableKeyPath<CustomerIdentity, String?>)] = [
    ("name", \.name), ("phone", \.phone), ("email", \.email), ("postal_address", \.postalAddress),
    ("company_name", \.companyName), ("company_number", \.companyNumber), ("source", \.source),
  ]

  var tomlText: String {
    var output = "# Personal data: purged under the retention rules. Never shared, never in git.\n"
    output += "kind = \"\(kind.rawValue)\"\n"
    for (key, path) in CustomerIdentity.fields {
      guard let value = self[keyPath: path] else { continue }
      output += TOMLValue.line(key, value) + "\n"
    }
    return output
  }

  init(tomlText: String) throws(TOMLParseError) {
    let table = try TOMLDocument.parse(tomlText)
    self.init()
    kind = table["kind"]?.string.flatMap(DebtorKind.init(rawValue:)) ?? .consumer
    for (key, path) in CustomerIdentity.fields {
      self[keyPath: path] = table[key]?.string
    }
  }

  /// What a `people/<id>.toml` text holds that this version would not keep: keys it does not know,
  /// and a `kind` it does not know (read as a consumer). Both come from a newer ardoise; rewriting
  /// the file would lose them.
  static func unknownKeys(inTOML text: String) throws(TOMLParseError) -> [String] {
    let table = try TOMLDocument.parse(text)
    let known = Set(fields.map(\.0) + ["kind"])
    var unknown = table.keys.filter { !known.contains($0) }
    if let kind = table["kind"], kind.string.flatMap(DebtorKind.init(rawValue:)) == nil { unknown.insert("kind", at: 0) }
    return unknown
  }
}

extension DataDirectory {
  /// The identity of case `id`'s customer, as ``Store/customer(of:)`` reads it; a value, so
  /// work off the screen's thread (the filter's index built ahead) reads it without the store.
  public func customer(of id: IncidentID) -> CustomerIdentity? {
    // Unreadable or damaged: no identity is shown, and `ardoise check` names the file and the reason.
    guard !POSIXFile.isSymbolicLink(peoplePath),
      let bytes = try? POSIXFile.readFile(personPath(id), limit: FileLimits.settings),
      let text = String(validating: bytes, as: UTF8.self)
    else { return nil }
    return try? CustomerIdentity(tomlText: text)
  }
}

extension Store {
  /// The identity of case `id`'s customer, if one was recorded and not purged. Nil also when
  /// `people/` is a symbolic link (never followed) or the file cannot be read: `ardoise check`
  /// reports why.
  public func customer(of id: IncidentID) -> CustomerIdentity? {
    directory.customer(of: id)
  }

  /// Saves the customer's identity apart from the log (0600) and records, in the log, only what
  /// changed: added, corrected, and the names of the fields (``IdentityChange``), never their
  /// values. Saving the same details again records nothing.
  ///
  /// Order, so that an identity file exists only once its event is in the log: the file is
  /// written to a temp file (fsynced), the event is appended (fsynced), then the temp file is
  /// renamed into place and the folder fsynced. A failure at any step removes the temp file:
  /// nothing is left. A crash after the append and before the rename leaves the event with no
  /// file (the case says “identified” with no details; `ardoise check` says so, and the next
  /// `identify` writes it) and a temp file the next start removes.
  @discardableResult
  public func identify(_ id: IncidentID, as identity: CustomerIdentity) throws -> IdentityChange? {
    guard let stored = incident(id) else { throw StoreError.notFound(id.rawValue) }
    if let reason = stored.readOnlyReason { throw StoreError.readOnly(id, reason: reason) }
    try POSIXFile.requireDirectory(directory.peoplePath)
    let target = directory.personPath(id)
    let unknown = unknownCustomerKeys(of: id)
    // Not rewritten: the keys a newer ardoise wrote would be lost.
    guard unknown.isEmpty else { throw StoreError.newerFormat(path: directory.relative(target), found: unknown.joined(separator: ", ")) }
    // A file that cannot be read is replaced: the change then lists every field given.
    let previous = stored.incident.hasIdentifiedCustomer ? customer(of: id) : nil
    let change = IdentityChange.between(previous, identity)
    let temporary = try POSIXFile.writeTemporary(for: target, Array(identity.tomlText.utf8))
    do {
      if let change {
        try record(on: id) { _ in .success(.customerDetailsChanged(change)) }
      } else if !stored.incident.hasIdentifiedCustomer {
        try record(on: id) { _ in .success(.customerIdentified) }
      }
    } catch {
      // Nothing was recorded: the identity is not kept. A temp file that cannot be removed is
      // never read as an identity, and the next start removes it.
      try? POSIXFile.remove(temporary)
      throw error
    }
    try POSIXFile.commit(temporary, to: target)
    return change
  }

  /// The keys of case `id`'s `people/` file that this version does not know (see
  /// ``CustomerIdentity/unknownKeys(inTOML:)``).
  private func unknownCustomerKeys(of id: IncidentID) -> [String] {
    // A missing or unreadable file has nothing to keep: identify replaces it, and check reports it.
    guard let bytes = try? POSIXFile.readFile(directory.personPath(id), limit: FileLimits.settings),
      let text = String(validating: bytes, as: UTF8.self)
    else { return [] }
    // Invalid TOML likewise: nothing in it can be read, so nothing is lost by replacing it.
    return (try? CustomerIdentity.unknownKeys(inTOML: text)) ?? []
  }

  /// Deletes the customer's identity, the documents written for the case in `documents/` (they
  /// hold the name and address) and its unsent mail drafts in `outbox/` (name, email, address),
  /// then records the purge, with no personal data (the files' names only), in the log.
  /// The files go first: if the purge stops half-way (a `documents/` or `outbox/` that is a
  /// symbolic link is refused, never followed), the identity file is still there and the next
  /// purge starts again.
  ///
  /// - Returns: the files deleted with the identity.
  @discardableResult
  public func purgePersonalData(_ id: IncidentID, reason: String) throws -> PurgedFiles {
    try POSIXFile.requireDirectory(directory.peoplePath)
    let documents = try DocumentFiles.removeDocuments(of: id, in: directory)
    let drafts = try Outbox.removeDrafts(of: id, in: directory)
    let files = PurgedFiles(documents: documents, mailDrafts: drafts)
    try POSIXFile.remove(directory.personPath(id))
    try POSIXFile.syncDirectory(directory.peoplePath)
    // `list --json`'s lines hold nothing from people/, but nothing derived outlives a purge.
    RenderedCaseCache.remove(in: directory)
    try record(on: id) { _ in .success(.personalDataPurged(reason: reason + files.logText)) }
    return files
  }
}
