/// What `people/<id>.toml` holds for a case, as a screen shows it: nothing, an identity, or why
/// the file cannot be read (never “not identified” when the file is there but damaged).
public enum CustomerReading: Sendable, Equatable {
  case none
  case identity(CustomerIdentity)
  /// The file is there but cannot be read: the reason, with the file and line when known.
  case unreadable(LocalizedText)

  public var identity: CustomerIdentity? {
    if case .identity(let identity) = self { return identity }
    return nil
  }
}

extension CustomerIdentity {
  /// The line a parse error of `people/<id>.toml` points at, if it says.
  static func problemLine(of error: Error) -> Int? {
    (error as? TOMLParseError).map(\.line)
  }
}

extension Store {
  /// Reads case `id`'s customer, saying why when the file is damaged or unreadable.
  public func readCustomer(of id: IncidentID) -> CustomerReading {
    let path = directory.personPath(id)
    let file = directory.relative(path)
    func unreadable(_ line: Int?, _ reason: LocalizedText) -> CustomerReading {
      let place = file + (line.map { ":\($0)" } ?? "") + ": "
      return .unreadable(LocalizedText(place, place) + reason)
    }
    if POSIXFile.isSymbolicLink(directory.peoplePath) {
      return unreadable(nil, LocalizedText("people/ est un lien symbolique : jamais suivi", "people/ is a symbolic link: never followed"))
    }
    let bytes: [UInt8]?
    do { bytes = try POSIXFile.readFile(path, limit: FileLimits.settings) } catch {
      return unreadable(nil, Store.describe(error, file: file))
    }
    guard let bytes else { return .none }
    guard let text = String(validating: bytes, as: UTF8.self) else { return unreadable(nil, LocalizedText("pas en UTF-8", "not UTF-8")) }
    do {
      return .identity(try CustomerIdentity(tomlText: text))
    } catch {
      return unreadable(error.line, LocalizedText("TOML invalide : ", "invalid TOML: ") + error.detail)
    }
  }

  /// Removes case `id`'s customer details (the manager's choice, not a retention purge) and
  /// records the removal, with the names of the fields only. The file goes first: if the
  /// recording fails, the details are gone all the same, which is the safe side for privacy.
  @discardableResult
  public func removeCustomer(of id: IncidentID) throws -> IdentityChange {
    guard let stored = incident(id) else { throw StoreError.notFound(id.rawValue) }
    if let reason = stored.readOnlyReason { throw StoreError.readOnly(id, reason: reason) }
    try POSIXFile.requireDirectory(directory.peoplePath)
    let change = IdentityChange(.removed, fields: readCustomer(of: id).identity?.filledFieldNames ?? [])
    try POSIXFile.remove(directory.personPath(id))
    try POSIXFile.syncDirectory(directory.peoplePath)
    try record(on: id) { _ in .success(.customerDetailsChanged(change)) }
    return change
  }
}
